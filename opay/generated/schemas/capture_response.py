# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CaptureResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.capture_output import CaptureOutput
from opay.generated.schemas.capture_status_output import CaptureStatusOutput
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CaptureResponse(Model):
    """The ``CaptureResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "capture_output": "captureOutput",
        "id": "id",
        "status": "status",
        "status_output": "statusOutput",
    }

    capture_output: CaptureOutput | None = None
    id: str | None = None
    status: str | None = None
    status_output: CaptureStatusOutput | None = None
