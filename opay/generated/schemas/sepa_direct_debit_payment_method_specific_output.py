# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SepaDirectDebitPaymentMethodSpecificOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.fraud_results import FraudResults
from opay.generated.schemas.payment_product771_specific_output import (
    PaymentProduct771SpecificOutput,
)
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class SepaDirectDebitPaymentMethodSpecificOutput(Model):
    """The ``SepaDirectDebitPaymentMethodSpecificOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "fraud_results": "fraudResults",
        "payment_product771_specific_output": "paymentProduct771SpecificOutput",
        "payment_product_id": "paymentProductId",
    }

    fraud_results: FraudResults | None = None
    payment_product771_specific_output: PaymentProduct771SpecificOutput | None = None
    payment_product_id: int | None = None
