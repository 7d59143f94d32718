# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``LineItem`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.models.amount_of_money import AmountOfMoney
from opay.models.line_item_invoice_data import LineItemInvoiceData
from opay.models.order_line_details import OrderLineDetails
from opay.models.other_details import OtherDetails


@attrs.define(kw_only=True, slots=True)
class LineItem(Model):
    """The ``LineItem`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "amount_of_money": "amountOfMoney",
        "invoice_data": "invoiceData",
        "order_line_details": "orderLineDetails",
        "other_details": "otherDetails",
    }

    amount_of_money: AmountOfMoney | None = None
    invoice_data: LineItemInvoiceData | None = None
    order_line_details: OrderLineDetails | None = None
    other_details: OtherDetails | None = None
