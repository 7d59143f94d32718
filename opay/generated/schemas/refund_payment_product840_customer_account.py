# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RefundPaymentProduct840CustomerAccount`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RefundPaymentProduct840CustomerAccount(Model):
    """The ``RefundPaymentProduct840CustomerAccount`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "customer_account_status": "customerAccountStatus",
        "customer_address_status": "customerAddressStatus",
        "payer_id": "payerId",
    }

    customer_account_status: str | None = None
    customer_address_status: str | None = None
    payer_id: str | None = None
