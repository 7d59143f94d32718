# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentLinkResponse`` model (see :mod:`opay.models`)."""

import datetime
from typing import ClassVar

import attrs

from opay.generated.schemas.payment_link_event import PaymentLinkEvent
from opay.generated.schemas.payment_link_order_output import PaymentLinkOrderOutput
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class PaymentLinkResponse(Model):
    """The ``PaymentLinkResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "expiration_date": "expirationDate",
        "is_reusable_link": "isReusableLink",
        "payment_id": "paymentId",
        "payment_link_events": "paymentLinkEvents",
        "payment_link_id": "paymentLinkId",
        "payment_link_order": "paymentLinkOrder",
        "qr_code_base64": "qrCodeBase64",
        "recipient_name": "recipientName",
        "redirection_url": "redirectionUrl",
        "status": "status",
    }

    expiration_date: datetime.datetime | None = None
    is_reusable_link: bool | None = None
    payment_id: str | None = None
    payment_link_events: list[PaymentLinkEvent] | None = None
    payment_link_id: str | None = None
    payment_link_order: PaymentLinkOrderOutput | None = None
    qr_code_base64: str | None = None
    recipient_name: str | None = attrs.field(default=None, repr=model_field_repr("recipientName"))
    redirection_url: str | None = None
    status: str | None = None
