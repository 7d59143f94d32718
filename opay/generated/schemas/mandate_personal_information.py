# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MandatePersonalInformation`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.mandate_personal_name import MandatePersonalName
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class MandatePersonalInformation(Model):
    """The ``MandatePersonalInformation`` model of the Online Payments API.

    Required by the platform (optional here): ``name``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "title": "title",
    }

    name: MandatePersonalName | None = None
    title: str | None = None
