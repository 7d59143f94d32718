# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``OperationOutput`` model (see :mod:`opay.models`)."""

import datetime
from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.generated.schemas.operation_payment_references import OperationPaymentReferences
from opay.generated.schemas.payment_references import PaymentReferences
from opay.generated.schemas.payment_status_output import PaymentStatusOutput
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class OperationOutput(Model):
    """The ``OperationOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "amount_of_money": "amountOfMoney",
        "id": "id",
        "operation_references": "operationReferences",
        "payment_method": "paymentMethod",
        "references": "references",
        "status": "status",
        "status_output": "statusOutput",
        "transaction_date": "transactionDate",
    }

    amount_of_money: AmountOfMoney | None = None
    id: str | None = None
    operation_references: OperationPaymentReferences | None = None
    payment_method: str | None = None
    references: PaymentReferences | None = None
    status: str | None = None
    status_output: PaymentStatusOutput | None = None
    transaction_date: datetime.datetime | None = None
