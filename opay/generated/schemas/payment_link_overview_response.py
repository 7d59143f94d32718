# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentLinkOverviewResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.pagination import Pagination
from opay.generated.schemas.payment_link_overview_entry import PaymentLinkOverviewEntry
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentLinkOverviewResponse(Model):
    """The ``PaymentLinkOverviewResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "pagination": "pagination",
        "payment_link_overview_entries": "paymentLinkOverviewEntries",
        "total": "total",
    }

    pagination: Pagination | None = None
    payment_link_overview_entries: list[PaymentLinkOverviewEntry] | None = None
    total: int | None = None
