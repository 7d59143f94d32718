# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct5412`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct5412(Model):
    """The ``PaymentProduct5412`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "app_url": "appUrl",
        "polling_url": "pollingUrl",
        "qr_code": "qrCode",
    }

    app_url: str | None = None
    polling_url: str | None = None
    qr_code: str | None = None
