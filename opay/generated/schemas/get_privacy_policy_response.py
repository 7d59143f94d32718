# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``GetPrivacyPolicyResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class GetPrivacyPolicyResponse(Model):
    """The ``GetPrivacyPolicyResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "html_content": "htmlContent",
    }

    html_content: str | None = None
