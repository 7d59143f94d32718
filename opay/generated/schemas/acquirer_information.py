# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``AcquirerInformation`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.acquirer_selection_information import AcquirerSelectionInformation
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class AcquirerInformation(Model):
    """The ``AcquirerInformation`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "acquirer_selection_information": "acquirerSelectionInformation",
        "name": "name",
    }

    acquirer_selection_information: AcquirerSelectionInformation | None = None
    name: str | None = None
