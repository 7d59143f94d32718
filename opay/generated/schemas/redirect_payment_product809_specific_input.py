# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RedirectPaymentProduct809SpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RedirectPaymentProduct809SpecificInput(Model):
    """The ``RedirectPaymentProduct809SpecificInput`` model of the Online Payments API.

    Deprecated by the platform; kept for compatibility.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "issuer_id": "issuerId",
    }

    issuer_id: str | None = None
