# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``ApplePayRecurringPaymentRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.apple_pay_line_item import ApplePayLineItem
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class ApplePayRecurringPaymentRequest(Model):
    """The ``ApplePayRecurringPaymentRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "billing_agreement": "billingAgreement",
        "management_url": "managementUrl",
        "payment_description": "paymentDescription",
        "regular_billing": "regularBilling",
        "trial_billing": "trialBilling",
    }

    billing_agreement: str | None = None
    management_url: str | None = None
    payment_description: str | None = None
    regular_billing: ApplePayLineItem | None = None
    trial_billing: ApplePayLineItem | None = None
