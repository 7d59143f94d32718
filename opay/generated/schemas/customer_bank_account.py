# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CustomerBankAccount`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CustomerBankAccount(Model):
    """The ``CustomerBankAccount`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "account_holder_name": "accountHolderName",
        "bic": "bic",
        "iban": "iban",
    }

    account_holder_name: str | None = attrs.field(
        default=None, repr=model_field_repr("accountHolderName")
    )
    bic: str | None = None
    iban: str | None = attrs.field(default=None, repr=model_field_repr("iban"))
