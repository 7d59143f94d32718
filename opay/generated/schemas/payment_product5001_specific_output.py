# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct5001SpecificOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class PaymentProduct5001SpecificOutput(Model):
    """The ``PaymentProduct5001SpecificOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "account_number": "accountNumber",
        "authorisation_code": "authorisationCode",
        "liability": "liability",
        "mobile_phone_number": "mobilePhoneNumber",
        "operation_code": "operationCode",
    }

    account_number: str | None = attrs.field(default=None, repr=model_field_repr("accountNumber"))
    authorisation_code: str | None = None
    liability: str | None = None
    mobile_phone_number: str | None = attrs.field(
        default=None, repr=model_field_repr("mobilePhoneNumber")
    )
    operation_code: str | None = None
