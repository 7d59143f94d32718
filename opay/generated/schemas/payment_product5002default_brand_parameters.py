# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct5002defaultBrandParameters`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct5002defaultBrandParameters(Model):
    """The ``PaymentProduct5002defaultBrandParameters`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "src_dpa_id": "srcDpaId",
        "src_initiator_id": "srcInitiatorId",
    }

    src_dpa_id: str | None = None
    src_initiator_id: str | None = None
