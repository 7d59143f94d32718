# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentOutputSummary`` model (see :mod:`opay.models`)."""

import datetime
from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.generated.schemas.card_payment_method_specific_output_summary import (
    CardPaymentMethodSpecificOutputSummary,
)
from opay.generated.schemas.payment_references import PaymentReferences
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentOutputSummary(Model):
    """The ``PaymentOutputSummary`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "amount_of_money": "amountOfMoney",
        "card_payment_method_specific_output": "cardPaymentMethodSpecificOutput",
        "references": "references",
        "transaction_date": "transactionDate",
    }

    amount_of_money: AmountOfMoney | None = None
    card_payment_method_specific_output: CardPaymentMethodSpecificOutputSummary | None = None
    references: PaymentReferences | None = None
    transaction_date: datetime.datetime | None = None
