# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ExternalCardholderAuthenticationData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class ExternalCardholderAuthenticationData(Model):
    """The ``ExternalCardholderAuthenticationData`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "acs_transaction_id": "acsTransactionId",
        "applied_exemption": "appliedExemption",
        "cavv": "cavv",
        "cavv_algorithm": "cavvAlgorithm",
        "directory_server_transaction_id": "directoryServerTransactionId",
        "eci": "eci",
        "flow": "flow",
        "scheme_risk_score": "schemeRiskScore",
        "three_d_secure_version": "threeDSecureVersion",
        "xid": "xid",
    }

    acs_transaction_id: str | None = None
    applied_exemption: str | None = None
    cavv: str | None = attrs.field(default=None, repr=model_field_repr("cavv"))
    cavv_algorithm: str | None = None
    directory_server_transaction_id: str | None = None
    eci: int | None = None
    flow: str | None = None
    scheme_risk_score: int | None = None
    three_d_secure_version: str | None = None
    xid: str | None = attrs.field(default=None, repr=model_field_repr("xid"))
