# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PersonalName`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class PersonalName(Model):
    """The ``PersonalName`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "first_name": "firstName",
        "surname": "surname",
        "title": "title",
    }

    first_name: str | None = attrs.field(default=None, repr=model_field_repr("firstName"))
    surname: str | None = attrs.field(default=None, repr=model_field_repr("surname"))
    title: str | None = None
