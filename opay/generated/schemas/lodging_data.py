# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``LodgingData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class LodgingData(Model):
    """The ``LodgingData`` model of the Online Payments API.

    Platform rules:
    - ``check_in_date``: a date YYYYMMDD.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "check_in_date": "checkInDate",
    }

    check_in_date: str | None = None
