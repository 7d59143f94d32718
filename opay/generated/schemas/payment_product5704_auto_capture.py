# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct5704AutoCapture`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct5704AutoCapture(Model):
    """The ``PaymentProduct5704AutoCapture`` model of the Online Payments API.

    Platform rules:
    - ``delay_in_minutes``: at least 0; at most 10080.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "delay_in_minutes": "delayInMinutes",
    }

    delay_in_minutes: int | None = None
