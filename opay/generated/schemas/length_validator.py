# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``LengthValidator`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class LengthValidator(Model):
    """The ``LengthValidator`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "max_length": "maxLength",
        "min_length": "minLength",
    }

    max_length: int | None = None
    min_length: int | None = None
