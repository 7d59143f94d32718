# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``Pagination`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class Pagination(Model):
    """The ``Pagination`` model of the Online Payments API.

    Platform rules:
    - ``page_size``: at most 1000.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "page": "page",
        "page_size": "pageSize",
    }

    page: int | None = None
    page_size: int | None = None
