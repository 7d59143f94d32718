# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RedirectPaymentMethodSpecificOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.customer_bank_account import CustomerBankAccount
from opay.generated.schemas.fraud_results import FraudResults
from opay.generated.schemas.payment_product840_specific_output import (
    PaymentProduct840SpecificOutput,
)
from opay.generated.schemas.payment_product3203_specific_output import (
    PaymentProduct3203SpecificOutput,
)
from opay.generated.schemas.payment_product3204_specific_output import (
    PaymentProduct3204SpecificOutput,
)
from opay.generated.schemas.payment_product5001_specific_output import (
    PaymentProduct5001SpecificOutput,
)
from opay.generated.schemas.payment_product5402_specific_output import (
    PaymentProduct5402SpecificOutput,
)
from opay.generated.schemas.payment_product5500_specific_output import (
    PaymentProduct5500SpecificOutput,
)
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class RedirectPaymentMethodSpecificOutput(Model):
    """The ``RedirectPaymentMethodSpecificOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "authorisation_code": "authorisationCode",
        "customer_bank_account": "customerBankAccount",
        "fraud_results": "fraudResults",
        "payment_method3204_specific_output": "paymentMethod3204SpecificOutput",
        "payment_option": "paymentOption",
        "payment_product3203_specific_output": "paymentProduct3203SpecificOutput",
        "payment_product5001_specific_output": "paymentProduct5001SpecificOutput",
        "payment_product5402_specific_output": "paymentProduct5402SpecificOutput",
        "payment_product5500_specific_output": "paymentProduct5500SpecificOutput",
        "payment_product840_specific_output": "paymentProduct840SpecificOutput",
        "payment_product_id": "paymentProductId",
        "token": "token",
    }

    authorisation_code: str | None = None
    customer_bank_account: CustomerBankAccount | None = None
    fraud_results: FraudResults | None = None
    payment_method3204_specific_output: PaymentProduct3204SpecificOutput | None = None
    payment_option: str | None = None
    payment_product3203_specific_output: PaymentProduct3203SpecificOutput | None = None
    payment_product5001_specific_output: PaymentProduct5001SpecificOutput | None = None
    payment_product5402_specific_output: PaymentProduct5402SpecificOutput | None = None
    payment_product5500_specific_output: PaymentProduct5500SpecificOutput | None = None
    payment_product840_specific_output: PaymentProduct840SpecificOutput | None = None
    payment_product_id: int | None = None
    token: str | None = attrs.field(default=None, repr=model_field_repr("token"))
