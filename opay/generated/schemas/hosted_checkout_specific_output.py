# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``HostedCheckoutSpecificOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class HostedCheckoutSpecificOutput(Model):
    """The ``HostedCheckoutSpecificOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "hosted_checkout_id": "hostedCheckoutId",
        "variant": "variant",
    }

    hosted_checkout_id: str | None = None
    variant: str | None = None
