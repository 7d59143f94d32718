# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``Feedbacks`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class Feedbacks(Model):
    """The ``Feedbacks`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``webhook_url``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "webhook_url": "webhookUrl",
        "webhooks_urls": "webhooksUrls",
    }

    webhook_url: str | None = None
    """Deprecated by the platform; kept for compatibility."""
    webhooks_urls: list[str] | None = None
