# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``OtherDetails`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class OtherDetails(Model):
    """The ``OtherDetails`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "meta_data": "metaData",
        "travel_data": "travelData",
    }

    meta_data: str | None = None
    travel_data: str | None = None
