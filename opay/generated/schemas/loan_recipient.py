# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``LoanRecipient`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class LoanRecipient(Model):
    """The ``LoanRecipient`` model of the Online Payments API.

    Platform rules:
    - ``date_of_birth``: a date YYYYMMDD.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "account_number": "accountNumber",
        "date_of_birth": "dateOfBirth",
        "partial_pan": "partialPan",
        "surname": "surname",
        "zip": "zip",
    }

    account_number: str | None = attrs.field(default=None, repr=model_field_repr("accountNumber"))
    date_of_birth: str | None = attrs.field(default=None, repr=model_field_repr("dateOfBirth"))
    partial_pan: str | None = None
    surname: str | None = attrs.field(default=None, repr=model_field_repr("surname"))
    zip: str | None = attrs.field(default=None, repr=model_field_repr("zip"))
