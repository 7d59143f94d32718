# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentsReportResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.cursor_pagination_info import CursorPaginationInfo
from opay.generated.schemas.payment_summary import PaymentSummary
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentsReportResponse(Model):
    """The ``PaymentsReportResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "pagination": "pagination",
        "payments": "payments",
    }

    pagination: CursorPaginationInfo | None = None
    payments: list[PaymentSummary] | None = None
