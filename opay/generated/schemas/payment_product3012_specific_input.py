# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct3012SpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct3012SpecificInput(Model):
    """The ``PaymentProduct3012SpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "force_authentication": "forceAuthentication",
        "is_deferred_payment": "isDeferredPayment",
        "is_wip_transaction": "isWipTransaction",
        "wip_merchant_authentication_method": "wipMerchantAuthenticationMethod",
    }

    force_authentication: bool | None = None
    is_deferred_payment: bool | None = None
    is_wip_transaction: bool | None = None
    wip_merchant_authentication_method: str | None = None
