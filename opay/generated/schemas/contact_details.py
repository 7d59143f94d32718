# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ContactDetails`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class ContactDetails(Model):
    """The ``ContactDetails`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "email_address": "emailAddress",
        "fax_number": "faxNumber",
        "mobile_phone_number": "mobilePhoneNumber",
        "phone_number": "phoneNumber",
        "work_phone_number": "workPhoneNumber",
    }

    email_address: str | None = attrs.field(default=None, repr=model_field_repr("emailAddress"))
    fax_number: str | None = attrs.field(default=None, repr=model_field_repr("faxNumber"))
    mobile_phone_number: str | None = attrs.field(
        default=None, repr=model_field_repr("mobilePhoneNumber")
    )
    phone_number: str | None = attrs.field(default=None, repr=model_field_repr("phoneNumber"))
    work_phone_number: str | None = attrs.field(
        default=None, repr=model_field_repr("workPhoneNumber")
    )
