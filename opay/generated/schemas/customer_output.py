# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CustomerOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.customer_device_output import CustomerDeviceOutput
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CustomerOutput(Model):
    """The ``CustomerOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "device": "device",
    }

    device: CustomerDeviceOutput | None = None
