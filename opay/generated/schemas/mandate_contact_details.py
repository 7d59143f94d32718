# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MandateContactDetails`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class MandateContactDetails(Model):
    """The ``MandateContactDetails`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "email_address": "emailAddress",
        "phone_number": "phoneNumber",
    }

    email_address: str | None = attrs.field(default=None, repr=model_field_repr("emailAddress"))
    phone_number: str | None = attrs.field(default=None, repr=model_field_repr("phoneNumber"))
