# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SplitPaymentProductFiltersHostedCheckout`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.split_payment_product_filter import SplitPaymentProductFilter
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class SplitPaymentProductFiltersHostedCheckout(Model):
    """The ``SplitPaymentProductFiltersHostedCheckout`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "exclude": "exclude",
        "restrict_to": "restrictTo",
    }

    exclude: SplitPaymentProductFilter | None = None
    restrict_to: SplitPaymentProductFilter | None = None
