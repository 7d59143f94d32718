# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.account_on_file import AccountOnFile
from opay.generated.schemas.payment_product302_specific_data import PaymentProduct302SpecificData
from opay.generated.schemas.payment_product320_specific_data import PaymentProduct320SpecificData
from opay.generated.schemas.payment_product5002_specific_data import PaymentProduct5002SpecificData
from opay.generated.schemas.payment_product_display_hints import PaymentProductDisplayHints
from opay.generated.schemas.payment_product_field import PaymentProductField
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct(Model):
    """The ``PaymentProduct`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "accounts_on_file": "accountsOnFile",
        "allows_authentication": "allowsAuthentication",
        "allows_recurring": "allowsRecurring",
        "allows_tokenization": "allowsTokenization",
        "display_hints": "displayHints",
        "display_hints_list": "displayHintsList",
        "fields": "fields",
        "id": "id",
        "payment_method": "paymentMethod",
        "payment_product302_specific_data": "paymentProduct302SpecificData",
        "payment_product320_specific_data": "paymentProduct320SpecificData",
        "payment_product5002_specific_data": "paymentProduct5002SpecificData",
        "payment_product_group": "paymentProductGroup",
        "uses_redirection_to3rd_party": "usesRedirectionTo3rdParty",
    }

    accounts_on_file: list[AccountOnFile] | None = None
    allows_authentication: bool | None = None
    allows_recurring: bool | None = None
    allows_tokenization: bool | None = None
    display_hints: PaymentProductDisplayHints | None = None
    display_hints_list: list[PaymentProductDisplayHints] | None = None
    fields: list[PaymentProductField] | None = None
    id: int | None = None
    payment_method: str | None = None
    payment_product302_specific_data: PaymentProduct302SpecificData | None = None
    payment_product320_specific_data: PaymentProduct320SpecificData | None = None
    payment_product5002_specific_data: PaymentProduct5002SpecificData | None = None
    payment_product_group: str | None = None
    uses_redirection_to3rd_party: bool | None = None
