# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SubsequentCardPaymentMethodSpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.auto_capture import AutoCapture
from opay.generated.schemas.market_place import MarketPlace
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class SubsequentCardPaymentMethodSpecificInput(Model):
    """The ``SubsequentCardPaymentMethodSpecificInput`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``scheme_reference_data``, ``token``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authorization_mode": "authorizationMode",
        "auto_capture": "autoCapture",
        "market_place": "marketPlace",
        "payment_number": "paymentNumber",
        "scheme_reference_data": "schemeReferenceData",
        "subsequent_type": "subsequentType",
        "token": "token",
        "transaction_channel": "transactionChannel",
    }

    authorization_mode: str | None = None
    auto_capture: AutoCapture | None = None
    market_place: MarketPlace | None = None
    payment_number: int | None = None
    scheme_reference_data: str | None = None
    """Deprecated by the platform; kept for compatibility."""
    subsequent_type: str | None = None
    token: str | None = attrs.field(default=None, repr=model_field_repr("token"))
    """Deprecated by the platform; kept for compatibility."""
    transaction_channel: str | None = None
