"""End to end over a real socket: Client -> urllib3 -> a recording server on 127.0.0.1.

Every operation of the API is called once, driven by the operation table, and checked on the
wire: method, path, query string, JSON body and a signature the server recomputes.
"""

from __future__ import annotations

import base64
import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from recording_server import RecordedRequest, RecordingServer

import opay
import opay.models
from opay import signing
from opay.client import AsyncClient, Client
from opay.context import CallContext
from opay.exceptions import (
    ApiException,
    AuthorizationException,
    CommunicationException,
    DeclinedPaymentException,
    DeclinedPayoutException,
    DeclinedRefundException,
    NotFoundException,
    PlatformException,
    ReferenceException,
    ValidationException,
)
from opay.operation import Operation
from opay.operations import OPERATIONS
from opay.retry import RetryPolicy
from opay.transport import Request, Response
from opay_transports.urllib3 import Urllib3Transport

KEY_ID = "5e45c937b9db33ae"
SECRET = "I42Zf4pVnRdroHfuHnRiJjJ2B6+22h0yQt/R3nZR8Xg="
MERCHANT = "merchant-1"

SCHEMAS: dict[str, Any] = json.loads(
    (Path(opay.__file__).parent / "openapi.json").read_text(encoding="utf-8")
)["components"]["schemas"]


# -- sample values generated from the API description -------------------------------------


def _sample_value(schema: dict[str, Any], depth: int) -> Any:
    if "$ref" in schema:
        return sample_body(schema["$ref"].rsplit("/", 1)[-1], depth + 1)
    kind = schema.get("type")
    if kind == "string" and "format" not in schema:
        return schema["enum"][0] if "enum" in schema else "text-1"
    if kind == "integer":
        return 42
    if kind == "boolean":
        return True
    if kind == "array":
        item = _sample_value(schema.get("items", {}), depth)
        return None if item is None else [item]
    return None


def sample_body(model: str, depth: int = 0) -> dict[str, Any] | None:
    """A small JSON object for ``model``: one property per level, scalars preferred."""
    if depth > 4:
        return None
    props = SCHEMAS[model].get("properties", {})
    ordered = sorted(props.items(), key=lambda item: ("$ref" in item[1], item[0]))
    for name, schema in ordered:
        if schema.get("deprecated"):
            continue
        value = _sample_value(schema, depth)
        if value is not None:
            return {name: value}
    return None


def _query_value(kind: str, item_type: str | None) -> Any:
    return {"string": "NL", "integer": 7, "boolean": True, "number": 1.5}.get(
        kind, ["a1", "b2"] if item_type == "string" else [1, 2]
    )


def _wire(value: Any, serialization: dict[str, str]) -> str:
    text = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return serialization.get(text, text)


def call_plan(op: Operation) -> tuple[list[Any], str, Any, list[tuple[str, str]]]:
    """Arguments for the resource method, and the path, query pairs and body expected."""
    args: list[Any] = []
    path = op.path
    for param in op.path_params:
        if param.bound_by == "merchant":
            value: Any = MERCHANT
        else:
            value = 3 if param.type == "integer" else f"{param.name}-9"
            args.append(value)
        path = path.replace("{" + param.name + "}", str(value))
    body = None
    if op.body_model is not None:
        body = sample_body(op.body_model) or {}
        args.append(getattr(opay.models, op.body_model).from_dictionary(body))
    pairs: list[tuple[str, str]] = []
    if op.query_class is not None:
        values: dict[str, Any] = {}
        for q in op.query_params:
            if q.deprecated:
                continue
            value = _query_value(q.type, q.item_type)
            values[q.python_name] = value
            items = value if isinstance(value, list) else [value]
            pairs += [(q.name, _wire(item, dict(q.serialization))) for item in items]
        args.append(getattr(opay.models, op.query_class)(**values))
    return args, path, body, pairs


def assert_signed(seen: RecordedRequest, secret: str = SECRET) -> None:
    authorization = seen.header("Authorization")
    assert authorization is not None
    key_id, received = signing.parse_authorization(authorization)
    assert key_id == KEY_ID
    expected = signing.signature(
        signing.string_to_sign(seen.method, seen.target, seen.headers), secret
    )
    assert signing.signatures_match(received, expected)
    assert seen.header("Date")
    assert seen.header("X-GCS-ServerMetaInfo")


