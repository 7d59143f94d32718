# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RedirectPaymentProduct840SpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RedirectPaymentProduct840SpecificInput(Model):
    """The ``RedirectPaymentProduct840SpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "java_script_sdk_flow": "JavaScriptSdkFlow",
        "address_selection_at_pay_pal": "addressSelectionAtPayPal",
        "custom": "custom",
        "pay_later": "payLater",
    }

    java_script_sdk_flow: bool | None = None
    address_selection_at_pay_pal: bool | None = None
    custom: str | None = None
    pay_later: bool | None = None
