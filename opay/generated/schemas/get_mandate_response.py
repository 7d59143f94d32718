# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``GetMandateResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.mandate_response import MandateResponse
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class GetMandateResponse(Model):
    """The ``GetMandateResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "mandate": "mandate",
    }

    mandate: MandateResponse | None = None
