# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RefundRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.generated.schemas.line_item_detail import LineItemDetail
from opay.generated.schemas.omnichannel_refund_specific_input import OmnichannelRefundSpecificInput
from opay.generated.schemas.operation_payment_references import OperationPaymentReferences
from opay.generated.schemas.payment_references import PaymentReferences
from opay.generated.schemas.refund_redirect_payment_method_specific_input import (
    RefundRedirectPaymentMethodSpecificInput,
)
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RefundRequest(Model):
    """The ``RefundRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "amount_of_money": "amountOfMoney",
        "capture_id": "captureId",
        "is_final": "isFinal",
        "line_item_details": "lineItemDetails",
        "omnichannel_refund_specific_input": "omnichannelRefundSpecificInput",
        "operation_references": "operationReferences",
        "reason": "reason",
        "references": "references",
        "refund_redirect_payment_method_specific_input": "refundRedirectPaymentMethodSpecificInput",
    }

    amount_of_money: AmountOfMoney | None = None
    capture_id: str | None = None
    is_final: bool | None = None
    line_item_details: list[LineItemDetail] | None = None
    omnichannel_refund_specific_input: OmnichannelRefundSpecificInput | None = None
    operation_references: OperationPaymentReferences | None = None
    reason: str | None = None
    references: PaymentReferences | None = None
    refund_redirect_payment_method_specific_input: (
        RefundRedirectPaymentMethodSpecificInput | None
    ) = None
