# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``DirectoryEntry`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class DirectoryEntry(Model):
    """The ``DirectoryEntry`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "issuer_id": "issuerId",
        "issuer_list": "issuerList",
        "issuer_name": "issuerName",
    }

    issuer_id: str | None = None
    issuer_list: str | None = None
    issuer_name: str | None = None
