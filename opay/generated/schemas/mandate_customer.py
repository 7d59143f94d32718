# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MandateCustomer`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.bank_account_iban import BankAccountIban
from opay.generated.schemas.mandate_address import MandateAddress
from opay.generated.schemas.mandate_contact_details import MandateContactDetails
from opay.generated.schemas.mandate_personal_information import MandatePersonalInformation
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class MandateCustomer(Model):
    """The ``MandateCustomer`` model of the Online Payments API.

    Required by the platform (optional here): ``mandate_address``, ``personal_information``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "bank_account_iban": "bankAccountIban",
        "company_name": "companyName",
        "contact_details": "contactDetails",
        "mandate_address": "mandateAddress",
        "personal_information": "personalInformation",
    }

    bank_account_iban: BankAccountIban | None = None
    company_name: str | None = None
    contact_details: MandateContactDetails | None = None
    mandate_address: MandateAddress | None = None
    personal_information: MandatePersonalInformation | None = None
