# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``AccountOnFile`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.account_on_file_attribute import AccountOnFileAttribute
from opay.generated.schemas.account_on_file_display_hints import AccountOnFileDisplayHints
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class AccountOnFile(Model):
    """The ``AccountOnFile`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "attributes": "attributes",
        "display_hints": "displayHints",
        "id": "id",
        "payment_product_id": "paymentProductId",
    }

    attributes: list[AccountOnFileAttribute] | None = None
    display_hints: AccountOnFileDisplayHints | None = None
    id: str | None = None
    payment_product_id: int | None = None
