# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ApiParameters`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.amex import Amex
from opay.generated.schemas.mastercard import Mastercard
from opay.generated.schemas.payment_product5002default_brand_parameters import (
    PaymentProduct5002defaultBrandParameters,
)
from opay.generated.schemas.visa import Visa
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ApiParameters(Model):
    """The ``ApiParameters`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "amex": "amex",
        "cb": "cb",
        "eftpos": "eftpos",
        "mastercard": "mastercard",
        "visa": "visa",
    }

    amex: Amex | None = None
    cb: PaymentProduct5002defaultBrandParameters | None = None
    eftpos: PaymentProduct5002defaultBrandParameters | None = None
    mastercard: Mastercard | None = None
    visa: Visa | None = None
