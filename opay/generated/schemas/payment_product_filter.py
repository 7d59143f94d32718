# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProductFilter`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProductFilter(Model):
    """The ``PaymentProductFilter`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "groups": "groups",
        "products": "products",
    }

    groups: list[str] | None = None
    products: list[int] | None = None
