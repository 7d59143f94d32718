# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ImportCofSeriesRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.card_data_without_cvv import CardDataWithoutCvv
from opay.generated.schemas.network_token_data import NetworkTokenData
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class ImportCofSeriesRequest(Model):
    """The ``ImportCofSeriesRequest`` model of the Online Payments API.

    Platform rules:
    - ``currency_code``: matches ``^[A-Z]{3}$``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "card": "card",
        "currency_code": "currencyCode",
        "network_token_data": "networkTokenData",
        "payment_product_id": "paymentProductId",
        "scheme_reference_data": "schemeReferenceData",
        "token_id": "tokenId",
        "transaction_link_identifier": "transactionLinkIdentifier",
    }

    card: CardDataWithoutCvv | None = None
    currency_code: str | None = None
    network_token_data: NetworkTokenData | None = None
    payment_product_id: int | None = None
    scheme_reference_data: str | None = None
    token_id: str | None = attrs.field(default=None, repr=model_field_repr("tokenId"))
    transaction_link_identifier: str | None = None
