# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PayoutCardPaymentMethodSpecificOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.acceptance import Acceptance
from opay.generated.schemas.card_essentials import CardEssentials
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PayoutCardPaymentMethodSpecificOutput(Model):
    """The ``PayoutCardPaymentMethodSpecificOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "acceptance": "acceptance",
        "authorisation_code": "authorisationCode",
        "card": "card",
        "payment_product_id": "paymentProductId",
    }

    acceptance: Acceptance | None = None
    authorisation_code: str | None = None
    card: CardEssentials | None = None
    payment_product_id: int | None = None
