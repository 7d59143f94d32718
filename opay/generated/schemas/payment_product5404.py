# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct5404`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct5404(Model):
    """The ``PaymentProduct5404`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "app_switch_link": "appSwitchLink",
        "qr_code_url": "qrCodeUrl",
    }

    app_switch_link: str | None = None
    qr_code_url: str | None = None
