# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CreateCertificateResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CreateCertificateResponse(Model):
    """The ``CreateCertificateResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "certificate_id": "certificateId",
        "signed_certificate": "signedCertificate",
    }

    certificate_id: str | None = None
    signed_certificate: str | None = None
