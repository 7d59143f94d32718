# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SharePaymentLinkRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class SharePaymentLinkRequest(Model):
    """The ``SharePaymentLinkRequest`` model of the Online Payments API.

    Platform rules:
    - ``locale``: matches ``^[a-z]{2}-[A-Z]{2}$``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "channel": "channel",
        "locale": "locale",
        "recipient": "recipient",
    }

    channel: str | None = None
    locale: str | None = None
    recipient: str | None = None
