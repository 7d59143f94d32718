# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``WebhooksEvent`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.get_batch_status_response import GetBatchStatusResponse
from opay.generated.schemas.payment_link_response import PaymentLinkResponse
from opay.generated.schemas.payment_response import PaymentResponse
from opay.generated.schemas.payout_response import PayoutResponse
from opay.generated.schemas.refund_response import RefundResponse
from opay.generated.schemas.token_response import TokenResponse
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class WebhooksEvent(Model):
    """The ``WebhooksEvent`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "api_version": "apiVersion",
        "created": "created",
        "direct_batch": "directBatch",
        "id": "id",
        "merchant_id": "merchantId",
        "payment": "payment",
        "payment_link": "paymentLink",
        "payout": "payout",
        "refund": "refund",
        "token": "token",
        "type": "type",
    }

    api_version: str | None = None
    created: str | None = None
    direct_batch: GetBatchStatusResponse | None = None
    id: str | None = None
    merchant_id: str | None = None
    payment: PaymentResponse | None = None
    payment_link: PaymentLinkResponse | None = None
    payout: PayoutResponse | None = None
    refund: RefundResponse | None = None
    token: TokenResponse | None = attrs.field(default=None, repr=model_field_repr("token"))
    type: str | None = None
