# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SubmitBatchRequestBody`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.batch_metadata import BatchMetadata
from opay.generated.schemas.cancel_payment_batch_request import CancelPaymentBatchRequest
from opay.generated.schemas.capture_payment_batch_request import CapturePaymentBatchRequest
from opay.generated.schemas.create_payment_link_request import CreatePaymentLinkRequest
from opay.generated.schemas.create_payment_request import CreatePaymentRequest
from opay.generated.schemas.create_payout_request import CreatePayoutRequest
from opay.generated.schemas.refund_payment_batch_request import RefundPaymentBatchRequest
from opay.generated.schemas.subsequent_payment_batch_request import SubsequentPaymentBatchRequest
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class SubmitBatchRequestBody(Model):
    """The ``SubmitBatchRequestBody`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "cancel_payments": "cancelPayments",
        "capture_payments": "capturePayments",
        "create_payment_links": "createPaymentLinks",
        "create_payments": "createPayments",
        "create_payouts": "createPayouts",
        "header": "header",
        "refund_payments": "refundPayments",
        "subsequent_payments": "subsequentPayments",
    }

    cancel_payments: list[CancelPaymentBatchRequest] | None = None
    capture_payments: list[CapturePaymentBatchRequest] | None = None
    create_payment_links: list[CreatePaymentLinkRequest] | None = None
    create_payments: list[CreatePaymentRequest] | None = None
    create_payouts: list[CreatePayoutRequest] | None = None
    header: BatchMetadata | None = None
    refund_payments: list[RefundPaymentBatchRequest] | None = None
    subsequent_payments: list[SubsequentPaymentBatchRequest] | None = None
