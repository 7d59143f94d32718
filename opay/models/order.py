# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``Order`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.models.additional_order_input import AdditionalOrderInput
from opay.models.amount_of_money import AmountOfMoney
from opay.models.customer import Customer
from opay.models.discount import Discount
from opay.models.order_references import OrderReferences
from opay.models.shipping import Shipping
from opay.models.shopping_cart import ShoppingCart
from opay.models.surcharge_specific_input import SurchargeSpecificInput


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
