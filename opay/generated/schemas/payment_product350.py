# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct350`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class PaymentProduct350(Model):
    """The ``PaymentProduct350`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "app_switch_link": "appSwitchLink",
        "payment_request_token": "paymentRequestToken",
    }

    app_switch_link: str | None = None
    payment_request_token: str | None = attrs.field(
        default=None, repr=model_field_repr("paymentRequestToken")
    )
