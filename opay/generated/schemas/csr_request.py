# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CsrRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CsrRequest(Model):
    """The ``CsrRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "csr": "csr",
    }

    csr: str | None = None
