# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``TokenCard`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.token_card_data import TokenCardData
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class TokenCard(Model):
    """The ``TokenCard`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "alias": "alias",
        "data": "data",
    }

    alias: str | None = None
    data: TokenCardData | None = None
