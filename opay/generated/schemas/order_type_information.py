# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``OrderTypeInformation`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class OrderTypeInformation(Model):
    """The ``OrderTypeInformation`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "purchase_type": "purchaseType",
        "transaction_type": "transactionType",
    }

    purchase_type: str | None = None
    transaction_type: str | None = None
