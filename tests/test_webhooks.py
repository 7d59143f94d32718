"""Webhooks: key stores, signature verification, header forms, event parsing."""

from __future__ import annotations

import base64
import email.message
import json
import threading
from pathlib import Path
from typing import Any

import pytest

from opay.exceptions import OpayError
from opay.models import WebhooksEvent
from opay.webhooks import (
    API_VERSION,
    ApiVersionMismatchException,
    InMemorySecretKeyStore,
    InvalidEventException,
    SecretKeyNotAvailableException,
    SecretKeyStore,
    SignatureValidationException,
    Webhooks,
    WebhooksHelper,
    compute_signature,
)

VECTOR = json.loads((Path(__file__).parent / "vectors" / "webhook.json").read_text())
BODY: bytes = VECTOR["body"].encode("utf-8")
KEY_ID: str = VECTOR["key_id"]
SECRET: str = VECTOR["secret_key"]
SIGNATURE: str = VECTOR["signature"]
HEADERS: list[tuple[str, str]] = [tuple(pair) for pair in VECTOR["headers"]]


@pytest.fixture
def store() -> InMemorySecretKeyStore:
    key_store = InMemorySecretKeyStore()
    key_store.store_secret_key(KEY_ID, SECRET)
    return key_store


@pytest.fixture
def helper(store: InMemorySecretKeyStore) -> WebhooksHelper:
    return Webhooks.create_helper(store)


def signed(body: bytes, key_id: str = KEY_ID, secret: str = SECRET) -> list[tuple[str, str]]:
    return [("X-GCS-Signature", compute_signature(body, secret)), ("X-GCS-KeyId", key_id)]


def event_body(**changes: Any) -> bytes:
    data = json.loads(BODY)
    data.update(changes)
    return json.dumps(data).encode()


def test_the_vector_signature_is_computed() -> None:
    assert compute_signature(BODY, SECRET) == SIGNATURE


def test_unmarshal_the_vector(helper: WebhooksHelper) -> None:
    event = helper.unmarshal(BODY, HEADERS)
    assert isinstance(event, WebhooksEvent)
    assert event.api_version == "v1"
    assert event.id == "8ee793f6-4553-4749-85dc-f2ef095c5ab0"
    assert event.type == "payment.captured"
    assert event.merchant_id == "1234"
    assert event.payment is not None
    assert event.payment.id == "000000123410000595980000100001"
    assert event.payment.status_output is not None
    assert event.payment.status_output.status_code == 9
    assert event.payment.status_output.is_refundable is True


def test_bytearray_bodies_are_accepted(helper: WebhooksHelper) -> None:
    assert helper.unmarshal(bytearray(BODY), HEADERS).id == "8ee793f6-4553-4749-85dc-f2ef095c5ab0"


def test_api_version_matches_the_api_description() -> None:
    spec = json.loads((Path(__file__).parent.parent / "opay" / "openapi.json").read_text())
    assert spec["webhooks"]["event"]["post"]["x-expected-api-version"] == API_VERSION
    signature = spec["webhooks"]["event"]["post"]["x-signature"]
    assert (signature["signatureHeader"], signature["keyIdHeader"]) == (
        "X-GCS-Signature",
        "X-GCS-KeyId",
    )


class _Header:
    def __init__(self, name: str, value: str) -> None:
        self.name = name
        self.value = value


def _environ() -> dict[str, object]:
    return {
        "REQUEST_METHOD": "POST",
        "wsgi.input": object(),
        "HTTP_X_GCS_SIGNATURE": SIGNATURE,
        "HTTP_X_GCS_KEYID": KEY_ID,
    }


def _email_headers() -> email.message.Message:
    message = email.message.Message()
    for name, value in HEADERS:
        message[name] = value
    return message


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param(HEADERS, id="pairs"),
        pytest.param([[n.lower(), v] for n, v in HEADERS], id="lists-lowercase"),
        pytest.param([(n.encode(), v.encode()) for n, v in HEADERS], id="asgi-bytes"),
        pytest.param([_Header(n, v) for n, v in HEADERS], id="name-value-objects"),
        pytest.param(dict(HEADERS), id="dict"),
        pytest.param({n.upper(): [v] for n, v in HEADERS}, id="dict-of-lists"),
        pytest.param(_environ(), id="wsgi-environ"),
        pytest.param(_email_headers(), id="email-message"),
        pytest.param(iter([(n, f"  {v} ") for n, v in HEADERS]), id="iterator-padded"),
    ],
)
def test_header_forms(helper: WebhooksHelper, headers: object) -> None:
    assert helper.unmarshal(BODY, headers).type == "payment.captured"


