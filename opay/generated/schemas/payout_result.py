# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PayoutResult`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payout_output import PayoutOutput
from opay.generated.schemas.payout_status_output import PayoutStatusOutput
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PayoutResult(Model):
    """The ``PayoutResult`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "payout_output": "payoutOutput",
        "status": "status",
        "status_output": "statusOutput",
    }

    id: str | None = None
    payout_output: PayoutOutput | None = None
    status: str | None = None
    status_output: PayoutStatusOutput | None = None
