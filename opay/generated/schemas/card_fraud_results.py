# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CardFraudResults`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CardFraudResults(Model):
    """The ``CardFraudResults`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "avs_result": "avsResult",
        "cvv_result": "cvvResult",
        "fraud_service_result": "fraudServiceResult",
    }

    avs_result: str | None = None
    cvv_result: str | None = None
    fraud_service_result: str | None = None
