# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ShippingDetail`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ShippingDetail(Model):
    """The ``ShippingDetail`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "shipping_cost": "shippingCost",
        "shipping_cost_tax": "shippingCostTax",
    }

    shipping_cost: int | None = None
    shipping_cost_tax: int | None = None
