# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``TokenEWallet`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.customer_token import CustomerToken
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class TokenEWallet(Model):
    """The ``TokenEWallet`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``alias``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "alias": "alias",
        "customer": "customer",
    }

    alias: str | None = None
    """Deprecated by the platform; kept for compatibility."""
    customer: CustomerToken | None = None
