# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ShoppingCartExtension`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True, frozen=True)
class ShoppingCartExtension(Model):
    """The ``ShoppingCartExtension`` model of the Online Payments API.

    Immutable: every property is set when it is created.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "creator": "creator",
        "extension_id": "extensionId",
        "name": "name",
        "version": "version",
    }

    creator: str
    name: str
    version: str
    extension_id: str | None = None
