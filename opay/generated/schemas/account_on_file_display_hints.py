# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``AccountOnFileDisplayHints`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.label_template_element import LabelTemplateElement
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class AccountOnFileDisplayHints(Model):
    """The ``AccountOnFileDisplayHints`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "label_template": "labelTemplate",
        "logo": "logo",
    }

    label_template: list[LabelTemplateElement] | None = None
    logo: str | None = None
