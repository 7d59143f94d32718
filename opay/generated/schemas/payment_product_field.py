# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProductField`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_product_field_data_restrictions import (
    PaymentProductFieldDataRestrictions,
)
from opay.generated.schemas.payment_product_field_display_hints import (
    PaymentProductFieldDisplayHints,
)
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProductField(Model):
    """The ``PaymentProductField`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "data_restrictions": "dataRestrictions",
        "display_hints": "displayHints",
        "id": "id",
        "type": "type",
    }

    data_restrictions: PaymentProductFieldDataRestrictions | None = None
    display_hints: PaymentProductFieldDisplayHints | None = None
    id: str | None = None
    type: str | None = None
