# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SepaDirectDebitPaymentProduct771SpecificInputBase`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.create_mandate_request import CreateMandateRequest
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class SepaDirectDebitPaymentProduct771SpecificInputBase(Model):
    """The ``SepaDirectDebitPaymentProduct771SpecificInputBase`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "existing_unique_mandate_reference": "existingUniqueMandateReference",
        "mandate": "mandate",
    }

    existing_unique_mandate_reference: str | None = None
    mandate: CreateMandateRequest | None = None
