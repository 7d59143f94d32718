# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ShoppingCart`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.amount_breakdown import AmountBreakdown
from opay.generated.schemas.gift_card_purchase import GiftCardPurchase
from opay.generated.schemas.line_item import LineItem
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ShoppingCart(Model):
    """The ``ShoppingCart`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``amount_breakdown``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "amount_breakdown": "amountBreakdown",
        "gift_card_purchase": "giftCardPurchase",
        "is_pre_order": "isPreOrder",
        "items": "items",
        "pre_order_item_availability_date": "preOrderItemAvailabilityDate",
        "re_order_indicator": "reOrderIndicator",
    }

    amount_breakdown: list[AmountBreakdown] | None = None
    """Deprecated by the platform; kept for compatibility."""
    gift_card_purchase: GiftCardPurchase | None = None
    is_pre_order: bool | None = None
    items: list[LineItem] | None = None
    pre_order_item_availability_date: str | None = None
    re_order_indicator: bool | None = None
