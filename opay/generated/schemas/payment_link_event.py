# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentLinkEvent`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentLinkEvent(Model):
    """The ``PaymentLinkEvent`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "date_time": "dateTime",
        "details": "details",
        "type": "type",
    }

    date_time: str | None = None
    details: str | None = None
    type: str | None = None
