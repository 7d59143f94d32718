# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``LineItem`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.generated.schemas.line_item_invoice_data import LineItemInvoiceData
from opay.generated.schemas.order_line_details import OrderLineDetails
from opay.generated.schemas.other_details import OtherDetails
from opay.model import Model


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
