# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``Visa`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.visa_authentication_options import VisaAuthenticationOptions
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class Visa(Model):
    """The ``Visa`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "authentication_options": "authenticationOptions",
        "encryption_key": "encryptionKey",
        "n_modulus": "nModulus",
        "src_initiator_id": "srcInitiatorId",
        "srci_dpa_id": "srciDpaId",
    }

    authentication_options: VisaAuthenticationOptions | None = None
    encryption_key: str | None = attrs.field(default=None, repr=model_field_repr("encryptionKey"))
    n_modulus: str | None = None
    src_initiator_id: str | None = None
    srci_dpa_id: str | None = None
