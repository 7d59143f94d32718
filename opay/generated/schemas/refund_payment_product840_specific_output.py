# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RefundPaymentProduct840SpecificOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.refund_payment_product840_customer_account import (
    RefundPaymentProduct840CustomerAccount,
)
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RefundPaymentProduct840SpecificOutput(Model):
    """The ``RefundPaymentProduct840SpecificOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "customer_account": "customerAccount",
    }

    customer_account: RefundPaymentProduct840CustomerAccount | None = None
