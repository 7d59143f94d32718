# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CustomerAccountAuthentication`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CustomerAccountAuthentication(Model):
    """The ``CustomerAccountAuthentication`` model of the Online Payments API.

    Platform rules:
    - ``utc_timestamp``: a timestamp YYYYMMDDHHmm.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "data": "data",
        "method": "method",
        "utc_timestamp": "utcTimestamp",
    }

    data: str | None = None
    method: str | None = None
    utc_timestamp: str | None = None
