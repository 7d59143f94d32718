# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProductFieldTooltip`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProductFieldTooltip(Model):
    """The ``PaymentProductFieldTooltip`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``image``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "image": "image",
        "label": "label",
    }

    image: str | None = None
    """Deprecated by the platform; kept for compatibility."""
    label: str | None = None
