# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``TokenResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.crm_token import CrmToken
from opay.generated.schemas.external_token_linked import ExternalTokenLinked
from opay.generated.schemas.network_token_linked import NetworkTokenLinked
from opay.generated.schemas.token_card import TokenCard
from opay.generated.schemas.token_e_wallet import TokenEWallet
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class TokenResponse(Model):
    """The ``TokenResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card": "card",
        "crm_token": "crmToken",
        "e_wallet": "eWallet",
        "external_token_linked": "externalTokenLinked",
        "id": "id",
        "is_temporary": "isTemporary",
        "network_token_linked": "networkTokenLinked",
        "payment_product_id": "paymentProductId",
    }

    card: TokenCard | None = None
    crm_token: CrmToken | None = attrs.field(default=None, repr=model_field_repr("crmToken"))
    e_wallet: TokenEWallet | None = None
    external_token_linked: ExternalTokenLinked | None = None
    id: str | None = None
    is_temporary: bool | None = None
    network_token_linked: NetworkTokenLinked | None = None
    payment_product_id: int | None = None
