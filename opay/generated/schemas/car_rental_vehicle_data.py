# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CarRentalVehicleData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CarRentalVehicleData(Model):
    """The ``CarRentalVehicleData`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "class_id": "classId",
        "identification_number": "identificationNumber",
    }

    class_id: str | None = None
    identification_number: str | None = None
