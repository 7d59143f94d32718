# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MobilePaymentMethodSpecificOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.card_fraud_results import CardFraudResults
from opay.generated.schemas.mobile_payment_data import MobilePaymentData
from opay.generated.schemas.three_d_secure_results import ThreeDSecureResults
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class MobilePaymentMethodSpecificOutput(Model):
    """The ``MobilePaymentMethodSpecificOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "authorisation_code": "authorisationCode",
        "fraud_results": "fraudResults",
        "network": "network",
        "payment_data": "paymentData",
        "payment_product_id": "paymentProductId",
        "three_d_secure_results": "threeDSecureResults",
    }

    authorisation_code: str | None = None
    fraud_results: CardFraudResults | None = None
    network: str | None = None
    payment_data: MobilePaymentData | None = attrs.field(
        default=None, repr=model_field_repr("paymentData")
    )
    payment_product_id: int | None = None
    three_d_secure_results: ThreeDSecureResults | None = None
