# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ShowFormData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_product11 import PaymentProduct11
from opay.generated.schemas.payment_product350 import PaymentProduct350
from opay.generated.schemas.payment_product840 import PaymentProduct840
from opay.generated.schemas.payment_product3012 import PaymentProduct3012
from opay.generated.schemas.payment_product5001 import PaymentProduct5001
from opay.generated.schemas.payment_product5404 import PaymentProduct5404
from opay.generated.schemas.payment_product5407 import PaymentProduct5407
from opay.generated.schemas.payment_product5412 import PaymentProduct5412
from opay.generated.schemas.pending_authentication import PendingAuthentication
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ShowFormData(Model):
    """The ``ShowFormData`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "payment_product11": "paymentProduct11",
        "payment_product3012": "paymentProduct3012",
        "payment_product350": "paymentProduct350",
        "payment_product5001": "paymentProduct5001",
        "payment_product5404": "paymentProduct5404",
        "payment_product5407": "paymentProduct5407",
        "payment_product5412": "paymentProduct5412",
        "payment_product840": "paymentProduct840",
        "pending_authentication": "pendingAuthentication",
    }

    payment_product11: PaymentProduct11 | None = None
    payment_product3012: PaymentProduct3012 | None = None
    payment_product350: PaymentProduct350 | None = None
    payment_product5001: PaymentProduct5001 | None = None
    payment_product5404: PaymentProduct5404 | None = None
    payment_product5407: PaymentProduct5407 | None = None
    payment_product5412: PaymentProduct5412 | None = None
    payment_product840: PaymentProduct840 | None = None
    pending_authentication: PendingAuthentication | None = None
