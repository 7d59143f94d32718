# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PayoutOutput`` model (see :mod:`opay.models`)."""

import datetime
from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.generated.schemas.payment_references import PaymentReferences
from opay.generated.schemas.payout_card_payment_method_specific_output import (
    PayoutCardPaymentMethodSpecificOutput,
)
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PayoutOutput(Model):
    """The ``PayoutOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "amount_of_money": "amountOfMoney",
        "payment_creation_date": "paymentCreationDate",
        "payout_card_payment_method_specific_output": "payoutCardPaymentMethodSpecificOutput",
        "payout_reason": "payoutReason",
        "references": "references",
        "transaction_date": "transactionDate",
    }

    amount_of_money: AmountOfMoney | None = None
    payment_creation_date: datetime.datetime | None = None
    payout_card_payment_method_specific_output: PayoutCardPaymentMethodSpecificOutput | None = None
    payout_reason: str | None = None
    references: PaymentReferences | None = None
    transaction_date: datetime.datetime | None = None
