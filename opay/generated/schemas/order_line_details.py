# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``OrderLineDetails`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class OrderLineDetails(Model):
    """The ``OrderLineDetails`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "discount_amount": "discountAmount",
        "product_brand": "productBrand",
        "product_code": "productCode",
        "product_name": "productName",
        "product_price": "productPrice",
        "product_type": "productType",
        "quantity": "quantity",
        "tax_amount": "taxAmount",
        "tax_percentage": "taxPercentage",
        "unit": "unit",
    }

    discount_amount: int | None = None
    product_brand: str | None = None
    product_code: str | None = None
    product_name: str | None = None
    product_price: int | None = None
    product_type: str | None = None
    quantity: int | None = None
    tax_amount: int | None = None
    tax_percentage: float | None = None
    unit: str | None = None
