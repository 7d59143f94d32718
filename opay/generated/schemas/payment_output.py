# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentOutput`` model (see :mod:`opay.models`)."""

import datetime
from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.generated.schemas.card_payment_method_specific_output import (
    CardPaymentMethodSpecificOutput,
)
from opay.generated.schemas.customer_output import CustomerOutput
from opay.generated.schemas.discount import Discount
from opay.generated.schemas.mobile_payment_method_specific_output import (
    MobilePaymentMethodSpecificOutput,
)
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
class PaymentOutput(Model):
    """The ``PaymentOutput`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``amount_paid``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "acquired_amount": "acquiredAmount",
        "amount_of_money": "amountOfMoney",
        "amount_paid": "amountPaid",
        "card_payment_method_specific_output": "cardPaymentMethodSpecificOutput",
        "customer": "customer",
        "discount": "discount",
        "merchant_parameters": "merchantParameters",
        "mobile_payment_method_specific_output": "mobilePaymentMethodSpecificOutput",
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
    customer: CustomerOutput | None = None
    discount: Discount | None = None
    merchant_parameters: str | None = None
    mobile_payment_method_specific_output: MobilePaymentMethodSpecificOutput | None = None
    payment_creation_date: datetime.datetime | None = None
    payment_method: str | None = None
    redirect_payment_method_specific_output: RedirectPaymentMethodSpecificOutput | None = None
    references: PaymentReferences | None = None
    sepa_direct_debit_payment_method_specific_output: (
        SepaDirectDebitPaymentMethodSpecificOutput | None
    ) = None
    surcharge_specific_output: SurchargeSpecificOutput | None = None
    transaction_date: datetime.datetime | None = None
