# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CardPaymentMethodSpecificOutputSummary`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.card_payment_method_specific_output_summary_card import (
    CardPaymentMethodSpecificOutputSummaryCard,
)
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CardPaymentMethodSpecificOutputSummary(Model):
    """The ``CardPaymentMethodSpecificOutputSummary`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card": "card",
        "token": "token",
    }

    card: CardPaymentMethodSpecificOutputSummaryCard | None = None
    token: str | None = attrs.field(default=None, repr=model_field_repr("token"))
