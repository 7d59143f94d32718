# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PersonalInformation`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.personal_name import PersonalName
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class PersonalInformation(Model):
    """The ``PersonalInformation`` model of the Online Payments API.

    Platform rules:
    - ``date_of_birth``: a date YYYYMMDD.
    - ``gender``: at most 50 characters.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "date_of_birth": "dateOfBirth",
        "gender": "gender",
        "name": "name",
    }

    date_of_birth: str | None = attrs.field(default=None, repr=model_field_repr("dateOfBirth"))
    gender: str | None = None
    name: PersonalName | None = None
