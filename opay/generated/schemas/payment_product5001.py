# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct5001`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct5001(Model):
    """The ``PaymentProduct5001`` model of the Online Payments API.

    Deprecated by the platform; kept for compatibility.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "message": "message",
        "polling_url": "pollingUrl",
    }

    message: str | None = None
    polling_url: str | None = None
