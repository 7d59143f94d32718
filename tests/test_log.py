"""Communication loggers: message content, obfuscation, levels, extra fields, thread safety."""

from __future__ import annotations

import gzip
import io
import json
import logging
import sys
import threading
from collections.abc import Iterator

import pytest

from opay.exceptions import CommunicationException, ValidationException
from opay.log import (
    CommunicatorLogger,
    MessageFormatter,
    PythonCommunicatorLogger,
    SysOutCommunicatorLogger,
)
from opay.obfuscation import BodyObfuscator, HeaderObfuscator, keep_end
from opay.retry import RetryPolicy
from opay.transport import Request, Response

CARD = "4111111111111111"
SIGNATURE = "c2VjcmV0LXNpZ25hdHVyZQ=="

REQUEST = Request(
    "POST",
    "https://api.example/v2/1234/payments",
    [
        ("Authorization", f"GCS v1HMAC:key-id:{SIGNATURE}"),
        ("Content-Type", "application/json"),
        ("Date", "Mon, 01 Jan 2024 00:00:00 GMT"),
    ],
    b'{"cardPaymentMethodSpecificInput":{"card":{"cardNumber":"4111111111111111","cvv":"123",'
    b'"cardholderName":"Wile E. Coyote"}},"order":{"amountOfMoney":{"amount":1000}}}',
)
RESPONSE = Response(
    201,
    [("Content-Type", "application/json"), ("Set-Cookie", "session=abcdef123")],
    b'{"payment":{"id":"pay-1","paymentOutput":{"cardPaymentMethodSpecificOutput":'
    b'{"card":{"cardNumber":"************1111","expiryDate":"1230"}}},"status":"CAPTURED"}}',
)
SECRETS = [CARD, '"123"', "Wile E. Coyote", SIGNATURE, "session=abcdef123", "1230"]


