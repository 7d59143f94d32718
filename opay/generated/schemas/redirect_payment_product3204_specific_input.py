# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RedirectPaymentProduct3204SpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RedirectPaymentProduct3204SpecificInput(Model):
    """The ``RedirectPaymentProduct3204SpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "alias_label": "aliasLabel",
        "blik_code": "blikCode",
    }

    alias_label: str | None = None
    blik_code: str | None = None
