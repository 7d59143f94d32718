# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentCreationOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class PaymentCreationOutput(Model):
    """The ``PaymentCreationOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "external_reference": "externalReference",
        "is_new_token": "isNewToken",
        "token": "token",
        "tokenization_succeeded": "tokenizationSucceeded",
    }

    external_reference: str | None = None
    is_new_token: bool | None = None
    token: str | None = attrs.field(default=None, repr=model_field_repr("token"))
    tokenization_succeeded: bool | None = None
