# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``IncrementAuthorizationResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_response import PaymentResponse
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class IncrementAuthorizationResponse(Model):
    """The ``IncrementAuthorizationResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "payment": "payment",
    }

    payment: PaymentResponse | None = None
