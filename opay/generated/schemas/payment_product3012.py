# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct3012`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct3012(Model):
    """The ``PaymentProduct3012`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "qr_code": "qrCode",
        "url_intent": "urlIntent",
    }

    qr_code: str | None = None
    url_intent: str | None = None
