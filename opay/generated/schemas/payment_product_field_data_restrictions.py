# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProductFieldDataRestrictions`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_product_field_validators import PaymentProductFieldValidators
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProductFieldDataRestrictions(Model):
    """The ``PaymentProductFieldDataRestrictions`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "is_required": "isRequired",
        "validators": "validators",
    }

    is_required: bool | None = None
    validators: PaymentProductFieldValidators | None = None
