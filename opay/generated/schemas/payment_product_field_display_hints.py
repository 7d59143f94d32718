# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProductFieldDisplayHints`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_product_field_form_element import PaymentProductFieldFormElement
from opay.generated.schemas.payment_product_field_tooltip import PaymentProductFieldTooltip
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProductFieldDisplayHints(Model):
    """The ``PaymentProductFieldDisplayHints`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``link``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "always_show": "alwaysShow",
        "display_order": "displayOrder",
        "form_element": "formElement",
        "label": "label",
        "link": "link",
        "mask": "mask",
        "obfuscate": "obfuscate",
        "placeholder_label": "placeholderLabel",
        "preferred_input_type": "preferredInputType",
        "tooltip": "tooltip",
    }

    always_show: bool | None = None
    display_order: int | None = None
    form_element: PaymentProductFieldFormElement | None = None
    label: str | None = None
    link: str | None = None
    """Deprecated by the platform; kept for compatibility."""
    mask: str | None = None
    obfuscate: bool | None = None
    placeholder_label: str | None = None
    preferred_input_type: str | None = None
    tooltip: PaymentProductFieldTooltip | None = None
