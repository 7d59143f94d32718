# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct130SpecificThreeDSecure`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct130SpecificThreeDSecure(Model):
    """The ``PaymentProduct130SpecificThreeDSecure`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "acquirer_exemption": "acquirerExemption",
        "merchant_score": "merchantScore",
        "number_of_items": "numberOfItems",
        "usecase": "usecase",
    }

    acquirer_exemption: bool | None = None
    merchant_score: str | None = None
    number_of_items: int | None = None
    usecase: str | None = None
