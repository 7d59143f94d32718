# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CancelPaymentRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.generated.schemas.line_item_detail import LineItemDetail
from opay.generated.schemas.operation_payment_references import OperationPaymentReferences
from opay.generated.schemas.shipping_detail import ShippingDetail
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CancelPaymentRequest(Model):
    """The ``CancelPaymentRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "amount_of_money": "amountOfMoney",
        "is_final": "isFinal",
        "line_item_details": "lineItemDetails",
        "operation_references": "operationReferences",
        "shipping": "shipping",
    }

    amount_of_money: AmountOfMoney | None = None
    is_final: bool | None = None
    line_item_details: list[LineItemDetail] | None = None
    operation_references: OperationPaymentReferences | None = None
    shipping: ShippingDetail | None = None
