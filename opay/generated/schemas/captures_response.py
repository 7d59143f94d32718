# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CapturesResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.capture import Capture
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CapturesResponse(Model):
    """The ``CapturesResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "captures": "captures",
    }

    captures: list[Capture] | None = None
