# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``TokenData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.card import Card
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class TokenData(Model):
    """The ``TokenData`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card": "card",
        "cobrand_selection_indicator": "cobrandSelectionIndicator",
    }

    card: Card | None = None
    cobrand_selection_indicator: str | None = None
