# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SubsequentPaymentProduct5001SpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class SubsequentPaymentProduct5001SpecificInput(Model):
    """The ``SubsequentPaymentProduct5001SpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "subsequent_type": "subsequentType",
    }

    subsequent_type: str | None = None
