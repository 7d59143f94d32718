"""parse_response: success models, the status/error-body to exception table, idempotence."""

from __future__ import annotations

import json
from typing import Any

import pytest

from opay import models
from opay.call import Call
from opay.context import CallContext
from opay.exceptions import (
    ApiException,
    AuthorizationException,
    CommunicationException,
    DeclinedPaymentException,
    DeclinedPayoutException,
    DeclinedRefundException,
    IdempotenceException,
    NotFoundException,
    PlatformException,
    ReferenceException,
    ValidationException,
)
from opay.operation import Operation, PathParam
from opay.response import parse_response
from opay.transport import Response

MERCHANT = PathParam("merchantId", "merchant_id", bound_by="merchant")


def _operation(
    error_model: str = "ErrorResponse", response_model: str | None = "CreatePaymentResponse"
) -> Operation:
    return Operation(
        operation_id="create_payment",
        tag="payments",
        method="POST",
        path="/v2/{merchantId}/payments",
        path_params=(MERCHANT,),
        body_model="CreatePaymentRequest",
        response_model=response_model,
        error_model=error_model,
    )


JSON = (("Content-Type", "application/json"),)
PROBLEM_JSON = (("Content-Type", "application/problem+json"),)


def _json_response(status: int, body: Any, headers: tuple[tuple[str, str], ...] = JSON) -> Response:
    return Response(status, headers, json.dumps(body).encode())


# ---------------------------------------------------------------- success


def test_success_body_parsed_into_response_model() -> None:
    body = {"payment": {"id": "pay-1", "status": "CAPTURED"}, "someFutureField": 1}
    result = parse_response(Call(_operation()), _json_response(201, body))
    assert isinstance(result, models.CreatePaymentResponse)
    assert result.payment is not None
    assert result.payment.id == "pay-1"
    assert result.payment.status == "CAPTURED"


def test_success_without_response_model_is_none() -> None:
    assert (
        parse_response(Call(_operation(response_model=None)), _json_response(200, {"a": 1})) is None
    )


@pytest.mark.parametrize(
    "response", [Response(204, (), b""), Response(200, JSON, b""), Response(200, JSON, b"{}")]
)
def test_success_of_an_operation_without_response_model_is_none(response: Response) -> None:
    assert parse_response(Call(_operation(response_model=None)), response) is None


@pytest.mark.parametrize(
    "response",
    [
        Response(204, (), b""),
        Response(200, JSON, b""),
        Response(201, JSON, b" \n"),
        Response(202, (), b"\r\n\t"),
    ],
)
def test_an_empty_success_body_where_a_model_is_due_is_a_communication_error(
    response: Response,
) -> None:
    with pytest.raises(CommunicationException, match="empty body") as info:
        parse_response(Call(_operation()), response)
    assert info.value.may_have_taken_effect is True
    assert info.value.may_have_reached_platform is True
    assert f"HTTP {response.status}" in str(info.value)
    assert "CreatePaymentResponse" in str(info.value)


@pytest.mark.parametrize("body", [b"<html>ok</html>", b'{"payment": ', b"[1, 2]", b'"text"'])
def test_success_body_that_is_not_the_model_is_communication_error(body: bytes) -> None:
    with pytest.raises(
        CommunicationException,
        match=r"HTTP 200 response body is not valid JSON for CreatePaymentResponse",
    ):
        parse_response(Call(_operation()), Response(200, JSON, body))


# ---------------------------------------------------------------- idempotence timestamp


def test_idempotence_timestamp_set_from_header() -> None:
    ctx = CallContext("key-1")
    headers = (*JSON, ("X-GCS-Idempotence-Request-Timestamp", "1717682400123"))
    parse_response(Call(_operation(), context=ctx), _json_response(201, {}, headers))
    assert ctx.idempotence_request_timestamp == 1717682400123


def test_idempotence_timestamp_cleared_when_absent_or_malformed() -> None:
    ctx = CallContext("key-1", idempotence_request_timestamp=5)
    parse_response(Call(_operation(), context=ctx), _json_response(201, {}))
    assert ctx.idempotence_request_timestamp is None
    headers = (*JSON, ("x-gcs-idempotence-request-timestamp", "soon"))
    parse_response(Call(_operation(), context=ctx), _json_response(201, {}, headers))
    assert ctx.idempotence_request_timestamp is None


