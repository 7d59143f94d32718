# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``GetPaymentLinksByMerchantGroupRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.pagination import Pagination
from opay.generated.schemas.payment_link_overview_filtering import PaymentLinkOverviewFiltering
from opay.generated.schemas.payment_link_overview_sorting import PaymentLinkOverviewSorting
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class GetPaymentLinksByMerchantGroupRequest(Model):
    """The ``GetPaymentLinksByMerchantGroupRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "filtering": "filtering",
        "pagination": "pagination",
        "sorting": "sorting",
    }

    filtering: PaymentLinkOverviewFiltering | None = None
    pagination: Pagination | None = None
    sorting: PaymentLinkOverviewSorting | None = None
