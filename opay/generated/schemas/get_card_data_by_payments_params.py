# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``GetCardDataByPaymentsParams`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class GetCardDataByPaymentsParams(Model):
    """Query parameters of ``get_card_data_by_payments``."""

    _json_names: ClassVar[dict[str, str]] = {
        "payments": "payments",
    }

    payments: list[str] | None = None
