# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PersonalInformationToken`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.personal_name_token import PersonalNameToken
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PersonalInformationToken(Model):
    """The ``PersonalInformationToken`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
    }

    name: PersonalNameToken | None = None
