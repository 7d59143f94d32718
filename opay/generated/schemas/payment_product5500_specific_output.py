# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct5500SpecificOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct5500SpecificOutput(Model):
    """The ``PaymentProduct5500SpecificOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "entity_id": "entityId",
        "payment_end_date": "paymentEndDate",
        "payment_reference": "paymentReference",
        "payment_start_date": "paymentStartDate",
    }

    entity_id: str | None = None
    payment_end_date: str | None = None
    payment_reference: str | None = None
    payment_start_date: str | None = None
