# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SurchargeForPaymentLink`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class SurchargeForPaymentLink(Model):
    """The ``SurchargeForPaymentLink`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "surcharge_mode": "surchargeMode",
    }

    surcharge_mode: str | None = None
