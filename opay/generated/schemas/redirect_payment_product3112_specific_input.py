# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RedirectPaymentProduct3112SpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RedirectPaymentProduct3112SpecificInput(Model):
    """The ``RedirectPaymentProduct3112SpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "complete_remaining_payment_amount": "completeRemainingPaymentAmount",
    }

    complete_remaining_payment_amount: bool | None = None
