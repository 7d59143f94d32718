# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``AcquirerSelectionInformation`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class AcquirerSelectionInformation(Model):
    """The ``AcquirerSelectionInformation`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "fallback_level": "fallbackLevel",
        "result": "result",
        "rule_name": "ruleName",
    }

    fallback_level: int | None = None
    result: str | None = None
    rule_name: str | None = None
