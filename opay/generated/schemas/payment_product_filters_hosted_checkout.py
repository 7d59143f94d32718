# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProductFiltersHostedCheckout`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_product_filter import PaymentProductFilter
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProductFiltersHostedCheckout(Model):
    """The ``PaymentProductFiltersHostedCheckout`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "exclude": "exclude",
        "restrict_to": "restrictTo",
    }

    exclude: PaymentProductFilter | None = None
    restrict_to: PaymentProductFilter | None = None
