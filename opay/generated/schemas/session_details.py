# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SessionDetails`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class SessionDetails(Model):
    """The ``SessionDetails`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type",
    }

    id: str | None = None
    type: str | None = None
