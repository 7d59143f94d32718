# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``AutoCapture`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class AutoCapture(Model):
    """The ``AutoCapture`` model of the Online Payments API.

    Platform rules:
    - ``delay_in_minutes``: at least 0; at most 43200.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "delay_in_minutes": "delayInMinutes",
    }

    delay_in_minutes: int | None = None
