# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``AirlineData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.airline_flight_leg import AirlineFlightLeg
from opay.generated.schemas.airline_passenger import AirlinePassenger
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class AirlineData(Model):
    """The ``AirlineData`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``flight_date``, ``is_e_ticket``,
    ``is_third_party``, ``name``, ``passenger_name``, ``place_of_issue``, ``pnr``,
    ``pos_city_code``, ``ticket_delivery_method``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "agent_numeric_code": "agentNumericCode",
        "code": "code",
        "flight_date": "flightDate",
        "flight_indicator": "flightIndicator",
        "flight_legs": "flightLegs",
        "invoice_number": "invoiceNumber",
        "is_e_ticket": "isETicket",
        "is_restricted_ticket": "isRestrictedTicket",
        "is_third_party": "isThirdParty",
        "issue_date": "issueDate",
        "merchant_customer_id": "merchantCustomerId",
        "name": "name",
        "passenger_name": "passengerName",
        "passengers": "passengers",
        "place_of_issue": "placeOfIssue",
        "pnr": "pnr",
        "point_of_sale": "pointOfSale",
        "pos_city_code": "posCityCode",
        "ticket_currency": "ticketCurrency",
        "ticket_delivery_method": "ticketDeliveryMethod",
        "ticket_number": "ticketNumber",
        "total_fare": "totalFare",
        "total_fee": "totalFee",
        "total_taxes": "totalTaxes",
        "travel_agency_name": "travelAgencyName",
    }

    agent_numeric_code: str | None = None
    code: str | None = None
    flight_date: str | None = None
    """Deprecated by the platform; kept for compatibility."""
    flight_indicator: str | None = None
    flight_legs: list[AirlineFlightLeg] | None = None
    invoice_number: str | None = None
    is_e_ticket: bool | None = None
    """Deprecated by the platform; kept for compatibility."""
    is_restricted_ticket: bool | None = None
    is_third_party: bool | None = None
    """Deprecated by the platform; kept for compatibility."""
    issue_date: str | None = None
    merchant_customer_id: str | None = None
    name: str | None = None
    """Deprecated by the platform; kept for compatibility."""
    passenger_name: str | None = attrs.field(default=None, repr=model_field_repr("passengerName"))
    """Deprecated by the platform; kept for compatibility."""
    passengers: list[AirlinePassenger] | None = None
    place_of_issue: str | None = None
    """Deprecated by the platform; kept for compatibility."""
    pnr: str | None = None
    """Deprecated by the platform; kept for compatibility."""
    point_of_sale: str | None = None
    pos_city_code: str | None = None
    """Deprecated by the platform; kept for compatibility."""
    ticket_currency: str | None = None
    ticket_delivery_method: str | None = None
    """Deprecated by the platform; kept for compatibility."""
    ticket_number: str | None = None
    total_fare: int | None = None
    total_fee: int | None = None
    total_taxes: int | None = None
    travel_agency_name: str | None = None
