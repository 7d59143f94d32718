# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CreatedTokenResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.card_without_cvv import CardWithoutCvv
from opay.generated.schemas.crm_token import CrmToken
from opay.generated.schemas.external_token_linked import ExternalTokenLinked
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CreatedTokenResponse(Model):
    """The ``CreatedTokenResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card": "card",
        "crm_token": "crmToken",
        "external_token_linked": "externalTokenLinked",
        "is_new_token": "isNewToken",
        "token": "token",
        "token_status": "tokenStatus",
    }

    card: CardWithoutCvv | None = None
    crm_token: CrmToken | None = attrs.field(default=None, repr=model_field_repr("crmToken"))
    external_token_linked: ExternalTokenLinked | None = None
    is_new_token: bool | None = None
    token: str | None = attrs.field(default=None, repr=model_field_repr("token"))
    token_status: str | None = None
