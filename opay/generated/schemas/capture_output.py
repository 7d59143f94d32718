# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CaptureOutput`` model (see :mod:`opay.models`)."""

import datetime
from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.generated.schemas.card_payment_method_specific_output import (
    CardPaymentMethodSpecificOutput,
)
from opay.generated.schemas.mobile_payment_method_specific_output import (
    MobilePaymentMethodSpecificOutput,
)
from opay.generated.schemas.operation_payment_references import OperationPaymentReferences
from opay.generated.schemas.payment_references import PaymentReferences
from opay.generated.schemas.redirect_payment_method_specific_output import (
    RedirectPaymentMethodSpecificOutput,
)
from opay.generated.schemas.sepa_direct_debit_payment_method_specific_output import (
    SepaDirectDebitPaymentMethodSpecificOutput,
)
from opay.generated.schemas.surcharge_specific_output import SurchargeSpecificOutput
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CaptureOutput(Model):
    """The ``CaptureOutput`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``amount_paid``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "acquired_amount": "acquiredAmount",
        "amount_of_money": "amountOfMoney",
        "amount_paid": "amountPaid",
        "card_payment_method_specific_output": "cardPaymentMethodSpecificOutput",
        "merchant_parameters": "merchantParameters",
        "mobile_payment_method_specific_output": "mobilePaymentMethodSpecificOutput",
        "operation_references": "operationReferences",
        "payment_creation_date": "paymentCreationDate",
        "payment_method": "paymentMethod",
        "redirect_payment_method_specific_output": "redirectPaymentMethodSpecificOutput",
        "references": "references",
        "sepa_direct_debit_payment_method_specific_output": "sepaDirectDebitPaymentMethodSpecificOutput",
        "surcharge_specific_output": "surchargeSpecificOutput",
        "transaction_date": "transactionDate",
    }

    acquired_amount: AmountOfMoney | None = None
    amount_of_money: AmountOfMoney | None = None
    amount_paid: int | None = None
    """Deprecated by the platform; kept for compatibility."""
    card_payment_method_specific_output: CardPaymentMethodSpecificOutput | None = None
    merchant_parameters: str | None = None
    mobile_payment_method_specific_output: MobilePaymentMethodSpecificOutput | None = None
    operation_references: OperationPaymentReferences | None = None
    payment_creation_date: datetime.datetime | None = None
    payment_method: str | None = None
    redirect_payment_method_specific_output: RedirectPaymentMethodSpecificOutput | None = None
    references: PaymentReferences | None = None
    sepa_direct_debit_payment_method_specific_output: (
        SepaDirectDebitPaymentMethodSpecificOutput | None
    ) = None
    surcharge_specific_output: SurchargeSpecificOutput | None = None
    transaction_date: datetime.datetime | None = None
