# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``GPayThreeDSecure`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.redirection_data import RedirectionData
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class GPayThreeDSecure(Model):
    """The ``GPayThreeDSecure`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "challenge_canvas_size": "challengeCanvasSize",
        "challenge_indicator": "challengeIndicator",
        "exemption_request": "exemptionRequest",
        "redirection_data": "redirectionData",
        "skip_authentication": "skipAuthentication",
        "skip_soft_decline": "skipSoftDecline",
    }

    challenge_canvas_size: str | None = None
    challenge_indicator: str | None = None
    exemption_request: str | None = None
    redirection_data: RedirectionData | None = None
    skip_authentication: bool | None = None
    skip_soft_decline: bool | None = None
