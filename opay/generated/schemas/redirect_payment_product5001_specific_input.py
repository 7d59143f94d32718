# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RedirectPaymentProduct5001SpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RedirectPaymentProduct5001SpecificInput(Model):
    """The ``RedirectPaymentProduct5001SpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "exemption_request": "exemptionRequest",
        "subsequent_type": "subsequentType",
    }

    exemption_request: str | None = None
    subsequent_type: str | None = None
