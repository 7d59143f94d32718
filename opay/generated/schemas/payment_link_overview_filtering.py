# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentLinkOverviewFiltering`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentLinkOverviewFiltering(Model):
    """The ``PaymentLinkOverviewFiltering`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "merchant_ids": "merchantIds",
        "status": "status",
    }

    merchant_ids: list[str] | None = None
    status: list[str] | None = None
