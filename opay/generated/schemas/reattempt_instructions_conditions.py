# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ReattemptInstructionsConditions`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ReattemptInstructionsConditions(Model):
    """The ``ReattemptInstructionsConditions`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "max_attempts": "maxAttempts",
        "max_delay": "maxDelay",
    }

    max_attempts: int | None = None
    max_delay: int | None = None
