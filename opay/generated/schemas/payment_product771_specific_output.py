# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct771SpecificOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct771SpecificOutput(Model):
    """The ``PaymentProduct771SpecificOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "mandate_reference": "mandateReference",
    }

    mandate_reference: str | None = None
