# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProductSessionRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_product_session302_specific_input import (
    PaymentProductSession302SpecificInput,
)
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProductSessionRequest(Model):
    """The ``PaymentProductSessionRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "payment_product_session302_specific_input": "paymentProductSession302SpecificInput",
    }

    payment_product_session302_specific_input: PaymentProductSession302SpecificInput | None = None
