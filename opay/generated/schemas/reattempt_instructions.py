# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ReattemptInstructions`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.reattempt_instructions_conditions import ReattemptInstructionsConditions
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ReattemptInstructions(Model):
    """The ``ReattemptInstructions`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "conditions": "conditions",
        "frozen_period": "frozenPeriod",
        "indicator": "indicator",
    }

    conditions: ReattemptInstructionsConditions | None = None
    frozen_period: int | None = None
    indicator: str | None = None
