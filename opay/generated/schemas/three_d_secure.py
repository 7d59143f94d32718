# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ThreeDSecure`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.external_cardholder_authentication_data import (
    ExternalCardholderAuthenticationData,
)
from opay.generated.schemas.redirection_data import RedirectionData
from opay.generated.schemas.three_d_secure_data import ThreeDSecureData
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ThreeDSecure(Model):
    """The ``ThreeDSecure`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "authentication_amount": "authenticationAmount",
        "challenge_canvas_size": "challengeCanvasSize",
        "challenge_indicator": "challengeIndicator",
        "device_channel": "deviceChannel",
        "exemption_request": "exemptionRequest",
        "external_cardholder_authentication_data": "externalCardholderAuthenticationData",
        "merchant_fraud_rate": "merchantFraudRate",
        "prior_three_d_secure_data": "priorThreeDSecureData",
        "redirection_data": "redirectionData",
        "secure_corporate_payment": "secureCorporatePayment",
        "skip_authentication": "skipAuthentication",
        "skip_soft_decline": "skipSoftDecline",
    }

    authentication_amount: int | None = None
    challenge_canvas_size: str | None = None
    challenge_indicator: str | None = None
    device_channel: str | None = None
    exemption_request: str | None = None
    external_cardholder_authentication_data: ExternalCardholderAuthenticationData | None = None
    merchant_fraud_rate: int | None = None
    prior_three_d_secure_data: ThreeDSecureData | None = None
    redirection_data: RedirectionData | None = None
    secure_corporate_payment: bool | None = None
    skip_authentication: bool | None = None
    skip_soft_decline: bool | None = None
