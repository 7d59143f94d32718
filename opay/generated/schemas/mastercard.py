# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``Mastercard`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.authentication_options import AuthenticationOptions
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class Mastercard(Model):
    """The ``Mastercard`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "authentication_options": "authenticationOptions",
        "src_initiator_id": "srcInitiatorId",
        "srci_dpa_id": "srciDpaId",
    }

    authentication_options: AuthenticationOptions | None = None
    src_initiator_id: str | None = None
    srci_dpa_id: str | None = None
