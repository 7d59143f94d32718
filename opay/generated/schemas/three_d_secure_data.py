# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ThreeDSecureData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ThreeDSecureData(Model):
    """The ``ThreeDSecureData`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "acs_transaction_id": "acsTransactionId",
        "method": "method",
        "utc_timestamp": "utcTimestamp",
    }

    acs_transaction_id: str | None = None
    method: str | None = None
    utc_timestamp: str | None = None