def assert_no_secrets(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


def test_loggers_implement_the_protocol() -> None:
    assert isinstance(SysOutCommunicatorLogger(), CommunicatorLogger)
    assert isinstance(PythonCommunicatorLogger(), CommunicatorLogger)


def test_request_message_has_id_method_url_headers_and_obfuscated_body() -> None:
    text = MessageFormatter().request("req-7", REQUEST)
    assert text.splitlines()[0] == "opay request req-7: POST https://api.example/v2/1234/payments"
    assert "Authorization: ********" in text
    assert "Date: Mon, 01 Jan 2024 00:00:00 GMT" in text
    assert '"cardNumber": "************1111"' in text
    assert '"amount": 1000' in text
    assert_no_secrets(text)


def test_response_message_has_status_and_duration() -> None:
    text = MessageFormatter().response("req-7", REQUEST, RESPONSE, 12.345)
    first = text.splitlines()[0]
    assert first == (
        "opay response req-7: status 201 to POST https://api.example/v2/1234/payments after 12.3 ms"
    )
    assert "Set-Cookie: ********" in text
    assert '"status": "CAPTURED"' in text
    assert '"expiryDate": "**30"' in text
    assert_no_secrets(text)


def test_empty_binary_and_gzip_bodies() -> None:
    formatter = MessageFormatter()
    assert "body: (empty)" in formatter.response("r", REQUEST, Response(204, [], b""), 1.0)
    binary = formatter.response("r", REQUEST, Response(200, [], b"\xff\xfe" + CARD.encode()), 1)
    assert "(18 bytes, not UTF-8 text)" in binary
    assert CARD not in binary
    zipped = Request(
        "POST",
        "https://api.example/x",
        [("Content-Encoding", "gzip")],
        gzip.compress(b'{"cardNumber":"4111111111111111"}'),
    )
    assert '"cardNumber": "************1111"' in formatter.request("r", zipped)
    broken = Request(
        "POST", "https://api.example/x", [("Content-Encoding", "gzip")], b"\x1f\x8bnope"
    )
    assert "(6 bytes, invalid gzip)" in formatter.request("r", broken)
    # A response the transport already decoded keeps the platform's Content-Encoding header:
    # its body is shown (obfuscated), not reported as broken gzip.
    decoded = Response(200, [("Content-Encoding", "gzip")], f'{{"cardNumber":"{CARD}"}}'.encode())
    shown = formatter.response("r", REQUEST, decoded, 1.0)
    assert "invalid gzip" not in shown and '"cardNumber": "************' in shown
    assert CARD not in shown


def test_exception_message_has_type_scrubbed_message_and_causes() -> None:
    try:
        try:
            raise KeyError(f"cardNumber={CARD}")
        except KeyError as exc:
            raise CommunicationException(
                "connection reset", may_have_reached_platform=True
            ) from exc
    except CommunicationException as exc:
        text = MessageFormatter().exception("req-7", REQUEST, exc, 3.0)
    lines = text.splitlines()
    assert lines[0] == (
        "opay exception req-7: POST https://api.example/v2/1234/payments failed after 3.0 ms"
    )
    assert lines[1].strip() == "CommunicationException: connection reset"
    assert lines[2].strip().startswith("caused by KeyError: ")
    assert CARD not in text


def test_exception_with_a_broken_str_is_still_logged() -> None:
    class Broken(Exception):
        def __str__(self) -> str:
            raise RuntimeError("no")

    text = MessageFormatter().exception("r", REQUEST, Broken(), 1.0)
    assert "Broken: <message unavailable>" in text


def test_api_exception_message_is_obfuscated_but_body_kept_raw() -> None:
    body = '{"errors":[{"message":"cardNumber 4111111111111111 refused"}]}'
    exc = ValidationException(400, body, "err-1", [], message=f"cardNumber: {CARD} refused")
    assert exc.response_body == body
    for text in (str(exc), repr(exc), exc.message, MessageFormatter().describe_exception(exc)):
        assert CARD not in text
        assert "************1111" in text


def test_custom_obfuscators_are_used() -> None:
    formatter = MessageFormatter(
        BodyObfuscator().with_rules({"amount": keep_end(1)}),
        HeaderObfuscator().with_rules(["Date"]),
    )
    text = formatter.request("r", REQUEST)
    assert '"amount": "***0"' in text
    assert "Date: ********" in text
    assert_no_secrets(text)


def test_sysout_logger_prints_one_block_per_message(capsys: pytest.CaptureFixture[str]) -> None:
    logger = SysOutCommunicatorLogger()
    logger.log_request("req-1", REQUEST)
    logger.log_response("req-1", REQUEST, RESPONSE, 5.0)
    logger.log_exception("req-1", REQUEST, CommunicationException("timed out"), 7.5)
    out = capsys.readouterr().out
    assert out.count("opay request req-1: POST") == 1
    assert out.count("opay response req-1: status 201") == 1
    assert out.count("opay exception req-1: POST") == 1
    assert "CommunicationException: timed out" in out
    assert_no_secrets(out)


def test_sysout_logger_writes_to_a_given_stream() -> None:
    stream = io.StringIO()
    SysOutCommunicatorLogger(stream, body_obfuscator=BodyObfuscator(["status"])).log_response(
        "r", REQUEST, RESPONSE, 1.0
    )
    assert '"status": "********"' in stream.getvalue()


class _ExclusiveStream(io.StringIO):
    """Records whether two threads were ever inside write() at the same time."""

    def __init__(self) -> None:
        super().__init__()
        self._inside = threading.Lock()
        self.overlaps = 0
        self.writes: list[str] = []

    def write(self, text: str) -> int:
        if not self._inside.acquire(blocking=False):
            self.overlaps += 1
            return len(text)
        try:
            for _ in range(200):  # widen the window in which another thread could enter
                pass
            self.writes.append(text)
            return len(text)
        finally:
            self._inside.release()


@pytest.fixture
def frequent_thread_switches() -> Iterator[None]:
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)


@pytest.mark.usefixtures("frequent_thread_switches")
def test_sysout_logger_is_thread_safe() -> None:
    stream = _ExclusiveStream()
    logger = SysOutCommunicatorLogger(stream)
    start = threading.Barrier(8)

    def work(n: int) -> None:
        start.wait()
        for i in range(40):
            logger.log_request(f"t{n}-{i}", REQUEST)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert stream.overlaps == 0
    assert len(stream.writes) == 8 * 40
    for text in stream.writes:
        assert text.count("opay request ") == 1
        assert text.endswith("}\n")


