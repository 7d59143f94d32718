# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``GetHostedCheckoutResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.created_payment_output import CreatedPaymentOutput
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class GetHostedCheckoutResponse(Model):
    """The ``GetHostedCheckoutResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "created_payment_output": "createdPaymentOutput",
        "status": "status",
    }

    created_payment_output: CreatedPaymentOutput | None = None
    status: str | None = None
