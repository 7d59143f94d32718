# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``UpdateAuthorizationAdditionalDataRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.car_rental_data import CarRentalData
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class UpdateAuthorizationAdditionalDataRequest(Model):
    """The ``UpdateAuthorizationAdditionalDataRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "car_rental_data": "carRentalData",
    }

    car_rental_data: CarRentalData | None = None
