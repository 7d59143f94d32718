# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``GetPrivacyPolicyParams`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class GetPrivacyPolicyParams(Model):
    """Query parameters of ``get_privacy_policy``."""

    _json_names: ClassVar[dict[str, str]] = {
        "locale": "locale",
        "payment_product_id": "paymentProductId",
    }

    locale: str | None = None
    payment_product_id: int | None = None
