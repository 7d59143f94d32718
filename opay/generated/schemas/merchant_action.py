# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MerchantAction`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.mobile_three_d_secure_challenge_parameters import (
    MobileThreeDSecureChallengeParameters,
)
from opay.generated.schemas.redirect_data import RedirectData
from opay.generated.schemas.show_form_data import ShowFormData
from opay.generated.schemas.show_instructions_data import ShowInstructionsData
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class MerchantAction(Model):
    """The ``MerchantAction`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "action_type": "actionType",
        "mobile_three_d_secure_challenge_parameters": "mobileThreeDSecureChallengeParameters",
        "redirect_data": "redirectData",
        "show_form_data": "showFormData",
        "show_instructions_data": "showInstructionsData",
    }

    action_type: str | None = None
    mobile_three_d_secure_challenge_parameters: MobileThreeDSecureChallengeParameters | None = None
    redirect_data: RedirectData | None = None
    show_form_data: ShowFormData | None = None
    show_instructions_data: ShowInstructionsData | None = None
