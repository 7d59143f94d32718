# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CustomerToken`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.address import Address
from opay.generated.schemas.company_information import CompanyInformation
from opay.generated.schemas.personal_information_token import PersonalInformationToken
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CustomerToken(Model):
    """The ``CustomerToken`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "billing_address": "billingAddress",
        "company_information": "companyInformation",
        "personal_information": "personalInformation",
    }

    billing_address: Address | None = None
    company_information: CompanyInformation | None = None
    personal_information: PersonalInformationToken | None = None
