# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ExternalTokenLinked`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class ExternalTokenLinked(Model):
    """The ``ExternalTokenLinked`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``gts_computed_token``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "computed_token": "ComputedToken",
        "gts_computed_token": "GTSComputedToken",
        "generated_token": "GeneratedToken",
    }

    computed_token: str | None = attrs.field(default=None, repr=model_field_repr("ComputedToken"))
    gts_computed_token: str | None = attrs.field(
        default=None, repr=model_field_repr("GTSComputedToken")
    )
    """Deprecated by the platform; kept for compatibility."""
    generated_token: str | None = attrs.field(default=None, repr=model_field_repr("GeneratedToken"))
