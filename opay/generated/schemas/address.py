# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``Address`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class Address(Model):
    """The ``Address`` model of the Online Payments API.

    Platform rules:
    - ``country_code``: matches ``^[A-Z]{2}$``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "additional_info": "additionalInfo",
        "city": "city",
        "country_code": "countryCode",
        "house_number": "houseNumber",
        "state": "state",
        "street": "street",
        "zip": "zip",
    }

    additional_info: str | None = attrs.field(default=None, repr=model_field_repr("additionalInfo"))
    city: str | None = attrs.field(default=None, repr=model_field_repr("city"))
    country_code: str | None = None
    house_number: str | None = attrs.field(default=None, repr=model_field_repr("houseNumber"))
    state: str | None = attrs.field(default=None, repr=model_field_repr("state"))
    street: str | None = attrs.field(default=None, repr=model_field_repr("street"))
    zip: str | None = attrs.field(default=None, repr=model_field_repr("zip"))
