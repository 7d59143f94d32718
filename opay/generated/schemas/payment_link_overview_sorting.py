# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentLinkOverviewSorting`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentLinkOverviewSorting(Model):
    """The ``PaymentLinkOverviewSorting`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "sort_direction": "sortDirection",
        "sort_property": "sortProperty",
    }

    sort_direction: str | None = None
    sort_property: str | None = None
