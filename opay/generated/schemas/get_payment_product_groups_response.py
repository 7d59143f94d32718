# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``GetPaymentProductGroupsResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_product_group import PaymentProductGroup
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class GetPaymentProductGroupsResponse(Model):
    """The ``GetPaymentProductGroupsResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "payment_product_groups": "paymentProductGroups",
    }

    payment_product_groups: list[PaymentProductGroup] | None = None
