# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentLinkSpecificInput`` model (see :mod:`opay.models`)."""

import datetime
from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class PaymentLinkSpecificInput(Model):
    """The ``PaymentLinkSpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "expiration_date": "expirationDate",
        "recipient_name": "recipientName",
    }

    description: str | None = None
    expiration_date: datetime.datetime | None = None
    recipient_name: str | None = attrs.field(default=None, repr=model_field_repr("recipientName"))
