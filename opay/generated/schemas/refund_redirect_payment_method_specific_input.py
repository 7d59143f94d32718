# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RefundRedirectPaymentMethodSpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.refund_redirect_payment_product900_specific_input import (
    RefundRedirectPaymentProduct900SpecificInput,
)
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RefundRedirectPaymentMethodSpecificInput(Model):
    """The ``RefundRedirectPaymentMethodSpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "refund_redirect_payment_product900_specific_input": "refundRedirectPaymentProduct900SpecificInput",
    }

    refund_redirect_payment_product900_specific_input: (
        RefundRedirectPaymentProduct900SpecificInput | None
    ) = None
