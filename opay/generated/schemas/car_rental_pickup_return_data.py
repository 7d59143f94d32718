# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CarRentalPickupReturnData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CarRentalPickupReturnData(Model):
    """The ``CarRentalPickupReturnData`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "address": "address",
        "city": "city",
        "country": "country",
        "date": "date",
        "location": "location",
        "postcode": "postcode",
        "state": "state",
    }

    address: str | None = None
    city: str | None = attrs.field(default=None, repr=model_field_repr("city"))
    country: int | None = None
    date: str | None = None
    location: str | None = None
    postcode: str | None = attrs.field(default=None, repr=model_field_repr("postcode"))
    state: str | None = attrs.field(default=None, repr=model_field_repr("state"))
