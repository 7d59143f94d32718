# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``Shipping`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.address_personal import AddressPersonal
from opay.generated.schemas.shipping_method import ShippingMethod
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class Shipping(Model):
    """The ``Shipping`` model of the Online Payments API.

    Platform rules:
    - ``first_usage_date``: a date YYYYMMDD.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "address": "address",
        "address_indicator": "addressIndicator",
        "email_address": "emailAddress",
        "first_usage_date": "firstUsageDate",
        "is_first_usage": "isFirstUsage",
        "method": "method",
        "shipping_cost": "shippingCost",
        "shipping_cost_tax": "shippingCostTax",
        "type": "type",
    }

    address: AddressPersonal | None = None
    address_indicator: str | None = None
    email_address: str | None = attrs.field(default=None, repr=model_field_repr("emailAddress"))
    first_usage_date: str | None = None
    is_first_usage: bool | None = None
    method: ShippingMethod | None = None
    shipping_cost: int | None = None
    shipping_cost_tax: int | None = None
    type: str | None = None