def test_python_logger_levels_and_extra_fields(caplog: pytest.LogCaptureFixture) -> None:
    logger = PythonCommunicatorLogger("opay.test", level=logging.DEBUG, error_level=logging.WARNING)
    with caplog.at_level(logging.DEBUG, logger="opay.test"):
        logger.log_request("req-1", REQUEST)
        logger.log_response("req-1", REQUEST, RESPONSE, 5.5)
        logger.log_exception(
            "req-1", REQUEST, ValidationException(400, "{}", message=f"bad {CARD}"), 6.5
        )
    request, response, failure = caplog.records
    assert [r.name for r in caplog.records] == ["opay.test"] * 3
    assert [r.levelno for r in caplog.records] == [logging.DEBUG, logging.DEBUG, logging.WARNING]
    url = "https://api.example/v2/1234/payments"
    expected = [
        ("req-1", "POST", url, None, None),
        ("req-1", "POST", url, 201, 5.5),
        ("req-1", "POST", url, 400, 6.5),
    ]
    for record, values in zip(caplog.records, expected, strict=True):
        fields = ("opay_request_id", "opay_method", "opay_url", "opay_status", "opay_duration_ms")
        assert tuple(getattr(record, f) for f in fields) == values
        assert_no_secrets(record.getMessage())
    assert request.getMessage().startswith("opay request req-1")
    assert response.getMessage().startswith("opay response req-1: status 201")
    assert "ValidationException: bad ****************" in failure.getMessage()


def test_python_logger_defaults_and_logger_objects(caplog: pytest.LogCaptureFixture) -> None:
    default = PythonCommunicatorLogger()
    assert default.logger is logging.getLogger("opay")
    assert (default.level, default.error_level) == (logging.INFO, logging.ERROR)
    own = logging.getLogger("my.app.payments")
    with caplog.at_level(logging.INFO, logger="my.app.payments"):
        PythonCommunicatorLogger(own).log_exception("r", REQUEST, OSError("down"), 1.0)
    assert [(r.name, r.levelno) for r in caplog.records] == [("my.app.payments", logging.ERROR)]
    with pytest.raises(TypeError, match=r"logging\.Logger"):
        PythonCommunicatorLogger(42)  # type: ignore[arg-type]


def test_python_logger_does_not_format_disabled_messages(caplog: pytest.LogCaptureFixture) -> None:
    calls: list[str] = []

    def counting(value: str) -> str:
        calls.append(value)
        return "***"

    logger = PythonCommunicatorLogger(
        "opay.quiet", body_obfuscator=BodyObfuscator({"cvv": counting})
    )
    with caplog.at_level(logging.WARNING, logger="opay.quiet"):
        logger.log_request("r", REQUEST)
        logger.log_response("r", REQUEST, RESPONSE, 1.0)
    assert caplog.records == []
    assert calls == []
    with caplog.at_level(logging.INFO, logger="opay.quiet"):
        logger.log_request("r", REQUEST)
    assert calls == ["123"]


def test_a_client_logs_its_calls_through_the_logger() -> None:
    from opay import Client
    from opay.marshal import from_dict
    from opay.models import CreatePaymentRequest
    from opay_transports.memory import MemoryTransport

    answers = [
        Response(201, [("Content-Type", "application/json")], RESPONSE.body),
        Response(
            400,
            [("Content-Type", "application/json")],
            b'{"errorId":"e1","errors":[{"code":"1","message":"cardNumber: 4111111111111111"}]}',
        ),
    ]

    def handler(request: Request) -> Response:
        if not answers:
            raise CommunicationException("connection refused", may_have_reached_platform=False)
        return answers.pop(0)

    client = Client(
        "https://api.example",
        "key-id",
        "secret-key-1",
        transport=MemoryTransport(handler),
        retry=RetryPolicy.off(),
    )
    stream = io.StringIO()
    client.enable_logging(SysOutCommunicatorLogger(stream))
    payments = client.merchant("1234").payments()
    body = from_dict(CreatePaymentRequest, json.loads(REQUEST.body))
    payments.create_payment(body)
    with pytest.raises(ValidationException):
        payments.create_payment(body)
    with pytest.raises(CommunicationException):
        payments.create_payment(body)
    client.disable_logging()
    with pytest.raises(CommunicationException):
        payments.create_payment(body)
    logged = stream.getvalue()
    assert logged.count("opay request ") == 3
    assert logged.count("opay response ") == 2
    assert "status 400 to POST https://api.example/v2/1234/payments" in logged
    assert "CommunicationException: connection refused" in logged
    assert '"cardNumber": "************1111"' in logged
    assert_no_secrets(logged)
    assert "secret-key-1" not in logged
    request_ids = [line.split()[3].rstrip(":") for line in logged.splitlines() if " opay " in line]
    assert request_ids[0] == request_ids[1] != request_ids[2]
