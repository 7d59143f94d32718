# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RedirectPaymentProduct5408SpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.customer_bank_account import CustomerBankAccount
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RedirectPaymentProduct5408SpecificInput(Model):
    """The ``RedirectPaymentProduct5408SpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "customer_bank_account": "customerBankAccount",
        "instant_payment_only": "instantPaymentOnly",
    }

    customer_bank_account: CustomerBankAccount | None = None
    instant_payment_only: bool | None = None
