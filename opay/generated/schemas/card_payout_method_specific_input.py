# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CardPayoutMethodSpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.card import Card
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CardPayoutMethodSpecificInput(Model):
    """The ``CardPayoutMethodSpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card": "card",
        "hosted_fields_session_id": "hostedFieldsSessionId",
        "payment_product_id": "paymentProductId",
        "payout_reason": "payoutReason",
        "token": "token",
    }

    card: Card | None = None
    hosted_fields_session_id: str | None = None
    payment_product_id: int | None = None
    payout_reason: str | None = None
    token: str | None = attrs.field(default=None, repr=model_field_repr("token"))
