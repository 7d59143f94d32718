# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RedirectPaymentProduct5412SpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RedirectPaymentProduct5412SpecificInput(Model):
    """The ``RedirectPaymentProduct5412SpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "adjustable_amount": "adjustableAmount",
        "beneficiary_id": "beneficiaryId",
    }

    adjustable_amount: bool | None = None
    beneficiary_id: str | None = None
