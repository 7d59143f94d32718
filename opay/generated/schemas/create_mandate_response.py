# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CreateMandateResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.mandate_merchant_action import MandateMerchantAction
from opay.generated.schemas.mandate_response import MandateResponse
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CreateMandateResponse(Model):
    """The ``CreateMandateResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "mandate": "mandate",
        "merchant_action": "merchantAction",
    }

    mandate: MandateResponse | None = None
    merchant_action: MandateMerchantAction | None = None
