# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RefundCardMethodSpecificOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.acceptance import Acceptance
from opay.generated.schemas.currency_conversion import CurrencyConversion
from opay.generated.schemas.reattempt_instructions import ReattemptInstructions
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RefundCardMethodSpecificOutput(Model):
    """The ``RefundCardMethodSpecificOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "acceptance": "acceptance",
        "authorisation_code": "authorisationCode",
        "currency_conversion": "currencyConversion",
        "reattempt_instructions": "reattemptInstructions",
        "total_amount_paid": "totalAmountPaid",
        "total_amount_refunded": "totalAmountRefunded",
    }

    acceptance: Acceptance | None = None
    authorisation_code: str | None = None
    currency_conversion: CurrencyConversion | None = None
    reattempt_instructions: ReattemptInstructions | None = None
    total_amount_paid: int | None = None
    total_amount_refunded: int | None = None
