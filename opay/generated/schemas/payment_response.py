# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.hosted_checkout_specific_output import HostedCheckoutSpecificOutput
from opay.generated.schemas.operation_output import OperationOutput
from opay.generated.schemas.payment_output import PaymentOutput
from opay.generated.schemas.payment_status_output import PaymentStatusOutput
from opay.generated.schemas.session_details import SessionDetails
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentResponse(Model):
    """The ``PaymentResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "hosted_checkout_specific_output": "hostedCheckoutSpecificOutput",
        "id": "id",
        "operation_output": "operationOutput",
        "payment_output": "paymentOutput",
        "session_details": "sessionDetails",
        "status": "status",
        "status_output": "statusOutput",
    }

    hosted_checkout_specific_output: HostedCheckoutSpecificOutput | None = None
    id: str | None = None
    operation_output: OperationOutput | None = None
    payment_output: PaymentOutput | None = None
    session_details: SessionDetails | None = None
    status: str | None = None
    status_output: PaymentStatusOutput | None = None
