# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``TokenCardSpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.token_data import TokenData
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class TokenCardSpecificInput(Model):
    """The ``TokenCardSpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "data": "data",
    }

    data: TokenData | None = None
