# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``TokenCardData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.card_bin_details import CardBinDetails
from opay.generated.schemas.card_without_cvv import CardWithoutCvv
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class TokenCardData(Model):
    """The ``TokenCardData`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card_bin_details": "cardBinDetails",
        "card_without_cvv": "cardWithoutCvv",
        "cobrand_selection_indicator": "cobrandSelectionIndicator",
    }

    card_bin_details: CardBinDetails | None = None
    card_without_cvv: CardWithoutCvv | None = None
    cobrand_selection_indicator: str | None = None
