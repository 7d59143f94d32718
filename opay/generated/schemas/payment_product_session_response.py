# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProductSessionResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_product_session302_specific_output import (
    PaymentProductSession302SpecificOutput,
)
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProductSessionResponse(Model):
    """The ``PaymentProductSessionResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "payment_product_session302_specific_output": "paymentProductSession302SpecificOutput",
    }

    payment_product_session302_specific_output: PaymentProductSession302SpecificOutput | None = None
