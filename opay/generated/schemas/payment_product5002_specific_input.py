# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct5002SpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct5002SpecificInput(Model):
    """The ``PaymentProduct5002SpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "checkout_response_signature": "checkoutResponseSignature",
        "credit_card_brand": "creditCardBrand",
    }

    checkout_response_signature: str | None = None
    credit_card_brand: str | None = None
