# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RedirectPaymentProduct5407SpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_product5704_auto_capture import PaymentProduct5704AutoCapture
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RedirectPaymentProduct5407SpecificInput(Model):
    """The ``RedirectPaymentProduct5407SpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "payment_product5704_auto_capture": "paymentProduct5704AutoCapture",
    }

    payment_product5704_auto_capture: PaymentProduct5704AutoCapture | None = None
