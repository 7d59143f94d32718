# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``Order`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.additional_order_input import AdditionalOrderInput
from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.generated.schemas.customer import Customer
from opay.generated.schemas.discount import Discount
from opay.generated.schemas.order_references import OrderReferences
from opay.generated.schemas.shipping import Shipping
from opay.generated.schemas.shopping_cart import ShoppingCart
from opay.generated.schemas.surcharge_specific_input import SurchargeSpecificInput
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class Order(Model):
    """The ``Order`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "additional_input": "additionalInput",
        "amount_of_money": "amountOfMoney",
        "customer": "customer",
        "discount": "discount",
        "references": "references",
        "shipping": "shipping",
        "shopping_cart": "shoppingCart",
        "surcharge_specific_input": "surchargeSpecificInput",
        "tax_percentage": "taxPercentage",
        "total_tax_amount": "totalTaxAmount",
    }

    additional_input: AdditionalOrderInput | None = None
    amount_of_money: AmountOfMoney | None = None
    customer: Customer | None = None
    discount: Discount | None = None
    references: OrderReferences | None = None
    shipping: Shipping | None = None
    shopping_cart: ShoppingCart | None = None
    surcharge_specific_input: SurchargeSpecificInput | None = None
    tax_percentage: float | None = None
    total_tax_amount: int | None = None
