# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProductGroup`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.account_on_file import AccountOnFile
from opay.generated.schemas.payment_product_display_hints import PaymentProductDisplayHints
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProductGroup(Model):
    """The ``PaymentProductGroup`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "account_on_file": "accountOnFile",
        "display_hints": "displayHints",
        "display_hints_list": "displayHintsList",
        "id": "id",
    }

    account_on_file: AccountOnFile | None = None
    display_hints: PaymentProductDisplayHints | None = None
    display_hints_list: list[PaymentProductDisplayHints] | None = None
    id: str | None = None
