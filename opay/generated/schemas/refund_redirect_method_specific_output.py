# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RefundRedirectMethodSpecificOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RefundRedirectMethodSpecificOutput(Model):
    """The ``RefundRedirectMethodSpecificOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "total_amount_paid": "totalAmountPaid",
        "total_amount_refunded": "totalAmountRefunded",
    }

    total_amount_paid: int | None = None
    total_amount_refunded: int | None = None
