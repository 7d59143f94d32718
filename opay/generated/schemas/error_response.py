# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ErrorResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.api_error import APIError
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ErrorResponse(Model):
    """The ``ErrorResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "error_id": "errorId",
        "errors": "errors",
    }

    error_id: str | None = None
    errors: list[APIError] | None = None
