# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProductFieldDisplayElement`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class PaymentProductFieldDisplayElement(Model):
    """The ``PaymentProductFieldDisplayElement`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "label": "label",
        "type": "type",
        "value": "value",
    }

    id: str | None = None
    label: str | None = None
    type: str | None = None
    value: str | None = attrs.field(default=None, repr=model_field_repr("value"))
