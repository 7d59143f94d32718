# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``Amex`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.dpa_data import DpaData
from opay.generated.schemas.dpa_transaction_options import DpaTransactionOptions
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class Amex(Model):
    """The ``Amex`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "dpa_data": "dpaData",
        "dpa_transaction_options": "dpaTransactionOptions",
        "src_initiator_id": "srcInitiatorId",
    }

    dpa_data: DpaData | None = None
    dpa_transaction_options: DpaTransactionOptions | None = None
    src_initiator_id: str | None = None
