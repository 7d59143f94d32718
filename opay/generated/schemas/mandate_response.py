# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MandateResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.mandate_customer_response import MandateCustomerResponse
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class MandateResponse(Model):
    """The ``MandateResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "alias": "alias",
        "customer": "customer",
        "customer_reference": "customerReference",
        "mandate_pdf": "mandatePdf",
        "recurrence_type": "recurrenceType",
        "status": "status",
        "unique_mandate_reference": "uniqueMandateReference",
    }

    alias: str | None = None
    customer: MandateCustomerResponse | None = None
    customer_reference: str | None = None
    mandate_pdf: str | None = None
    recurrence_type: str | None = None
    status: str | None = None
    unique_mandate_reference: str | None = None
