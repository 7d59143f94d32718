# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CreditCardValidationRulesHostedTokenization`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CreditCardValidationRulesHostedTokenization(Model):
    """The ``CreditCardValidationRulesHostedTokenization`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "cvv_mandatory_for_existing_token": "cvvMandatoryForExistingToken",
        "cvv_mandatory_for_new_token": "cvvMandatoryForNewToken",
    }

    cvv_mandatory_for_existing_token: bool | None = None
    cvv_mandatory_for_new_token: bool | None = None
