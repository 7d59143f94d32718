# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RangeValidator`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RangeValidator(Model):
    """The ``RangeValidator`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "max_value": "maxValue",
        "min_value": "minValue",
    }

    max_value: int | None = None
    min_value: int | None = None
