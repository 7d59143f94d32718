# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CardPaymentMethodSpecificInputForHostedCheckout`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CardPaymentMethodSpecificInputForHostedCheckout(Model):
    """The ``CardPaymentMethodSpecificInputForHostedCheckout`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "click_to_pay": "clickToPay",
        "group_cards": "groupCards",
        "payment_product_preferred_order": "paymentProductPreferredOrder",
        "tokenization_mode": "tokenizationMode",
    }

    click_to_pay: bool | None = None
    group_cards: bool | None = None
    payment_product_preferred_order: list[int] | None = None
    tokenization_mode: str | None = None
