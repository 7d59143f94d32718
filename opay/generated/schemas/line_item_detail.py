# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``LineItemDetail`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class LineItemDetail(Model):
    """The ``LineItemDetail`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "discount_amount": "discountAmount",
        "line_item_id": "lineItemId",
        "quantity": "quantity",
    }

    discount_amount: int | None = None
    line_item_id: str | None = None
    quantity: int | None = None
