# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ValueMappingElement`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_product_field_display_element import (
    PaymentProductFieldDisplayElement,
)
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class ValueMappingElement(Model):
    """The ``ValueMappingElement`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "display_elements": "displayElements",
        "value": "value",
    }

    display_elements: list[PaymentProductFieldDisplayElement] | None = None
    value: str | None = attrs.field(default=None, repr=model_field_repr("value"))
