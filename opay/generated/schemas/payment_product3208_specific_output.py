# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct3208SpecificOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct3208SpecificOutput(Model):
    """The ``PaymentProduct3208SpecificOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "buyer_compliant_bank_message": "buyerCompliantBankMessage",
    }

    buyer_compliant_bank_message: str | None = None