def sent_json(seen: RecordedRequest) -> Any:
    body = seen.body
    if (seen.header("Content-Encoding") or "").lower() == "gzip":
        body = gzip.decompress(body)
    return json.loads(body)


# -- fixtures ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as running:
        yield running


@pytest.fixture(scope="module")
def client(server: RecordingServer) -> Iterator[Client]:
    transport = Urllib3Transport(max_connections=2)
    with Client(
        server.url, KEY_ID, SECRET, integrator="e2e", transport=transport, retry=RetryPolicy.off()
    ) as made:
        yield made


@pytest.fixture(autouse=True)
def _nothing_left_over(server: RecordingServer) -> Iterator[None]:
    yield
    assert server.pending() == 0, "a request was sent that the test did not check"


# -- every operation -----------------------------------------------------------------------


def _respond_for(server: RecordingServer, op: Operation) -> dict[str, Any] | None:
    if op.response_model is None:
        server.respond(204)
        return None
    answer = sample_body(op.response_model) or {}
    server.respond(200 if op.method == "GET" else 201, answer)
    return answer


def _check_wire(server: RecordingServer, op: Operation, path: str, body: Any, pairs: Any) -> None:
    seen = server.take()
    assert seen.method == op.method
    assert seen.path == path
    assert sorted(seen.query_pairs) == sorted(pairs)
    if op.body_model is None:
        assert seen.body == b""
    else:
        assert seen.header("Content-Type") == "application/json"
        assert sent_json(seen) == body
    assert_signed(seen)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_on_the_wire(
    server: RecordingServer, client: Client, operation_id: str
) -> None:
    op = OPERATIONS[operation_id]
    args, path, body, pairs = call_plan(op)
    answer = _respond_for(server, op)
    resource = getattr(client.merchant(MERCHANT), op.tag)()
    result = getattr(resource, op.operation_id)(*args)
    if answer is None:
        assert result is None
    else:
        assert type(result).__name__ == op.response_model
        assert result.to_dictionary() == answer
    _check_wire(server, op, path, body, pairs)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
