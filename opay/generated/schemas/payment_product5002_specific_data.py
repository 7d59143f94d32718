# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct5002SpecificData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.api_parameters import ApiParameters
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct5002SpecificData(Model):
    """The ``PaymentProduct5002SpecificData`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "api_parameters": "apiParameters",
    }

    api_parameters: ApiParameters | None = None
