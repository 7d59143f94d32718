# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MultiplePaymentInformation`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class MultiplePaymentInformation(Model):
    """The ``MultiplePaymentInformation`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "payment_pattern": "paymentPattern",
        "total_number_of_payments": "totalNumberOfPayments",
    }

    payment_pattern: str | None = None
    total_number_of_payments: int | None = None
