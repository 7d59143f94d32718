# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ShoppingCartOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.line_item_detail import LineItemDetail
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ShoppingCartOutput(Model):
    """The ``ShoppingCartOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "line_item_details": "lineItemDetails",
    }

    line_item_details: list[LineItemDetail] | None = None
