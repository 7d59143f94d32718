# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentLinkOverviewEntry`` model (see :mod:`opay.models`)."""

import datetime
from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentLinkOverviewEntry(Model):
    """The ``PaymentLinkOverviewEntry`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "amount": "amount",
        "created_by": "createdBy",
        "creation_date": "creationDate",
        "expiration_date": "expirationDate",
        "is_reusable_link": "isReusableLink",
        "merchant_id": "merchantId",
        "merchant_reference": "merchantReference",
        "payment_link_id": "paymentLinkId",
        "redirection_url": "redirectionUrl",
        "status": "status",
    }

    amount: AmountOfMoney | None = None
    created_by: str | None = None
    creation_date: datetime.datetime | None = None
    expiration_date: datetime.datetime | None = None
    is_reusable_link: bool | None = None
    merchant_id: str | None = None
    merchant_reference: str | None = None
    payment_link_id: str | None = None
    redirection_url: str | None = None
    status: str | None = None
