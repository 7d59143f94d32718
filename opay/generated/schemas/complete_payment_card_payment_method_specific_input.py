# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CompletePaymentCardPaymentMethodSpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.card_without_cvv import CardWithoutCvv
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CompletePaymentCardPaymentMethodSpecificInput(Model):
    """The ``CompletePaymentCardPaymentMethodSpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card": "card",
    }

    card: CardWithoutCvv | None = None
