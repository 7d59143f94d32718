# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MandatePersonalName`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class MandatePersonalName(Model):
    """The ``MandatePersonalName`` model of the Online Payments API.

    Required by the platform (optional here): ``first_name``, ``surname``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "first_name": "firstName",
        "surname": "surname",
    }

    first_name: str | None = attrs.field(default=None, repr=model_field_repr("firstName"))
    surname: str | None = attrs.field(default=None, repr=model_field_repr("surname"))
