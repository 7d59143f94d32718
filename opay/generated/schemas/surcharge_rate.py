# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SurchargeRate`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class SurchargeRate(Model):
    """The ``SurchargeRate`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "ad_valorem_rate": "adValoremRate",
        "specific_rate": "specificRate",
        "surcharge_product_type_id": "surchargeProductTypeId",
        "surcharge_product_type_version": "surchargeProductTypeVersion",
    }

    ad_valorem_rate: float | None = None
    specific_rate: int | None = None
    surcharge_product_type_id: str | None = None
    surcharge_product_type_version: str | None = None
