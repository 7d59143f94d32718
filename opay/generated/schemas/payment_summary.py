# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentSummary`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_output_summary import PaymentOutputSummary
from opay.generated.schemas.payment_status_output_summary import PaymentStatusOutputSummary
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentSummary(Model):
    """The ``PaymentSummary`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "payment_output": "paymentOutput",
        "status": "status",
        "status_output": "statusOutput",
    }

    id: str | None = None
    payment_output: PaymentOutputSummary | None = None
    status: str | None = None
    status_output: PaymentStatusOutputSummary | None = None
