# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ThreeDSecureBase`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.three_d_secure_data import ThreeDSecureData
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ThreeDSecureBase(Model):
    """The ``ThreeDSecureBase`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "authentication_amount": "authenticationAmount",
        "challenge_canvas_size": "challengeCanvasSize",
        "challenge_indicator": "challengeIndicator",
        "exemption_request": "exemptionRequest",
        "merchant_fraud_rate": "merchantFraudRate",
        "prior_three_d_secure_data": "priorThreeDSecureData",
        "secure_corporate_payment": "secureCorporatePayment",
        "skip_authentication": "skipAuthentication",
        "skip_soft_decline": "skipSoftDecline",
    }

    authentication_amount: int | None = None
    challenge_canvas_size: str | None = None
    challenge_indicator: str | None = None
    exemption_request: str | None = None
    merchant_fraud_rate: int | None = None
    prior_three_d_secure_data: ThreeDSecureData | None = None
    secure_corporate_payment: bool | None = None
    skip_authentication: bool | None = None
    skip_soft_decline: bool | None = None
