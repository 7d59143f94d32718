# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``TokenInfo`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class TokenInfo(Model):
    """The ``TokenInfo`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "expiry_date": "expiryDate",
        "is_temporary": "isTemporary",
        "masked_pan": "maskedPan",
        "token_id": "tokenId",
    }

    expiry_date: str | None = attrs.field(default=None, repr=model_field_repr("expiryDate"))
    is_temporary: bool | None = None
    masked_pan: str | None = None
    token_id: str | None = attrs.field(default=None, repr=model_field_repr("tokenId"))
