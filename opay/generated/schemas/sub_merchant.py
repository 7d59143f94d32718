# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SubMerchant`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.address import Address
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class SubMerchant(Model):
    """The ``SubMerchant`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "address": "address",
        "company_identification_number": "companyIdentificationNumber",
        "company_name": "companyName",
        "merchant_category_code": "merchantCategoryCode",
        "merchant_id": "merchantId",
        "website": "website",
    }

    address: Address | None = None
    company_identification_number: str | None = None
    company_name: str | None = None
    merchant_category_code: str | None = None
    merchant_id: str | None = None
    website: str | None = None
