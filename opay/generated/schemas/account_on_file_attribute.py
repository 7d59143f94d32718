# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``AccountOnFileAttribute`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class AccountOnFileAttribute(Model):
    """The ``AccountOnFileAttribute`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``must_write_reason``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "key": "key",
        "must_write_reason": "mustWriteReason",
        "status": "status",
        "value": "value",
    }

    key: str | None = attrs.field(default=None, repr=model_field_repr("key"))
    must_write_reason: str | None = None
    """Deprecated by the platform; kept for compatibility."""
    status: str | None = None
    value: str | None = attrs.field(default=None, repr=model_field_repr("value"))
