# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RedirectionData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RedirectionData(Model):
    """The ``RedirectionData`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "return_url": "returnUrl",
    }

    return_url: str | None = None
