# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SepaDirectDebitPaymentMethodSpecificInputBase`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.sepa_direct_debit_payment_product771_specific_input_base import (
    SepaDirectDebitPaymentProduct771SpecificInputBase,
)
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class SepaDirectDebitPaymentMethodSpecificInputBase(Model):
    """The ``SepaDirectDebitPaymentMethodSpecificInputBase`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "payment_product771_specific_input": "paymentProduct771SpecificInput",
        "payment_product_id": "paymentProductId",
    }

    payment_product771_specific_input: SepaDirectDebitPaymentProduct771SpecificInputBase | None = (
        None
    )
    payment_product_id: int | None = None
