# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SepaDirectDebitPaymentMethodSpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.sepa_direct_debit_payment_product771_specific_input import (
    SepaDirectDebitPaymentProduct771SpecificInput,
)
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class SepaDirectDebitPaymentMethodSpecificInput(Model):
    """The ``SepaDirectDebitPaymentMethodSpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "payment_product771_specific_input": "paymentProduct771SpecificInput",
        "payment_product_id": "paymentProductId",
    }

    payment_product771_specific_input: SepaDirectDebitPaymentProduct771SpecificInput | None = None
    payment_product_id: int | None = None
