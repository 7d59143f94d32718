# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct3013SpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct3013SpecificInput(Model):
    """The ``PaymentProduct3013SpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "market_number": "marketNumber",
        "purchasing_buyer_reference1": "purchasingBuyerReference1",
        "purchasing_buyer_reference2": "purchasingBuyerReference2",
    }

    market_number: str | None = None
    purchasing_buyer_reference1: str | None = None
    purchasing_buyer_reference2: str | None = None
