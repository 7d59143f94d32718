# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RedirectPaymentProduct5300SpecificInput`` model (see :mod:`opay.models`)."""

import datetime
from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class RedirectPaymentProduct5300SpecificInput(Model):
    """The ``RedirectPaymentProduct5300SpecificInput`` model of the Online Payments API.

    Platform rules:
    - ``second_installment_payment_date``: a date YYYYMMDD.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "birth_city": "birthCity",
        "birth_country": "birthCountry",
        "birth_zip_code": "birthZipCode",
        "channel": "channel",
        "loyalty_card_number": "loyaltyCardNumber",
        "second_installment_payment_date": "secondInstallmentPaymentDate",
        "session_duration": "sessionDuration",
        "title": "title",
        "transaction_expiration_date_time": "transactionExpirationDateTime",
    }

    birth_city: str | None = attrs.field(default=None, repr=model_field_repr("birthCity"))
    birth_country: str | None = None
    birth_zip_code: str | None = attrs.field(default=None, repr=model_field_repr("birthZipCode"))
    channel: str | None = None
    loyalty_card_number: str | None = attrs.field(
        default=None, repr=model_field_repr("loyaltyCardNumber")
    )
    second_installment_payment_date: str | None = None
    session_duration: int | None = None
    title: str | None = None
    transaction_expiration_date_time: datetime.datetime | None = None
