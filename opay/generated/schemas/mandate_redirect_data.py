# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MandateRedirectData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class MandateRedirectData(Model):
    """The ``MandateRedirectData`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "returnmac": "RETURNMAC",
        "redirect_url": "redirectURL",
    }

    returnmac: str | None = None
    redirect_url: str | None = None
