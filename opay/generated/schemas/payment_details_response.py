# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentDetailsResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.hosted_checkout_specific_output import HostedCheckoutSpecificOutput
from opay.generated.schemas.operation_output import OperationOutput
from opay.generated.schemas.payment_output import PaymentOutput
from opay.generated.schemas.payment_status_output import PaymentStatusOutput
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentDetailsResponse(Model):
    """The ``PaymentDetailsResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "operations": "Operations",
        "hosted_checkout_specific_output": "hostedCheckoutSpecificOutput",
        "id": "id",
        "payment_output": "paymentOutput",
        "status": "status",
        "status_output": "statusOutput",
    }

    operations: list[OperationOutput] | None = None
    hosted_checkout_specific_output: HostedCheckoutSpecificOutput | None = None
    id: str | None = None
    payment_output: PaymentOutput | None = None
    status: str | None = None
    status_output: PaymentStatusOutput | None = None
