# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``APIError`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class APIError(Model):
    """The ``APIError`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``code``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "category": "category",
        "code": "code",
        "error_code": "errorCode",
        "http_status_code": "httpStatusCode",
        "id": "id",
        "message": "message",
        "property_name": "propertyName",
        "retriable": "retriable",
    }

    category: str | None = None
    code: str | None = None
    """Deprecated by the platform; kept for compatibility."""
    error_code: str | None = None
    http_status_code: int | None = None
    id: str | None = None
    message: str | None = None
    property_name: str | None = None
    retriable: bool | None = None
