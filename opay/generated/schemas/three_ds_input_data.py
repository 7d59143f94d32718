# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ThreeDsInputData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ThreeDsInputData(Model):
    """The ``ThreeDsInputData`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "acquirer_id": "acquirerId",
        "acquirer_mid": "acquirerMid",
        "requestor_id": "requestorId",
    }

    acquirer_id: str | None = None
    acquirer_mid: str | None = None
    requestor_id: str | None = None
