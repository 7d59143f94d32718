# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``AuthenticationOptions`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class AuthenticationOptions(Model):
    """The ``AuthenticationOptions`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "acquirer_bin": "acquirerBIN",
        "acquirer_merchant_id": "acquirerMerchantId",
        "merchant_category_code": "merchantCategoryCode",
        "merchant_country_code": "merchantCountryCode",
    }

    acquirer_bin: str | None = None
    acquirer_merchant_id: str | None = None
    merchant_category_code: str | None = None
    merchant_country_code: str | None = None
