# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CrmToken`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CrmToken(Model):
    """The ``CrmToken`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "unique_account_identifier": "uniqueAccountIdentifier",
        "unique_card_identifier": "uniqueCardIdentifier",
    }

    unique_account_identifier: str | None = None
    unique_card_identifier: str | None = None
