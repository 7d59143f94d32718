# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CursorPaginationInfo`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CursorPaginationInfo(Model):
    """The ``CursorPaginationInfo`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "has_more": "hasMore",
        "next_cursor": "nextCursor",
    }

    has_more: bool | None = None
    next_cursor: str | None = None
