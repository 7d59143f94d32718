# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ShippingMethod`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ShippingMethod(Model):
    """The ``ShippingMethod`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "details": "details",
        "name": "name",
        "speed": "speed",
        "type": "type",
    }

    details: str | None = None
    name: str | None = None
    speed: int | None = None
    type: str | None = None
