# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CalculateSurchargeResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.surcharge import Surcharge
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CalculateSurchargeResponse(Model):
    """The ``CalculateSurchargeResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "surcharges": "surcharges",
    }

    surcharges: list[Surcharge] | None = None
