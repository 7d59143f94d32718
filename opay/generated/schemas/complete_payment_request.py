# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CompletePaymentRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.complete_payment_card_payment_method_specific_input import (
    CompletePaymentCardPaymentMethodSpecificInput,
)
from opay.generated.schemas.order import Order
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CompletePaymentRequest(Model):
    """The ``CompletePaymentRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card_payment_method_specific_input": "cardPaymentMethodSpecificInput",
        "order": "order",
    }

    card_payment_method_specific_input: CompletePaymentCardPaymentMethodSpecificInput | None = None
    order: Order | None = None
