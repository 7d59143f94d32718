# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``DpaData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class DpaData(Model):
    """The ``DpaData`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "dpa_name": "dpaName",
    }

    dpa_name: str | None = None
