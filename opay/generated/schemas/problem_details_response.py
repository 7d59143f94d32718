# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ProblemDetailsResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ProblemDetailsResponse(Model):
    """The ``ProblemDetailsResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "detail": "detail",
        "instance": "instance",
        "status": "status",
        "title": "title",
        "type": "type",
    }

    detail: str | None = None
    instance: str | None = None
    status: int | None = None
    title: str | None = None
    type: str | None = None
