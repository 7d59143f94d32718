# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProductNetworksResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProductNetworksResponse(Model):
    """The ``PaymentProductNetworksResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "networks": "networks",
    }

    networks: list[str] | None = None