def test_idempotence_timestamp_set_on_errors_too() -> None:
    ctx = CallContext("key-1")
    headers = (*JSON, ("X-GCS-Idempotence-Request-Timestamp", "42"))
    with pytest.raises(ValidationException):
        parse_response(
            Call(_operation(), context=ctx),
            _json_response(400, {"errorId": "e", "errors": [{"code": "21000020"}]}, headers),
        )
    assert ctx.idempotence_request_timestamp == 42


# ---------------------------------------------------------------- exception table

STATUSES = (400, 402, 403, 404, 409, 410, 500, 502, 503)
BY_STATUS: dict[int, type[ApiException]] = {
    400: ValidationException,
    402: ApiException,
    403: AuthorizationException,
    404: ReferenceException,
    409: ReferenceException,
    410: ReferenceException,
    500: PlatformException,
    502: PlatformException,
    503: PlatformException,
}
RESULT_FIELD = {
    "PaymentErrorResponse": ("paymentResult", DeclinedPaymentException),
    "RefundErrorResponse": ("refundResult", DeclinedRefundException),
    "PayoutErrorResponse": ("payoutResult", DeclinedPayoutException),
}
ERROR_MODELS = (
    "ErrorResponse",
    "PaymentErrorResponse",
    "RefundErrorResponse",
    "PayoutErrorResponse",
    "ProblemDetailsResponse",
)
RESULT_BODIES = {
    "paymentResult": {"payment": {"id": "pay-9", "status": "REJECTED"}},
    "refundResult": {"id": "ref-9", "status": "REJECTED"},
    "payoutResult": {"id": "out-9", "status": "REJECTED"},
}


def _error_body(model: str, status: int, with_result: bool) -> dict[str, Any]:
    if model == "ProblemDetailsResponse":
        return {
            "type": "about:blank",
            "title": "Bad thing",
            "detail": "It went wrong",
            "status": status,
            "instance": "urn:err:1",
        }
    body: dict[str, Any] = {
        "errorId": "err-1",
        "errors": [
            {
                "code": "9999",
                "errorCode": "50001111",
                "message": "It went wrong",
                "httpStatusCode": status,
            }
        ],
    }
    if with_result:
        field = RESULT_FIELD[model][0]
        body[field] = RESULT_BODIES[field]
    return body


TABLE = [
    (status, model, with_result)
    for status in STATUSES
    for model in ERROR_MODELS
    for with_result in ((False, True) if model in RESULT_FIELD else (False,))
]


@pytest.mark.parametrize(("status", "model", "with_result"), TABLE, ids=lambda v: str(v))
def test_exception_table(status: int, model: str, with_result: bool) -> None:
    body = _error_body(model, status, with_result)
    headers = PROBLEM_JSON if model == "ProblemDetailsResponse" else JSON
    response = _json_response(status, body, headers)
    expected = RESULT_FIELD[model][1] if with_result else BY_STATUS[status]

    with pytest.raises(ApiException) as info:
        parse_response(Call(_operation(model), context=CallContext()), response)
    exc = info.value
    assert type(exc) is expected
    assert exc.status_code == status
    assert exc.response_body == response.body.decode()
    assert exc.errors, "a JSON error always carries at least one APIError"
    assert str(status) in str(exc)
    if model == "ProblemDetailsResponse":
        assert exc.error_id == "urn:err:1"
        assert exc.errors[0].message == "It went wrong"
        assert exc.errors[0].id == "Bad thing"
        assert exc.errors[0].http_status_code == status
    else:
        assert exc.error_id == "err-1"
        assert exc.errors[0].error_code == "50001111"
        assert exc.errors[0].message == "It went wrong"
    if isinstance(exc, DeclinedPaymentException):
        assert exc.create_payment_result is not None
        assert exc.create_payment_result.payment is not None
        assert exc.create_payment_result.payment.id == "pay-9"
    if isinstance(exc, DeclinedRefundException):
        assert exc.refund_result is not None
        assert exc.refund_result.id == "ref-9"
    if isinstance(exc, DeclinedPayoutException):
        assert exc.payout_result is not None
        assert exc.payout_result.id == "out-9"


def test_problem_details_without_detail_uses_title() -> None:
    response = _json_response(404, {"title": "Session not found"}, PROBLEM_JSON)
    with pytest.raises(ReferenceException) as info:
        parse_response(Call(_operation("ProblemDetailsResponse")), response)
    assert info.value.errors[0].message == "Session not found"
    assert info.value.errors[0].http_status_code == 404


def test_json_error_body_without_json_content_type_is_still_an_api_error() -> None:
    response = _json_response(
        400, {"errorId": "e", "errors": [{"code": "1"}]}, (("Content-Type", "text/plain"),)
    )
    with pytest.raises(ValidationException):
        parse_response(Call(_operation()), response)


