# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct840CustomerAccount`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class PaymentProduct840CustomerAccount(Model):
    """The ``PaymentProduct840CustomerAccount`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "account_id": "accountId",
        "company_name": "companyName",
        "country_code": "countryCode",
        "customer_account_status": "customerAccountStatus",
        "customer_address_status": "customerAddressStatus",
        "first_name": "firstName",
        "payer_id": "payerId",
        "surname": "surname",
    }

    account_id: str | None = None
    company_name: str | None = None
    country_code: str | None = None
    customer_account_status: str | None = None
    customer_address_status: str | None = None
    first_name: str | None = attrs.field(default=None, repr=model_field_repr("firstName"))
    payer_id: str | None = None
    surname: str | None = attrs.field(default=None, repr=model_field_repr("surname"))
