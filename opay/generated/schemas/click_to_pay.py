# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ClickToPay`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ClickToPay(Model):
    """The ``ClickToPay`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "is_click_to_pay_payment": "IsClickToPayPayment",
    }

    is_click_to_pay_payment: bool | None = None