async def test_every_operation_async(server: RecordingServer, operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    args, path, body, pairs = call_plan(op)
    answer = _respond_for(server, op)
    async with AsyncClient(
        server.url, KEY_ID, SECRET, integrator="e2e", retry=RetryPolicy.off()
    ) as async_client:
        resource = getattr(async_client.merchant(MERCHANT), op.tag)()
        result = await getattr(resource, op.operation_id)(*args)
    if answer is None:
        assert result is None
    else:
        assert result.to_dictionary() == answer
    _check_wire(server, op, path, body, pairs)


def test_dict_bodies_are_accepted(server: RecordingServer, client: Client) -> None:
    server.respond(201, {"payment": {"id": "p-1"}})
    body = {"order": {"amountOfMoney": {"amount": 100, "currencyCode": "EUR"}}}
    result = client.merchant(MERCHANT).payments().create_payment(body)
    assert result.payment is not None and result.payment.id == "p-1"
    assert sent_json(server.take()) == body


# -- error statuses and error bodies -------------------------------------------------------

EXPECTED_BY_STATUS: dict[int, type[ApiException]] = {
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

API_ERROR = {
    "category": "PAYMENT_PLATFORM_ERROR",
    "code": "9999",
    "errorCode": "50001234",
    "id": "SOME_ERROR",
    "message": "something is wrong",
    "propertyName": "order.amountOfMoney.amount",
    "retriable": False,
}

# error model -> (operation that declares it, extra body property, exception it forces)
ERROR_MODELS: dict[str, tuple[str, dict[str, Any], type[ApiException] | None]] = {
    "ErrorResponse": ("get_payment", {}, None),
    "PaymentErrorResponse": ("create_payment", {}, None),
    "PaymentErrorResponse+paymentResult": (
        "create_payment",
        {"paymentResult": {"payment": {"id": "p-declined", "status": "REJECTED"}}},
        DeclinedPaymentException,
    ),
    "RefundErrorResponse": ("refund_payment", {}, None),
    "RefundErrorResponse+refundResult": (
        "refund_payment",
        {"refundResult": {"id": "r-declined", "status": "REJECTED"}},
        DeclinedRefundException,
    ),
    "PayoutErrorResponse": ("create_payout", {}, None),
    "PayoutErrorResponse+payoutResult": (
        "create_payout",
        {"payoutResult": {"id": "po-declined", "status": "REJECTED"}},
        DeclinedPayoutException,
    ),
}


def _call(client: Client, op: Operation) -> Any:
    args = call_plan(op)[0]
    return getattr(getattr(client.merchant(MERCHANT), op.tag)(), op.operation_id)(*args)


@pytest.mark.parametrize("status", sorted(EXPECTED_BY_STATUS))
@pytest.mark.parametrize("variant", sorted(ERROR_MODELS))
def test_error_bodies_raise_documented_exceptions(
    server: RecordingServer, client: Client, variant: str, status: int
) -> None:
    operation_id, extra, forced = ERROR_MODELS[variant]
    op = OPERATIONS[operation_id]
    assert op.error_model == variant.split("+")[0]
    body = {"errorId": "err-77", "errors": [{**API_ERROR, "httpStatusCode": status}], **extra}
    server.respond(status, body)
    with pytest.raises(ApiException) as info:
        _call(client, op)
    server.take()
    exc = info.value
    assert type(exc) is (forced or EXPECTED_BY_STATUS[status])
    assert exc.status_code == status
    assert exc.error_id == "err-77"
    assert json.loads(exc.response_body) == body
    [error] = exc.errors
    assert (error.code, error.error_code, error.id) == ("9999", "50001234", "SOME_ERROR")
    assert (error.property_name, error.message) == (
        "order.amountOfMoney.amount",
        "something is wrong",
    )
    assert error.http_status_code == status
    if isinstance(exc, DeclinedPaymentException):
        declined = exc.create_payment_result
        assert declined is not None and declined.payment is not None
        assert declined.payment.id == "p-declined"
    if isinstance(exc, DeclinedRefundException):
        assert exc.refund_result is not None and exc.refund_result.id == "r-declined"
    if isinstance(exc, DeclinedPayoutException):
        assert exc.payout_result is not None and exc.payout_result.id == "po-declined"


@pytest.mark.parametrize("status", sorted(EXPECTED_BY_STATUS))
def test_problem_details_error_body(server: RecordingServer, client: Client, status: int) -> None:
    [op] = [o for o in OPERATIONS.values() if o.error_model == "ProblemDetailsResponse"]
    problem = {
        "type": "about:blank",
        "title": "Bad",
        "status": status,
        "detail": "it broke",
        "instance": "/x/1",
    }
    server.respond(status, problem, content_type="application/problem+json")
    with pytest.raises(ApiException) as info:
        _call(client, op)
    server.take()
    exc = info.value
    assert type(exc) is EXPECTED_BY_STATUS[status]
    assert exc.status_code == status
    assert exc.errors and exc.errors[0].message == "it broke"


def test_non_json_errors(server: RecordingServer, client: Client) -> None:
    payments = client.merchant(MERCHANT).payments()
    server.respond(404, body=b"<html>no such page</html>", content_type="text/html")
    with pytest.raises(NotFoundException):
        payments.get_payment("p-1")
    server.respond(502, body=b"Bad Gateway", content_type="text/plain")
    with pytest.raises(CommunicationException):
        payments.get_payment("p-1")
    server.take()
    server.take()


# -- client behaviour ----------------------------------------------------------------------


def test_client_meta_info_is_sent_and_signed(server: RecordingServer, client: Client) -> None:
    meta = json.dumps({"deviceType": "desktop", "locale": "nl_NL"})
    with_meta = client.with_client_meta_info(meta)
    assert with_meta.communicator is client.communicator
    server.respond(200, {"id": "p-1"})
    with_meta.merchant(MERCHANT).payments().get_payment("p-1")
    seen = server.take()
    assert base64.b64decode(seen.header("X-GCS-ClientMetaInfo") or "").decode() == meta
    assert_signed(seen)
    server.respond(200, {"id": "p-1"})
    client.merchant(MERCHANT).payments().get_payment("p-1")
    assert server.take().header("X-GCS-ClientMetaInfo") is None


def test_client_meta_info_must_be_json(client: Client) -> None:
    with pytest.raises(ValueError, match="JSON"):
        client.with_client_meta_info("{not json")


@pytest.mark.parametrize("merchant_id", ["", "   "])
def test_empty_merchant_id(client: Client, merchant_id: str) -> None:
    with pytest.raises(ValueError, match="merchant_id"):
        client.merchant(merchant_id)


def test_idempotence_key_and_replay_timestamp(server: RecordingServer, client: Client) -> None:
    context = CallContext(idempotence_key="key-1")
    server.respond(
        201,
        {"payment": {"id": "p-1"}},
        headers=(("X-GCS-Idempotence-Request-Timestamp", "1700000000000"),),
    )
    client.merchant(MERCHANT).payments().create_payment({}, context)
    seen = server.take()
    assert seen.header("X-GCS-Idempotence-Key") == "key-1"
    assert_signed(seen)
    assert context.idempotence_request_timestamp == 1700000000000


class RecordingLogger:
    def __init__(self) -> None:
        self.events: list[tuple[str, str, Any]] = []

    def log_request(self, request_id: str, request: Request) -> None:
        self.events.append(("request", request_id, request))

    def log_response(
        self, request_id: str, request: Request, response: Response, duration_ms: float
    ) -> None:
        assert duration_ms >= 0
        self.events.append(("response", request_id, response))

    def log_exception(
        self, request_id: str, request: Request, exception: BaseException, duration_ms: float
    ) -> None:
        assert duration_ms >= 0
        self.events.append(("exception", request_id, exception))


def test_logging_hooks(server: RecordingServer, client: Client) -> None:
    logger = RecordingLogger()
    client.enable_logging(logger)
    try:
        server.respond(200, {"id": "p-1"})
        client.merchant(MERCHANT).payments().get_payment("p-1")
        server.respond(400, {"errorId": "e", "errors": [API_ERROR]})
        with pytest.raises(ValidationException):
            client.merchant(MERCHANT).payments().get_payment("p-2")
    finally:
        client.disable_logging()
    server.respond(200, {"id": "p-3"})
    client.merchant(MERCHANT).payments().get_payment("p-3")
    for _ in range(3):
        server.take()
    kinds = [kind for kind, _, _ in logger.events]
    assert kinds == ["request", "response", "request", "response", "exception"]
    ids = [request_id for _, request_id, _ in logger.events]
    assert ids[0] == ids[1] and ids[2] == ids[3] == ids[4] and ids[0] != ids[2]
    assert isinstance(logger.events[4][2], ValidationException)


def test_logging_a_connection_failure() -> None:
    logger = RecordingLogger()
    with Client(
        "http://127.0.0.1:9", KEY_ID, SECRET, connect_timeout=2.0, retry=RetryPolicy.off()
    ) as dead:
        dead.enable_logging(logger)
        with pytest.raises(CommunicationException) as info:
            dead.merchant(MERCHANT).payments().get_payment("p-1")
    assert info.value.may_have_reached_platform is False
    assert [kind for kind, _, _ in logger.events] == ["request", "exception"]
    assert logger.events[1][2] is info.value


def test_a_failing_logger_never_fails_the_call(
    server: RecordingServer, client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken(RecordingLogger):
        def log_response(self, *args: Any) -> None:
            raise RuntimeError("disk full")

    client.enable_logging(Broken())
    try:
        server.respond(200, {"id": "p-1"})
        assert client.merchant(MERCHANT).payments().get_payment("p-1").id == "p-1"
    finally:
        client.disable_logging()
    server.take()
    assert "disk full" in caplog.text


def test_enable_logging_checks_the_logger(client: Client) -> None:
    with pytest.raises(TypeError, match="CommunicatorLogger"):
        client.enable_logging(object())  # type: ignore[arg-type]


def test_closed_client_refuses_calls(server: RecordingServer) -> None:
    made = Client(server.url, KEY_ID, SECRET)
    made.close()
    made.close()
    with pytest.raises(RuntimeError, match="closed"):
        made.merchant(MERCHANT).payments().get_payment("p-1")
