# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MobileThreeDSecureChallengeParameters`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class MobileThreeDSecureChallengeParameters(Model):
    """The ``MobileThreeDSecureChallengeParameters`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "acs_reference_number": "acsReferenceNumber",
        "acs_signed_content": "acsSignedContent",
        "acs_transaction_id": "acsTransactionId",
        "three_d_server_transaction_id": "threeDServerTransactionId",
    }

    acs_reference_number: str | None = None
    acs_signed_content: str | None = None
    acs_transaction_id: str | None = None
    three_d_server_transaction_id: str | None = None
