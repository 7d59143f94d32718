# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CreditCardSpecificInputHostedTokenization`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.credit_card_validation_rules import CreditCardValidationRules
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CreditCardSpecificInputHostedTokenization(Model):
    """The ``CreditCardSpecificInputHostedTokenization`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "validation_rules": "ValidationRules",
        "payment_product_preferred_order": "paymentProductPreferredOrder",
    }

    validation_rules: CreditCardValidationRules | None = None
    payment_product_preferred_order: list[int] | None = None
