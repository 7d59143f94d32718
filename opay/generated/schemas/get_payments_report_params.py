# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``GetPaymentsReportParams`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class GetPaymentsReportParams(Model):
    """Query parameters of ``get_payments_report``."""

    _json_names: ClassVar[dict[str, str]] = {
        "cursor": "cursor",
        "limit": "limit",
    }

    cursor: str | None = None
    limit: int | None = None
