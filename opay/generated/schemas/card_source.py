# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CardSource`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.surcharge_calculation_card import SurchargeCalculationCard
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CardSource(Model):
    """The ``CardSource`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card": "card",
        "encrypted_customer_input": "encryptedCustomerInput",
        "hosted_tokenization_id": "hostedTokenizationId",
        "token": "token",
    }

    card: SurchargeCalculationCard | None = None
    encrypted_customer_input: str | None = attrs.field(
        default=None, repr=model_field_repr("encryptedCustomerInput")
    )
    hosted_tokenization_id: str | None = None
    token: str | None = attrs.field(default=None, repr=model_field_repr("token"))
