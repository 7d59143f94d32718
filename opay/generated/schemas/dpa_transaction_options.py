# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``DpaTransactionOptions`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.three_ds_input_data import ThreeDsInputData
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class DpaTransactionOptions(Model):
    """The ``DpaTransactionOptions`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "three_ds_input_data": "threeDsInputData",
    }

    three_ds_input_data: ThreeDsInputData | None = None
