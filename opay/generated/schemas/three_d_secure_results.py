# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ThreeDSecureResults`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class ThreeDSecureResults(Model):
    """The ``ThreeDSecureResults`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "acs_transaction_id": "acsTransactionId",
        "applied_exemption": "appliedExemption",
        "authentication_status": "authenticationStatus",
        "cavv": "cavv",
        "challenge_indicator": "challengeIndicator",
        "ds_transaction_id": "dsTransactionId",
        "eci": "eci",
        "exemption_engine_flow": "exemptionEngineFlow",
        "flow": "flow",
        "liability": "liability",
        "scheme_eci": "schemeEci",
        "version": "version",
        "xid": "xid",
    }

    acs_transaction_id: str | None = None
    applied_exemption: str | None = None
    authentication_status: str | None = None
    cavv: str | None = attrs.field(default=None, repr=model_field_repr("cavv"))
    challenge_indicator: str | None = None
    ds_transaction_id: str | None = None
    eci: str | None = None
    exemption_engine_flow: str | None = None
    flow: str | None = None
    liability: str | None = None
    scheme_eci: str | None = None
    version: str | None = None
    xid: str | None = attrs.field(default=None, repr=model_field_repr("xid"))
