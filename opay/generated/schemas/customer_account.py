# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CustomerAccount`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.customer_account_authentication import CustomerAccountAuthentication
from opay.generated.schemas.customer_payment_activity import CustomerPaymentActivity
from opay.generated.schemas.payment_account_on_file import PaymentAccountOnFile
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CustomerAccount(Model):
    """The ``CustomerAccount`` model of the Online Payments API.

    Platform rules:
    - ``change_date``: a date YYYYMMDD.
    - ``create_date``: a date YYYYMMDD.
    - ``password_change_date``: a date YYYYMMDD.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authentication": "authentication",
        "change_date": "changeDate",
        "changed_during_checkout": "changedDuringCheckout",
        "create_date": "createDate",
        "had_suspicious_activity": "hadSuspiciousActivity",
        "password_change_date": "passwordChangeDate",
        "password_changed_during_checkout": "passwordChangedDuringCheckout",
        "payment_account_on_file": "paymentAccountOnFile",
        "payment_activity": "paymentActivity",
    }

    authentication: CustomerAccountAuthentication | None = None
    change_date: str | None = None
    changed_during_checkout: bool | None = None
    create_date: str | None = None
    had_suspicious_activity: bool | None = None
    password_change_date: str | None = None
    password_changed_during_checkout: bool | None = None
    payment_account_on_file: PaymentAccountOnFile | None = None
    payment_activity: CustomerPaymentActivity | None = None
