# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``FraudFields`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class FraudFields(Model):
    """The ``FraudFields`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``customer_ip_address``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "black_list_data": "blackListData",
        "customer_ip_address": "customerIpAddress",
        "product_categories": "productCategories",
    }

    black_list_data: str | None = None
    customer_ip_address: str | None = attrs.field(
        default=None, repr=model_field_repr("customerIpAddress")
    )
    """Deprecated by the platform; kept for compatibility."""
    product_categories: list[str] | None = None
