# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``VisaAuthenticationOptions`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class VisaAuthenticationOptions(Model):
    """The ``VisaAuthenticationOptions`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "acquirer_bin": "acquirerBIN",
        "acquirer_merchant_id": "acquirerMerchantId",
        "merchant_name": "merchantName",
    }

    acquirer_bin: str | None = None
    acquirer_merchant_id: str | None = None
    merchant_name: str | None = None
