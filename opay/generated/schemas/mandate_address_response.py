# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MandateAddressResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class MandateAddressResponse(Model):
    """The ``MandateAddressResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "city": "city",
        "country_code": "countryCode",
        "house_number": "houseNumber",
        "street": "street",
        "zip": "zip",
    }

    city: str | None = attrs.field(default=None, repr=model_field_repr("city"))
    country_code: str | None = None
    house_number: str | None = attrs.field(default=None, repr=model_field_repr("houseNumber"))
    street: str | None = attrs.field(default=None, repr=model_field_repr("street"))
    zip: str | None = attrs.field(default=None, repr=model_field_repr("zip"))
