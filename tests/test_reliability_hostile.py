"""Hostile input: whatever the network, a properties file or a webhook sender hands opay, only
documented exceptions come out, with messages that say what was wrong.

Hypothesis drives the response parser (any status, headers and body bytes, including JSON that
is nested too deeply, numbers too long to convert and bodies over the size limit), the
configuration loader (any file contents), the webhooks helper and the obfuscators.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opay.call import Call
from opay.config import KNOWN_KEYS, SECTION, CommunicatorConfiguration, load_configuration
from opay.context import CallContext
from opay.exceptions import (
    ApiException,
    CommunicationException,
    ConfigurationError,
    IdempotenceException,
    OpayError,
)
from opay.obfuscation import (
    DEFAULT_BODY_OBFUSCATOR,
    DEFAULT_HEADER_OBFUSCATOR,
    scrub_text,
)
from opay.operations import OPERATIONS
from opay.response import parse_response
from opay.transport import Response
from opay.webhooks import InMemorySecretKeyStore, Webhooks, WebhooksException

PROPERTIES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# One operation per error model, plus operations without a response body.
OPERATION_IDS = [
    "create_payment",  # PaymentErrorResponse
    "get_payment",  # ErrorResponse
    "refund_payment",  # RefundErrorResponse
    "create_payout",  # PayoutErrorResponse
    "get_hosted_fields_session",  # ProblemDetailsResponse
    "delete_token",  # no response model
]

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
error_like = st.fixed_dictionaries(
    {},
    optional={
        "errorId": json_values,
        "errors": st.one_of(
            json_values,
            st.lists(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "code": st.one_of(st.sampled_from(["1409", "30001002"]), json_values),
                        "errorCode": json_values,
                        "httpStatusCode": json_values,
                        "message": json_values,
                        "propertyName": json_values,
                    },
                ),
                max_size=3,
            ),
        ),
        "paymentResult": json_values,
        "refundResult": json_values,
        "payoutResult": json_values,
        "payment": json_values,
        "type": json_values,
        "status": json_values,
        "detail": json_values,
    },
)
nasty_documents = st.sampled_from(
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        b'{"errors":' + b"[" * 5_000 + b"]" * 5_000 + b"}",
        b'{"payment": {"id": ' + b"9" * 10_000 + b"}}",
        b'{"payment": {"id": NaN}, "errors": Infinity}',
        b'{"errorId": "\\ud800", "errors": [{"code": "\\udfff"}]}',
        b'\xef\xbb\xbf{"payment": {"id": "p"}}',
        '{"payment": {"id": "p"}}'.encode("utf-16"),
        b'{"errors": [], "errors": {"code": 1}}',
        b"\x00" * 64,
        b"{" + b" " * 10_000,
    ]
)
bodies = st.one_of(
    st.binary(max_size=400),
    json_values.map(lambda v: json.dumps(v).encode()),
    error_like.map(lambda v: json.dumps(v).encode()),
    nasty_documents,
)
header_lists = st.lists(
    st.one_of(
        st.tuples(
            st.sampled_from(["Content-Type", "X-GCS-Idempotence-Request-Timestamp", "Retry-After"]),
            st.text(max_size=30),
        ),
        st.tuples(st.text(max_size=20), st.text(max_size=40)),
    ),
    max_size=5,
)


@PROPERTIES
@given(
    operation_id=st.sampled_from(OPERATION_IDS),
    status=st.integers(100, 599),
    headers=header_lists,
    body=bodies,
    key=st.one_of(st.none(), st.just("key-1")),
)
def test_the_parser_raises_only_documented_exceptions(
    operation_id: str, status: int, headers: list[tuple[str, str]], body: bytes, key: str | None
) -> None:
    context = CallContext(idempotence_key=key)
    try:
        parse_response(
            Call(OPERATIONS[operation_id], context=context), Response(status, headers, body)
        )
    except OpayError as exc:
        message = str(exc)
        assert message
        assert f"HTTP {status}" in message or operation_id in message, message
        if isinstance(exc, ApiException):
            assert exc.status_code == status
        if isinstance(exc, IdempotenceException):
            assert key is not None and status == 409
        assert isinstance(exc.may_have_taken_effect, bool)
    else:
        assert 200 <= status < 300, "an error status must raise"


@PROPERTIES
@given(
    status=st.integers(100, 599),
    body=st.binary(min_size=1, max_size=300),
    limit=st.integers(1, 300),
)
def test_the_parser_refuses_bodies_over_the_limit(status: int, body: bytes, limit: int) -> None:
    response = Response(status, (("Content-Type", "application/json"),), body)
    if len(body) <= limit:
        return
    with pytest.raises(CommunicationException, match=rf"max_response_size \({limit} bytes\)"):
        parse_response(Call(OPERATIONS["get_payment"]), response, max_body_size=limit)


# -- the configuration loader -------------------------------------------------------------

property_lines = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(KNOWN_KEYS), st.text(max_size=20)),
        st.one_of(
            st.sampled_from(["", "-1", "0", "1", "2.5", "nan", "inf", "1e400", "http", "v1HMAC"]),
            st.text(max_size=30),
        ),
    ),
    max_size=8,
).map(lambda pairs: "".join(f"{name}={value}\n" for name, value in pairs))
file_contents = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(str.encode),
    property_lines.map(lambda lines: f"[{SECTION}]\n{lines}".encode()),
    property_lines.map(
        lambda lines: f"[{SECTION}]\nonlinePayments.api.endpoint.host=h.example\n{lines}".encode()
    ),
)


@PROPERTIES
@given(contents=file_contents)
def test_the_configuration_loader_raises_only_configuration_errors(
    tmp_path_factory: pytest.TempPathFactory, contents: bytes
) -> None:
    path = tmp_path_factory.mktemp("properties") / "sdk.prp"
    path.write_bytes(contents)
    try:
        configuration = load_configuration(path, "key-id", "secret")
    except ConfigurationError as exc:
        assert str(path) in str(exc), "the message names the file"
    else:
        assert isinstance(configuration, CommunicatorConfiguration)


def test_a_missing_configuration_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.prp"
    with pytest.raises(ConfigurationError, match=r"nowhere\.prp"):
        load_configuration(missing, "key-id", "secret")


# -- the webhooks helper ------------------------------------------------------------------


def _helper() -> Any:
    store = InMemorySecretKeyStore()
    store.store_secret_key("key-1", "secret-1")
    return Webhooks.create_helper(store)


def _signed(body: bytes) -> dict[str, str]:
    digest = hmac.new(b"secret-1", body, hashlib.sha256).digest()
    return {"X-GCS-Signature": base64.b64encode(digest).decode(), "X-GCS-KeyId": "key-1"}


@PROPERTIES
@given(body=bodies)
def test_the_webhooks_helper_reads_signed_hostile_bodies_safely(body: bytes) -> None:
    try:
        event = _helper().unmarshal(body, _signed(body))
    except WebhooksException as exc:
        assert str(exc)
    else:
        assert event is not None


@PROPERTIES
@given(body=bodies, headers=st.dictionaries(st.text(max_size=20), st.text(max_size=60)))
def test_the_webhooks_helper_refuses_unsigned_hostile_bodies(
    body: bytes, headers: dict[str, str]
) -> None:
    with pytest.raises(WebhooksException) as caught:
        _helper().unmarshal(body, headers)
    assert str(caught.value)


# -- the obfuscators ----------------------------------------------------------------------


@PROPERTIES
@given(
    body=st.one_of(bodies, st.text(max_size=300)),
    indent=st.sampled_from([None, 0, 2]),
)
def test_the_body_obfuscator_never_fails(body: bytes | str, indent: int | None) -> None:
    assert isinstance(DEFAULT_BODY_OBFUSCATOR.obfuscate(body, indent=indent), str)
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    assert isinstance(scrub_text(text), str)


@PROPERTIES
@given(url=st.text(max_size=200), headers=header_lists)
def test_the_url_and_header_obfuscators_never_fail(
    url: str, headers: list[tuple[str, str]]
) -> None:
    assert isinstance(DEFAULT_BODY_OBFUSCATOR.obfuscate_url(url), str)
    obfuscated = DEFAULT_HEADER_OBFUSCATOR.obfuscate(headers)
    assert [name for name, _ in obfuscated] == [name for name, _ in headers]
