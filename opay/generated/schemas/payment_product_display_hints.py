# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProductDisplayHints`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProductDisplayHints(Model):
    """The ``PaymentProductDisplayHints`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "display_order": "displayOrder",
        "label": "label",
        "logo": "logo",
    }

    display_order: int | None = None
    label: str | None = None
    logo: str | None = None
