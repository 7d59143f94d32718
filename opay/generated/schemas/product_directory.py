# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ProductDirectory`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.directory_entry import DirectoryEntry
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ProductDirectory(Model):
    """The ``ProductDirectory`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "entries": "entries",
    }

    entries: list[DirectoryEntry] | None = None
