# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RefundOutput`` model (see :mod:`opay.models`)."""

import datetime
from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.generated.schemas.operation_payment_references import OperationPaymentReferences
from opay.generated.schemas.payment_references import PaymentReferences
from opay.generated.schemas.refund_card_method_specific_output import RefundCardMethodSpecificOutput
from opay.generated.schemas.refund_e_wallet_method_specific_output import (
    RefundEWalletMethodSpecificOutput,
)
from opay.generated.schemas.refund_mobile_method_specific_output import (
    RefundMobileMethodSpecificOutput,
)
from opay.generated.schemas.refund_redirect_method_specific_output import (
    RefundRedirectMethodSpecificOutput,
)
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RefundOutput(Model):
    """The ``RefundOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "amount_of_money": "amountOfMoney",
        "amount_paid": "amountPaid",
        "card_refund_method_specific_output": "cardRefundMethodSpecificOutput",
        "e_wallet_refund_method_specific_output": "eWalletRefundMethodSpecificOutput",
        "merchant_parameters": "merchantParameters",
        "mobile_refund_method_specific_output": "mobileRefundMethodSpecificOutput",
        "operation_references": "operationReferences",
        "payment_creation_date": "paymentCreationDate",
        "payment_method": "paymentMethod",
        "redirect_refund_method_specific_output": "redirectRefundMethodSpecificOutput",
        "references": "references",
        "transaction_date": "transactionDate",
    }

    amount_of_money: AmountOfMoney | None = None
    amount_paid: int | None = None
    card_refund_method_specific_output: RefundCardMethodSpecificOutput | None = None
    e_wallet_refund_method_specific_output: RefundEWalletMethodSpecificOutput | None = None
    merchant_parameters: str | None = None
    mobile_refund_method_specific_output: RefundMobileMethodSpecificOutput | None = None
    operation_references: OperationPaymentReferences | None = None
    payment_creation_date: datetime.datetime | None = None
    payment_method: str | None = None
    redirect_refund_method_specific_output: RefundRedirectMethodSpecificOutput | None = None
    references: PaymentReferences | None = None
    transaction_date: datetime.datetime | None = None
