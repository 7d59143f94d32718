# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``AirlineFlightLeg`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class AirlineFlightLeg(Model):
    """The ``AirlineFlightLeg`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``fare``, ``number``.

    Platform rules:
    - ``date``: a date YYYYMMDD.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "airline_class": "airlineClass",
        "arrival_airport": "arrivalAirport",
        "arrival_time": "arrivalTime",
        "carrier_code": "carrierCode",
        "conjunction_ticket": "conjunctionTicket",
        "coupon_number": "couponNumber",
        "date": "date",
        "departure_time": "departureTime",
        "endorsement_or_restriction": "endorsementOrRestriction",
        "exchange_ticket": "exchangeTicket",
        "fare": "fare",
        "fare_basis": "fareBasis",
        "fee": "fee",
        "flight_code": "flightCode",
        "flight_number": "flightNumber",
        "leg_fare": "legFare",
        "number": "number",
        "origin_airport": "originAirport",
        "passenger_class": "passengerClass",
        "stopover_code": "stopoverCode",
        "taxes": "taxes",
    }

    airline_class: str | None = None
    arrival_airport: str | None = None
    arrival_time: str | None = None
    carrier_code: str | None = None
    conjunction_ticket: str | None = None
    coupon_number: str | None = None
    date: str | None = None
    departure_time: str | None = None
    endorsement_or_restriction: str | None = None
    exchange_ticket: str | None = None
    fare: str | None = None
    """Deprecated by the platform; kept for compatibility."""
    fare_basis: str | None = None
    fee: int | None = None
    flight_code: str | None = None
    flight_number: str | None = None
    leg_fare: int | None = None
    number: int | None = None
    """Deprecated by the platform; kept for compatibility."""
    origin_airport: str | None = None
    passenger_class: str | None = None
    stopover_code: str | None = None
    taxes: int | None = None
