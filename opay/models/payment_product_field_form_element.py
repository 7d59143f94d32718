# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProductFieldFormElement`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.models.value_mapping_element import ValueMappingElement


@attrs.define(kw_only=True, slots=True)
class PaymentProductFieldFormElement(Model):
    """The ``PaymentProductFieldFormElement`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``value_mapping``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type",
        "value_mapping": "valueMapping",
    }

    type: str | None = None
    value_mapping: list[ValueMappingElement] | None = None
    """Deprecated by the platform; kept for compatibility."""
