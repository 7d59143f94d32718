# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProductFiltersHostedTokenization`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_product_filter_hosted_tokenization import (
    PaymentProductFilterHostedTokenization,
)
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProductFiltersHostedTokenization(Model):
    """The ``PaymentProductFiltersHostedTokenization`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "exclude": "exclude",
        "restrict_to": "restrictTo",
    }

    exclude: PaymentProductFilterHostedTokenization | None = None
    restrict_to: PaymentProductFilterHostedTokenization | None = None
