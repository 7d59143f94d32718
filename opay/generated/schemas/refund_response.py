# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RefundResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.order_status_output import OrderStatusOutput
from opay.generated.schemas.refund_output import RefundOutput
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RefundResponse(Model):
    """The ``RefundResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "refund_output": "refundOutput",
        "status": "status",
        "status_output": "statusOutput",
    }

    id: str | None = None
    refund_output: RefundOutput | None = None
    status: str | None = None
    status_output: OrderStatusOutput | None = None
