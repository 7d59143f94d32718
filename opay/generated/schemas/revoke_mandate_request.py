# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RevokeMandateRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RevokeMandateRequest(Model):
    """The ``RevokeMandateRequest`` model of the Online Payments API.

    Platform rules:
    - ``revocation_reason``:
    one of receivedFinal, userAction, obsolescence, refused, revocationAskedByDebitor, revocationAskedByCreditor, deletionAskedByDebitor, deletionAskedByCreditor.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "revocation_reason": "revocationReason",
    }

    revocation_reason: str | None = None