def test_werkzeug_headers(helper: WebhooksHelper) -> None:
    werkzeug = pytest.importorskip("werkzeug.datastructures")
    headers = werkzeug.Headers(HEADERS)
    assert helper.unmarshal(BODY, headers).type == "payment.captured"
    environ = {f"HTTP_{n.upper().replace('-', '_')}": v for n, v in HEADERS}
    assert helper.unmarshal(BODY, werkzeug.EnvironHeaders(environ)).merchant_id == "1234"
    headers.add("X-GCS-Signature", SIGNATURE)
    with pytest.raises(SignatureValidationException, match="2 times"):
        helper.unmarshal(BODY, headers)


def test_starlette_headers(helper: WebhooksHelper) -> None:
    datastructures = pytest.importorskip("starlette.datastructures")
    raw = [(n.lower().encode(), v.encode()) for n, v in HEADERS]
    assert helper.unmarshal(BODY, datastructures.Headers(raw=raw)).merchant_id == "1234"
    doubled = datastructures.Headers(raw=[*raw, (b"x-gcs-keyid", KEY_ID.encode())])
    with pytest.raises(SignatureValidationException, match="2 times"):
        helper.unmarshal(BODY, doubled)


def test_aiohttp_multidict_headers(helper: WebhooksHelper) -> None:
    multidict = pytest.importorskip("multidict")
    headers = multidict.CIMultiDictProxy(multidict.CIMultiDict(HEADERS))
    assert helper.unmarshal(BODY, headers).merchant_id == "1234"
    doubled = multidict.CIMultiDict(HEADERS)
    doubled.add("x-gcs-signature", SIGNATURE)
    with pytest.raises(SignatureValidationException, match="2 times"):
        helper.unmarshal(BODY, multidict.CIMultiDictProxy(doubled))


def test_a_multi_valued_mapping_is_read_with_its_getter(helper: WebhooksHelper) -> None:
    class QueryDictLike(dict[str, str]):
        """items() shows one value per name (like Django's QueryDict), getlist() all."""

        def getlist(self, key: str) -> list[str]:
            return [self[key], self[key]] if key == "X-GCS-Signature" else [self[key]]

    with pytest.raises(SignatureValidationException, match="2 times"):
        helper.unmarshal(BODY, QueryDictLike(HEADERS))


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ([("X-GCS-KeyId", KEY_ID)], "X-GCS-Signature header is missing"),
        ([("X-GCS-Signature", SIGNATURE)], "X-GCS-KeyId header is missing"),
        ([*HEADERS, ("x-gcs-signature", SIGNATURE)], "X-GCS-Signature header is present 2 times"),
        ([*HEADERS, ("X-GCS-KEYID", KEY_ID)], "X-GCS-KeyId header is present 2 times"),
        ([("X-GCS-Signature", " "), ("X-GCS-KeyId", KEY_ID)], "X-GCS-Signature header is empty"),
        ([("X-GCS-Signature", SIGNATURE), ("X-GCS-KeyId", "")], "X-GCS-KeyId header is empty"),
        (
            [("X-GCS-Signature", SIGNATURE[:-2] + "A="), ("X-GCS-KeyId", KEY_ID)],
            "does not match the body signed with key 'key-1'",
        ),
        (None, "headers must be"),
        ("X-GCS-Signature: x", "headers must be"),
        (42, "headers must be"),
        ([("X-GCS-Signature",)], "got an entry of type tuple"),
        ([("X-GCS-Signature", 5), ("X-GCS-KeyId", KEY_ID)], "must be a str or bytes, not int"),
        ({"X-GCS-Signature": None}, "must be a str or bytes, not NoneType"),
    ],
)
def test_untrusted_requests_are_rejected(
    helper: WebhooksHelper, headers: object, message: str
) -> None:
    with pytest.raises(SignatureValidationException, match=message):
        helper.unmarshal(BODY, headers)


