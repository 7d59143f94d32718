# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RefundsResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.refund_response import RefundResponse
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RefundsResponse(Model):
    """The ``RefundsResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "refunds": "refunds",
    }

    refunds: list[RefundResponse] | None = None
