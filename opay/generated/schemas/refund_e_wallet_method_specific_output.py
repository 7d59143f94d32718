# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RefundEWalletMethodSpecificOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.refund_payment_product840_specific_output import (
    RefundPaymentProduct840SpecificOutput,
)
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RefundEWalletMethodSpecificOutput(Model):
    """The ``RefundEWalletMethodSpecificOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "payment_product840_specific_output": "paymentProduct840SpecificOutput",
        "total_amount_paid": "totalAmountPaid",
        "total_amount_refunded": "totalAmountRefunded",
    }

    payment_product840_specific_output: RefundPaymentProduct840SpecificOutput | None = None
    total_amount_paid: int | None = None
    total_amount_refunded: int | None = None