@pytest.mark.parametrize("body", [VECTOR["body"], None, 42, memoryview(BODY)])
def test_a_body_that_is_not_bytes_is_rejected(helper: WebhooksHelper, body: object) -> None:
    with pytest.raises(SignatureValidationException, match="body must be the raw request body"):
        helper.unmarshal(body, HEADERS)  # type: ignore[arg-type]


def test_a_changed_body_is_rejected(helper: WebhooksHelper) -> None:
    with pytest.raises(SignatureValidationException, match="does not match"):
        helper.unmarshal(BODY.replace(b"CAPTURED", b"CANCELLED"), HEADERS)
    with pytest.raises(SignatureValidationException, match="does not match"):
        helper.unmarshal(BODY + b" ", HEADERS)


def test_an_unknown_key_id_is_rejected(helper: WebhooksHelper) -> None:
    with pytest.raises(SecretKeyNotAvailableException, match="'key-2'") as info:
        helper.unmarshal(BODY, signed(BODY, key_id="key-2"))
    assert info.value.key_id == "key-2"
    assert isinstance(info.value, SignatureValidationException)


def test_the_key_of_another_id_is_not_accepted(store: InMemorySecretKeyStore) -> None:
    store.store_secret_key("key-2", "another secret")
    helper = Webhooks.create_helper(store)
    with pytest.raises(SignatureValidationException, match="does not match"):
        helper.unmarshal(BODY, signed(BODY, key_id="key-2"))


def test_key_rotation(store: InMemorySecretKeyStore) -> None:
    helper = Webhooks.create_helper(store)
    store.store_secret_key("key-2", "the new secret")
    assert helper.unmarshal(BODY, HEADERS).merchant_id == "1234"
    assert helper.unmarshal(BODY, signed(BODY, "key-2", "the new secret")).merchant_id == "1234"
    store.remove_secret_key(KEY_ID)
    with pytest.raises(SecretKeyNotAvailableException):
        helper.unmarshal(BODY, HEADERS)
    assert helper.unmarshal(BODY, signed(BODY, "key-2", "the new secret")).merchant_id == "1234"


def test_another_api_version_is_rejected_after_the_signature(helper: WebhooksHelper) -> None:
    body = event_body(apiVersion="v2")
    with pytest.raises(SignatureValidationException):
        helper.unmarshal(body, HEADERS)
    with pytest.raises(ApiVersionMismatchException, match="'v2'") as info:
        helper.unmarshal(body, signed(body))
    assert (info.value.event_api_version, info.value.sdk_api_version) == ("v2", "v1")
    missing = json.dumps({"id": "1", "type": "payment.created"}).encode()
    with pytest.raises(ApiVersionMismatchException, match="no apiVersion") as info:
        helper.unmarshal(missing, signed(missing))
    assert info.value.event_api_version is None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "not valid JSON"),
        (b"\xff\xfe\x00", "not valid JSON"),
        (b"[1, 2]", "JSON list, not an object"),
        (b'"v1"', "JSON str, not an object"),
        (b'{"apiVersion": "v1", "payment": "captured"}', "not a valid event"),
        (b'{"apiVersion": "v1", "merchantId": 1234}', "not a valid event"),
        (b"[" * 100_000, "not valid JSON"),
    ],
)
def test_a_signed_body_that_is_not_an_event(
    helper: WebhooksHelper, body: bytes, message: str
) -> None:
    with pytest.raises(InvalidEventException, match=message):
        helper.unmarshal(body, signed(body))


def test_unknown_properties_are_kept(helper: WebhooksHelper) -> None:
    body = event_body(newProperty={"x": 1})
    event = helper.unmarshal(body, signed(body))
    assert event.to_dictionary()["newProperty"] == {"x": 1}


def test_exceptions_are_opay_errors() -> None:
    for kind in (
        SignatureValidationException,
        SecretKeyNotAvailableException,
        ApiVersionMismatchException,
        InvalidEventException,
    ):
        assert issubclass(kind, OpayError)


def test_signature_comparison_takes_any_text(helper: WebhooksHelper) -> None:
    for signature in ("é" * 44, "\udcff", base64.b64encode(b"x" * 32).decode()):
        with pytest.raises(SignatureValidationException, match="does not match"):
            helper.unmarshal(BODY, [("X-GCS-Signature", signature), ("X-GCS-KeyId", KEY_ID)])


