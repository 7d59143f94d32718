# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MandateMerchantAction`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.mandate_redirect_data import MandateRedirectData
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class MandateMerchantAction(Model):
    """The ``MandateMerchantAction`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "action_type": "actionType",
        "redirect_data": "redirectData",
    }

    action_type: str | None = None
    redirect_data: MandateRedirectData | None = None
