# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``GetIINDetailsRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_context import PaymentContext
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class GetIINDetailsRequest(Model):
    """The ``GetIINDetailsRequest`` model of the Online Payments API.

    Required by the platform (optional here): ``bin``.

    Platform rules:
    - ``bin``: at least 6 characters; at most 19 characters.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "bin": "bin",
        "payment_context": "paymentContext",
    }

    bin: str | None = attrs.field(default=None, repr=model_field_repr("bin"))
    payment_context: PaymentContext | None = None