def test_in_memory_store() -> None:
    store = InMemorySecretKeyStore()
    assert isinstance(store, SecretKeyStore)
    store.store_secret_key("a", "1")
    store.store_secret_key("b", "2")
    store.store_secret_key("a", "3")
    assert (store.get_secret_key("a"), store.get_secret_key("b")) == ("3", "2")
    store.remove_secret_key("a")
    store.remove_secret_key("never stored")
    with pytest.raises(SecretKeyNotAvailableException):
        store.get_secret_key("a")
    store.clear()
    with pytest.raises(SecretKeyNotAvailableException):
        store.get_secret_key("b")
    assert "2" not in repr(store)
    with pytest.raises(ValueError, match="key_id"):
        store.store_secret_key("", "x")
    with pytest.raises(ValueError, match="secret key"):
        store.store_secret_key("c", "")


def test_in_memory_store_repr_shows_ids_not_secrets() -> None:
    store = InMemorySecretKeyStore()
    store.store_secret_key("key-9", "very-secret-value")
    assert repr(store) == "InMemorySecretKeyStore(key_ids=['key-9'])"


def test_in_memory_store_under_concurrent_use() -> None:
    store = InMemorySecretKeyStore()
    start = threading.Barrier(6)
    errors: list[BaseException] = []

    def work(n: int) -> None:
        start.wait()
        try:
            for i in range(300):
                key = f"k{n}-{i}"
                store.store_secret_key(key, f"s{n}-{i}")
                assert store.get_secret_key(key) == f"s{n}-{i}"
                if i % 2:
                    store.remove_secret_key(key)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert store.get_secret_key("k5-298") == "s5-298"
    with pytest.raises(SecretKeyNotAvailableException):
        store.get_secret_key("k5-299")


def test_a_custom_key_store(store: InMemorySecretKeyStore) -> None:
    class FromDict:
        def __init__(self, keys: dict[str, str]) -> None:
            self.keys = keys

        def get_secret_key(self, key_id: str) -> str:
            try:
                return self.keys[key_id]
            except KeyError:
                raise SecretKeyNotAvailableException(key_id) from None

    helper = Webhooks.create_helper(FromDict({KEY_ID: SECRET}))
    assert helper.unmarshal(BODY, HEADERS).merchant_id == "1234"
    with pytest.raises(TypeError, match="get_secret_key"):
        Webhooks.create_helper(object())  # type: ignore[arg-type]


def test_an_asgi_endpoint(helper: WebhooksHelper) -> None:
    pytest.importorskip("starlette")
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route
    from starlette.testclient import TestClient

    received: list[WebhooksEvent] = []

    async def webhooks(request: Request) -> Response:
        try:
            event = helper.unmarshal(await request.body(), request.headers)
        except SignatureValidationException:
            return Response(status_code=401)
        received.append(event)
        return Response(status_code=204)

    app = Starlette(routes=[Route("/webhooks", webhooks, methods=["POST"])])
    with TestClient(app) as client:
        assert client.post("/webhooks", content=BODY, headers=dict(HEADERS)).status_code == 204
        assert (
            client.post("/webhooks", content=BODY + b" ", headers=dict(HEADERS)).status_code == 401
        )
        assert client.post("/webhooks", content=BODY).status_code == 401
    assert [event.id for event in received] == ["8ee793f6-4553-4749-85dc-f2ef095c5ab0"]


def test_a_wsgi_endpoint(helper: WebhooksHelper) -> None:
    wrappers = pytest.importorskip("werkzeug.wrappers")
    from werkzeug.test import Client

    received: list[WebhooksEvent] = []

    def app(environ: Any, start_response: Any) -> Any:
        request = wrappers.Request(environ)
        try:
            event = helper.unmarshal(request.get_data(), request.headers)
        except SignatureValidationException:
            return wrappers.Response(status=401)(environ, start_response)
        received.append(event)
        return wrappers.Response(status=204)(environ, start_response)

    client = Client(app)
    assert client.post("/webhooks", data=BODY, headers=HEADERS).status_code == 204
    assert client.post("/webhooks", data=b"{}", headers=HEADERS).status_code == 401
    assert [event.type for event in received] == ["payment.captured"]
