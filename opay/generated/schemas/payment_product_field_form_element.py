# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProductFieldFormElement`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.value_mapping_element import ValueMappingElement
from opay.model import Model


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
