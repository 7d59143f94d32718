# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PendingAuthentication`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PendingAuthentication(Model):
    """The ``PendingAuthentication`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "polling_url": "pollingUrl",
    }

    polling_url: str | None = None
