# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``Product302Recurring`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class Product302Recurring(Model):
    """The ``Product302Recurring`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "recurring_payment_sequence_indicator": "recurringPaymentSequenceIndicator",
    }

    recurring_payment_sequence_indicator: str | None = None
