# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct3203SpecificOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.address_personal import AddressPersonal
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct3203SpecificOutput(Model):
    """The ``PaymentProduct3203SpecificOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "billing_address": "billingAddress",
        "shipping_address": "shippingAddress",
    }

    billing_address: AddressPersonal | None = None
    shipping_address: AddressPersonal | None = None
