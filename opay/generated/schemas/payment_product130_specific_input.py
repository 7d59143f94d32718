# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct130SpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_product130_specific_three_d_secure import (
    PaymentProduct130SpecificThreeDSecure,
)
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct130SpecificInput(Model):
    """The ``PaymentProduct130SpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "three_d_secure": "threeDSecure",
    }

    three_d_secure: PaymentProduct130SpecificThreeDSecure | None = None
