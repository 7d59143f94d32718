# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``AirlinePassenger`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class AirlinePassenger(Model):
    """The ``AirlinePassenger`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``title``.

    Platform rules:
    - ``country_code``: matches ``^[A-Z]{2}$``.
    - ``date_of_birth``: a date YYYYMMDD.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "airline_loyalty_status": "airlineLoyaltyStatus",
        "country_code": "countryCode",
        "date_of_birth": "dateOfBirth",
        "first_name": "firstName",
        "passenger_type": "passengerType",
        "surname": "surname",
        "surname_prefix": "surnamePrefix",
        "title": "title",
    }

    airline_loyalty_status: str | None = None
    country_code: str | None = None
    date_of_birth: str | None = attrs.field(default=None, repr=model_field_repr("dateOfBirth"))
    first_name: str | None = attrs.field(default=None, repr=model_field_repr("firstName"))
    passenger_type: str | None = None
    surname: str | None = attrs.field(default=None, repr=model_field_repr("surname"))
    surname_prefix: str | None = attrs.field(default=None, repr=model_field_repr("surnamePrefix"))
    title: str | None = None
    """Deprecated by the platform; kept for compatibility."""
