# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``FraudResults`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class FraudResults(Model):
    """The ``FraudResults`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "fraud_service_result": "fraudServiceResult",
    }

    fraud_service_result: str | None = None
