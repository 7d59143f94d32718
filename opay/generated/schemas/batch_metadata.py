# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``BatchMetadata`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class BatchMetadata(Model):
    """The ``BatchMetadata`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "item_count": "itemCount",
        "merchant_batch_reference": "merchantBatchReference",
        "operation_type": "operationType",
    }

    item_count: int | None = None
    merchant_batch_reference: str | None = None
    operation_type: str | None = None
