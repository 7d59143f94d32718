# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PayoutStatusOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PayoutStatusOutput(Model):
    """The ``PayoutStatusOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "is_cancellable": "isCancellable",
        "status_category": "statusCategory",
        "status_code": "statusCode",
    }

    is_cancellable: bool | None = None
    status_category: str | None = None
    status_code: int | None = None