# ---------------------------------------------------------------- idempotence in progress


def _conflict(code_field: str, code: str) -> Response:
    headers = (*JSON, ("X-GCS-Idempotence-Request-Timestamp", "1717682400000"))
    return _json_response(
        409, {"errorId": "e409", "errors": [{code_field: code, "message": "in progress"}]}, headers
    )


@pytest.mark.parametrize(("field", "code"), [("code", "1409"), ("errorCode", "30001002")])
def test_idempotence_in_progress(field: str, code: str) -> None:
    ctx = CallContext("order-42")
    with pytest.raises(IdempotenceException) as info:
        parse_response(
            Call(_operation("PaymentErrorResponse"), context=ctx), _conflict(field, code)
        )
    exc = info.value
    assert exc.idempotence_key == "order-42"
    assert exc.idempotence_request_timestamp == 1717682400000
    assert ctx.idempotence_request_timestamp == 1717682400000
    assert exc.status_code == 409
    assert isinstance(exc, ApiException)


@pytest.mark.parametrize("ctx", [None, CallContext()])
def test_idempotence_code_without_key_is_reference_error(ctx: CallContext | None) -> None:
    with pytest.raises(ReferenceException) as info:
        parse_response(Call(_operation(), context=ctx), _conflict("code", "1409"))
    assert type(info.value) is ReferenceException


def test_other_conflict_with_key_is_reference_error() -> None:
    with pytest.raises(ReferenceException) as info:
        parse_response(
            Call(_operation(), context=CallContext("order-42")), _conflict("code", "300450")
        )
    assert type(info.value) is ReferenceException


# ---------------------------------------------------------------- bodies that are not API errors


def test_non_json_404_is_not_found() -> None:
    response = Response(404, (("Content-Type", "text/html"),), b"<html>Not Found</html>")
    with pytest.raises(NotFoundException) as info:
        parse_response(Call(_operation()), response)
    assert info.value.status_code == 404
    assert info.value.response_body == "<html>Not Found</html>"
    assert "text/html" in str(info.value)


@pytest.mark.parametrize("status", [302, 400, 500, 502, 503])
def test_non_json_error_is_communication_error(status: int) -> None:
    response = Response(status, (("Content-Type", "text/html"),), b"<html>Bad Gateway</html>")
    with pytest.raises(CommunicationException) as info:
        parse_response(Call(_operation()), response)
    assert type(info.value) is CommunicationException
    assert f"HTTP {status}" in str(info.value)
    assert "text/html" in str(info.value)
    assert "Bad Gateway" in str(info.value)


def test_empty_error_body_is_communication_error() -> None:
    with pytest.raises(
        CommunicationException, match=r"HTTP 502 with an empty body \(no content type\)"
    ):
        parse_response(Call(_operation()), Response(502, (), b""))


@pytest.mark.parametrize("body", [b"not json", b"[1]", b'{"errors": '])
def test_json_content_type_with_invalid_body_is_communication_error(body: bytes) -> None:
    with pytest.raises(CommunicationException, match="not JSON"):
        parse_response(Call(_operation()), Response(500, JSON, body))


def test_communication_error_message_is_truncated_and_scrubbed() -> None:
    body = ("card 4111111111111111 " + "x" * 10_000).encode()
    with pytest.raises(CommunicationException) as info:
        parse_response(Call(_operation()), Response(500, (("Content-Type", "text/plain"),), body))
    message = str(info.value)
    assert "4111111111111111" not in message
    assert len(message) < 600


def test_response_body_text_replaces_invalid_utf8() -> None:
    body = b'{"errorId": "e", "errors": [{"message": "caf\xe9"}]}'
    with pytest.raises(ValidationException) as info:
        parse_response(Call(_operation()), Response(400, JSON, body))
    assert info.value.response_body == body.decode("utf-8", errors="replace")


def test_every_generated_operation_names_existing_models() -> None:
    from opay.operations import OPERATIONS

    for operation in OPERATIONS.values():
        body = {"errorId": "e", "errors": [{"code": "1", "message": "m"}]}
        with pytest.raises(ApiException) as info:
            parse_response(Call(operation), _json_response(400, body))
        assert type(info.value) is ValidationException, operation.operation_id
        assert info.value.errors, operation.operation_id
        result = parse_response(Call(operation), _json_response(200, {}))
        if operation.response_model is None:
            assert result is None
        else:
            assert type(result).__name__ == operation.response_model
