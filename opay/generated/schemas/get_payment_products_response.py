# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``GetPaymentProductsResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_product import PaymentProduct
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class GetPaymentProductsResponse(Model):
    """The ``GetPaymentProductsResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "payment_products": "paymentProducts",
    }

    payment_products: list[PaymentProduct] | None = None
