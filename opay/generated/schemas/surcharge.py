# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``Surcharge`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.generated.schemas.surcharge_rate import SurchargeRate
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class Surcharge(Model):
    """The ``Surcharge`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "net_amount": "netAmount",
        "payment_product_id": "paymentProductId",
        "result": "result",
        "surcharge_amount": "surchargeAmount",
        "surcharge_rate": "surchargeRate",
        "total_amount": "totalAmount",
    }

    net_amount: AmountOfMoney | None = None
    payment_product_id: int | None = None
    result: str | None = None
    surcharge_amount: AmountOfMoney | None = None
    surcharge_rate: SurchargeRate | None = None
    total_amount: AmountOfMoney | None = None
