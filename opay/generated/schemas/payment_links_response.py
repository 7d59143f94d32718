# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentLinksResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_link_response import PaymentLinkResponse
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentLinksResponse(Model):
    """The ``PaymentLinksResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "payment_links": "PaymentLinks",
    }

    payment_links: list[PaymentLinkResponse] | None = None
