# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ApplePayLineItem`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ApplePayLineItem(Model):
    """The ``ApplePayLineItem`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "amount": "amount",
        "label": "label",
        "payment_timing": "paymentTiming",
        "recurring_payment_end_date": "recurringPaymentEndDate",
        "recurring_payment_interval_count": "recurringPaymentIntervalCount",
        "recurring_payment_interval_unit": "recurringPaymentIntervalUnit",
        "recurring_payment_start_date": "recurringPaymentStartDate",
    }

    amount: str | None = None
    label: str | None = None
    payment_timing: str | None = None
    recurring_payment_end_date: str | None = None
    recurring_payment_interval_count: int | None = None
    recurring_payment_interval_unit: str | None = None
    recurring_payment_start_date: str | None = None
