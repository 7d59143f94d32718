# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``Customer`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.address import Address
from opay.generated.schemas.company_information import CompanyInformation
from opay.generated.schemas.contact_details import ContactDetails
from opay.generated.schemas.customer_account import CustomerAccount
from opay.generated.schemas.customer_device import CustomerDevice
from opay.generated.schemas.personal_information import PersonalInformation
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class Customer(Model):
    """The ``Customer`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "account": "account",
        "account_type": "accountType",
        "billing_address": "billingAddress",
        "company_information": "companyInformation",
        "contact_details": "contactDetails",
        "device": "device",
        "fiscal_number": "fiscalNumber",
        "locale": "locale",
        "merchant_customer_id": "merchantCustomerId",
        "personal_information": "personalInformation",
    }

    account: CustomerAccount | None = None
    account_type: str | None = None
    billing_address: Address | None = None
    company_information: CompanyInformation | None = None
    contact_details: ContactDetails | None = None
    device: CustomerDevice | None = None
    fiscal_number: str | None = attrs.field(default=None, repr=model_field_repr("fiscalNumber"))
    locale: str | None = None
    merchant_customer_id: str | None = None
    personal_information: PersonalInformation | None = None
