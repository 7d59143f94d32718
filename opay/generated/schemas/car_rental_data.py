# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CarRentalData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.car_rental_pickup_return_data import CarRentalPickupReturnData
from opay.generated.schemas.car_rental_vehicle_data import CarRentalVehicleData
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CarRentalData(Model):
    """The ``CarRentalData`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "agreement_number": "agreementNumber",
        "cardholder_notified": "cardholderNotified",
        "charges_amount": "chargesAmount",
        "charges_category": "chargesCategory",
        "distance_measure": "distanceMeasure",
        "distance_unit": "distanceUnit",
        "driver_identification_number": "driverIdentificationNumber",
        "driver_tax_number": "driverTaxNumber",
        "pickup_details": "pickupDetails",
        "rental_rate_amount": "rentalRateAmount",
        "rental_rate_type": "rentalRateType",
        "renter_name": "renterName",
        "return_details": "returnDetails",
        "tax_exempt_indicator": "taxExemptIndicator",
        "toll_free_number": "tollFreeNumber",
        "vehicle": "vehicle",
    }

    agreement_number: str | None = None
    cardholder_notified: bool | None = None
    charges_amount: int | None = None
    charges_category: str | None = None
    distance_measure: int | None = None
    distance_unit: str | None = None
    driver_identification_number: str | None = attrs.field(
        default=None, repr=model_field_repr("driverIdentificationNumber")
    )
    driver_tax_number: str | None = attrs.field(
        default=None, repr=model_field_repr("driverTaxNumber")
    )
    pickup_details: CarRentalPickupReturnData | None = None
    rental_rate_amount: int | None = None
    rental_rate_type: str | None = None
    renter_name: str | None = attrs.field(default=None, repr=model_field_repr("renterName"))
    return_details: CarRentalPickupReturnData | None = None
    tax_exempt_indicator: bool | None = None
    toll_free_number: str | None = None
    vehicle: CarRentalVehicleData | None = None
