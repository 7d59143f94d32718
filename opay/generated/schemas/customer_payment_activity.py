# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CustomerPaymentActivity`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CustomerPaymentActivity(Model):
    """The ``CustomerPaymentActivity`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "number_of_payment_attempts_last24_hours": "numberOfPaymentAttemptsLast24Hours",
        "number_of_payment_attempts_last_year": "numberOfPaymentAttemptsLastYear",
        "number_of_purchases_last6_months": "numberOfPurchasesLast6Months",
    }

    number_of_payment_attempts_last24_hours: int | None = None
    number_of_payment_attempts_last_year: int | None = None
    number_of_purchases_last6_months: int | None = None
