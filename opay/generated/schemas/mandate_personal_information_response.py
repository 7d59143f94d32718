# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MandatePersonalInformationResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.mandate_personal_name_response import MandatePersonalNameResponse
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class MandatePersonalInformationResponse(Model):
    """The ``MandatePersonalInformationResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "title": "title",
    }

    name: MandatePersonalNameResponse | None = None
    title: str | None = None
