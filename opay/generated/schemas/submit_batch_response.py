# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SubmitBatchResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class SubmitBatchResponse(Model):
    """The ``SubmitBatchResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "merchant_batch_reference": "merchantBatchReference",
        "total_count": "totalCount",
    }

    merchant_batch_reference: str | None = None
    total_count: int | None = None
