"""build_request: URL, headers, body and signature of a request, and the checks on its input."""

from __future__ import annotations

import base64
import gzip
import json
from email.utils import formatdate, parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opay.call import Call
from opay.context import CallContext
from opay.metadata import server_meta_info
from opay.operation import Operation, PathParam, QueryParam
from opay.request import RequestSettings, build_request, endpoint_from_parts, http_date
from opay.signing import parse_authorization, path_and_query, signature, string_to_sign
from opay.transport import Request

SECRET = "I42Zf4pVnRdroHfuHnRiJjJ2B6+22h0yQt/R3nZR8Xg="
SETTINGS = RequestSettings(
    endpoint="https://payment.preprod.example",
    api_key_id="5e45c937b9db33ae",
    secret_api_key=SECRET,
    server_meta_info="e30=",
)
DATE = "Fri, 06 Jun 2025 14:00:00 GMT"

MERCHANT = PathParam("merchantId", "merchant_id", bound_by="merchant")
CREATE_PAYMENT = Operation(
    operation_id="create_payment",
    tag="payments",
    method="POST",
    path="/v2/{merchantId}/payments",
    path_params=(MERCHANT,),
    body_model="CreatePaymentRequest",
    response_model="CreatePaymentResponse",
    error_model="PaymentErrorResponse",
)
GET_PAYMENT = Operation(
    operation_id="get_payment",
    tag="payments",
    method="GET",
    path="/v2/{merchantId}/payments/{paymentId}",
    path_params=(MERCHANT, PathParam("paymentId", "payment_id")),
    response_model="PaymentResponse",
)
GET_PRODUCT = Operation(
    operation_id="get_payment_product",
    tag="products",
    method="GET",
    path="/v2/{merchantId}/products/{paymentProductId}",
    path_params=(MERCHANT, PathParam("paymentProductId", "payment_product_id", type="integer")),
    response_model="PaymentProduct",
)
BOOL_TEXT = (("false", "False"), ("true", "True"))
GET_PRODUCTS = Operation(
    operation_id="get_payment_products",
    tag="products",
    method="GET",
    path="/v2/{merchantId}/products",
    path_params=(MERCHANT,),
    query_class="GetPaymentProductsParams",
    query_params=(
        QueryParam("countryCode", "country_code", "string"),
        QueryParam("currencyCode", "currency_code", "string"),
        QueryParam("amount", "amount", "integer"),
        QueryParam("isRecurring", "is_recurring", "boolean", serialization=BOOL_TEXT),
        QueryParam("hide", "hide", "array", item_type="string"),
        QueryParam("ratio", "ratio", "number"),
    ),
    response_model="GetPaymentProductsResponse",
)
SUBMIT_BATCH = Operation(
    operation_id="submit_batch",
    tag="merchant_batch",
    method="POST",
    path="/v2/{merchantId}/merchant-batches",
    path_params=(MERCHANT,),
    body_model="SubmitBatchRequest",
    response_model="SubmitBatchResponse",
    gzip_body=True,
)


@attrs.define
class GetPaymentProductsParams:
    country_code: str | None = None
    currency_code: str | None = None
    amount: int | None = None
    is_recurring: bool | None = None
    hide: list[str] | None = None
    ratio: float | None = None


@attrs.define
class OtherParams:
    country_code: str | None = None


def _signature_is_valid(request: Any, secret: str = SECRET) -> bool:
    key_id, sig = parse_authorization(request.header("Authorization"))
    signed = [(n, v) for n, v in request.headers if n.lower() != "authorization"]
    text = string_to_sign(request.method, path_and_query(request.url), signed)
    return key_id == SETTINGS.api_key_id and sig == signature(text, secret)


# ---------------------------------------------------------------- headers and signature


def test_get_request_headers_in_order_and_signed() -> None:
    req = build_request(
        Call(GET_PAYMENT, {"merchantId": "1234", "paymentId": "p1"}, None, None, None),
        SETTINGS,
        date=DATE,
    )
    assert req.method == "GET"
    assert req.url == "https://payment.preprod.example/v2/1234/payments/p1"
    assert [n for n, _ in req.headers] == ["Date", "X-GCS-ServerMetaInfo", "Authorization"]
    assert req.header("Date") == DATE
    assert req.header("X-GCS-ServerMetaInfo") == "e30="
    assert req.header("Content-Type") is None
    assert req.body == b""
    assert _signature_is_valid(req)
    assert not _signature_is_valid(req, SECRET + "x")


def test_vector_request_reproduced() -> None:
    # Same request as the second v1HMAC vector, without the meta info header it does not sign.
    req = build_request(
        Call(
            GET_PAYMENT,
            {"merchantId": "1234", "paymentId": "000000123410000595980000100001"},
            None,
            None,
            None,
        ),
        attrs.evolve(SETTINGS, endpoint="https://x", server_meta_info="e30="),
        date=DATE,
    )
    expected = string_to_sign(
        "GET",
        "/v2/1234/payments/000000123410000595980000100001",
        [("Date", DATE), ("X-GCS-ServerMetaInfo", "e30=")],
    )
    assert (
        req.header("Authorization") == f"GCS v1HMAC:5e45c937b9db33ae:{signature(expected, SECRET)}"
    )


def test_post_with_body_idempotence_key_and_extra_header() -> None:
    ctx = CallContext(idempotence_key="order-42")
    req = build_request(
        Call(
            CREATE_PAYMENT,
            {"merchantId": "1234"},
            {"order": {"amountOfMoney": {"amount": 100, "currencyCode": "EUR"}}},
            None,
            ctx,
        ),
        SETTINGS,
        date=DATE,
        extra_headers=[("X-GCS-Trace", "t1"), ("X-Other", "o")],
    )
    assert [n for n, _ in req.headers] == [
        "Date",
        "X-GCS-ServerMetaInfo",
        "Content-Type",
        "X-GCS-Idempotence-Key",
        "X-GCS-Trace",
        "X-Other",
        "Authorization",
    ]
    assert req.header("Content-Type") == "application/json"
    assert req.header("X-GCS-Idempotence-Key") == "order-42"
    assert json.loads(req.body) == {
        "order": {"amountOfMoney": {"amount": 100, "currencyCode": "EUR"}}
    }
    assert _signature_is_valid(req)
    # The idempotence key and the extra X-GCS header are signed.
    for name in ("X-GCS-Idempotence-Key", "X-GCS-Trace"):
        tampered = attrs.evolve(
            req, headers=[(n, v + "x" if n == name else v) for n, v in req.headers]
        )
        assert not _signature_is_valid(tampered)


@pytest.mark.parametrize("key", ["", "   "])
def test_an_empty_or_blank_idempotence_key_is_refused_before_any_request(key: str) -> None:
    with pytest.raises(ValueError, match=r"must not be (empty|blank)"):
        CallContext(key)


@pytest.mark.parametrize(
    "name",
    [
        "Authorization",
        "date",
        "Content-Type",
        "X-GCS-ServerMetaInfo",
        "x-gcs-idempotence-key",
        "Content-Encoding",
        "Content-Length",
        "Host",
    ],
)
def test_extra_headers_cannot_repeat_own_headers(name: str) -> None:
    with pytest.raises(ValueError, match=name):
        build_request(
            Call(GET_PAYMENT, {"merchantId": "1", "paymentId": "2"}, None, None, None),
            SETTINGS,
            extra_headers=[(name, "v")],
        )


@pytest.mark.parametrize("value", ["a\r\nInjected: 1", "a\nb", "tab\there", "clé"])
def test_header_values_with_line_breaks_rejected(value: str) -> None:
    with pytest.raises(ValueError, match="printable ASCII"):
        build_request(
            Call(
                GET_PAYMENT, {"merchantId": "1", "paymentId": "2"}, None, None, CallContext(value)
            ),
            SETTINGS,
        )
    with pytest.raises(ValueError, match="printable ASCII"):
        build_request(
            Call(GET_PAYMENT, {"merchantId": "1", "paymentId": "2"}, None, None, None),
            SETTINGS,
            extra_headers=[("X-GCS-A", value)],
        )


def test_default_date_is_now_in_rfc1123_gmt() -> None:
    req = build_request(
        Call(GET_PAYMENT, {"merchantId": "1", "paymentId": "2"}, None, None, None), SETTINGS
    )
    sent = parsedate_to_datetime(req.header("Date") or "")
    now = parsedate_to_datetime(formatdate(usegmt=True))
    assert abs((now - sent).total_seconds()) < 120
    assert (req.header("Date") or "").endswith(" GMT")


@given(st.integers(min_value=0, max_value=2**33))
def test_http_date_matches_email_formatdate(ts: int) -> None:
    assert http_date(ts) == formatdate(ts, usegmt=True)


def test_server_meta_info_header_is_what_settings_carry() -> None:
    meta = server_meta_info("Acme shop")
    req = build_request(
        Call(GET_PAYMENT, {"merchantId": "1", "paymentId": "2"}, None, None, None),
        attrs.evolve(SETTINGS, server_meta_info=meta),
    )
    decoded = json.loads(base64.b64decode(req.header("X-GCS-ServerMetaInfo") or ""))
    assert decoded["integrator"] == "Acme shop"


# ---------------------------------------------------------------- body


def test_gzip_body_is_compressed_deterministically() -> None:
    body = {"header": {"merchantBatchReference": "b1"}, "operations": []}
    first = build_request(
        Call(SUBMIT_BATCH, {"merchantId": "1"}, body, None, None), SETTINGS, date=DATE
    )
    second = build_request(
        Call(SUBMIT_BATCH, {"merchantId": "1"}, body, None, None), SETTINGS, date=DATE
    )
    assert first.header("Content-Encoding") == "gzip"
    assert first.header("Content-Type") == "application/json"
    assert json.loads(gzip.decompress(first.body)) == body
    assert first.body == second.body
    assert first.header("Authorization") == second.header("Authorization")
    assert _signature_is_valid(first)


def test_body_for_operation_without_body_is_type_error() -> None:
    with pytest.raises(TypeError, match="get_payment takes no request body"):
        build_request(
            Call(GET_PAYMENT, {"merchantId": "1", "paymentId": "2"}, {"a": 1}, None, None), SETTINGS
        )


def test_missing_body_for_operation_with_body_is_type_error() -> None:
    with pytest.raises(TypeError, match="create_payment needs a request body"):
        build_request(Call(CREATE_PAYMENT, {"merchantId": "1"}, None, None, None), SETTINGS)


# ---------------------------------------------------------------- path


@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        ("a/b", "a%2Fb"),
        ("a b", "a%20b"),
        ("é", "%C3%A9"),
        ("../x", "..%2Fx"),
        ("a?b#c", "a%3Fb%23c"),
        (12, "12"),
    ],
)
def test_path_values_percent_encoded(value: object, encoded: str) -> None:
    req = build_request(
        Call(GET_PAYMENT, {"merchantId": "m", "paymentId": value}, None, None, None), SETTINGS
    )
    assert req.url == f"https://payment.preprod.example/v2/m/payments/{encoded}"
    assert _signature_is_valid(req)


@pytest.mark.parametrize("value", [None, "", "   ", "\t\n"])
def test_empty_identifier_rejected(value: object) -> None:
    with pytest.raises(ValueError, match=r"get_payment: path parameter payment_id"):
        build_request(
            Call(GET_PAYMENT, {"merchantId": "m", "paymentId": value}, None, None, None), SETTINGS
        )


def test_missing_identifier_rejected() -> None:
    with pytest.raises(ValueError, match=r"get_payment: path parameter payment_id"):
        build_request(Call(GET_PAYMENT, {"merchantId": "m"}, None, None, None), SETTINGS)


def test_unexpected_path_value_rejected() -> None:
    with pytest.raises(ValueError, match=r"unexpected path parameter\(s\) tokenId"):
        build_request(
            Call(
                GET_PAYMENT, {"merchantId": "m", "paymentId": "p", "tokenId": "t"}, None, None, None
            ),
            SETTINGS,
        )


def test_integer_path_parameter() -> None:
    req = build_request(
        Call(GET_PRODUCT, {"merchantId": "m", "paymentProductId": 1}, None, None, None), SETTINGS
    )
    assert req.url.endswith("/v2/m/products/1")
    for bad in (True, "1", 1.0):
        with pytest.raises(TypeError, match="payment_product_id must be an int"):
            build_request(
                Call(GET_PRODUCT, {"merchantId": "m", "paymentProductId": bad}, None, None, None),
                SETTINGS,
            )
    with pytest.raises(ValueError, match="payment_product_id is missing"):
        build_request(
            Call(GET_PRODUCT, {"merchantId": "m", "paymentProductId": None}, None, None, None),
            SETTINGS,
        )


# ---------------------------------------------------------------- query


def test_query_serialization() -> None:
    params = GetPaymentProductsParams(
        country_code="NL",
        currency_code="EUR",
        amount=1000,
        is_recurring=True,
        hide=["fields", "accountsOnFile"],
    )
    req = build_request(
        Call(GET_PRODUCTS, {"merchantId": "1234"}, None, params, None), SETTINGS, date=DATE
    )
    assert path_and_query(req.url) == (
        "/v2/1234/products?countryCode=NL&currencyCode=EUR&amount=1000&isRecurring=True"
        "&hide=fields&hide=accountsOnFile"
    )
    assert _signature_is_valid(req)


def test_query_false_none_and_empty() -> None:
    req = build_request(
        Call(
            GET_PRODUCTS,
            {"merchantId": "1"},
            None,
            GetPaymentProductsParams(is_recurring=False, hide=[]),
            None,
        ),
        SETTINGS,
    )
    assert path_and_query(req.url) == "/v2/1/products?isRecurring=False"
    req = build_request(
        Call(GET_PRODUCTS, {"merchantId": "1"}, None, GetPaymentProductsParams(), None), SETTINGS
    )
    assert path_and_query(req.url) == "/v2/1/products"


def test_query_number() -> None:
    req = build_request(
        Call(GET_PRODUCTS, {"merchantId": "1"}, None, GetPaymentProductsParams(ratio=0.5), None),
        SETTINGS,
    )
    assert path_and_query(req.url) == "/v2/1/products?ratio=0.5"


@settings(max_examples=100)
@given(st.text(max_size=20), st.lists(st.text(max_size=8), max_size=3))
def test_query_values_round_trip_and_are_signed_as_sent(country: str, hide: list[str]) -> None:
    params = GetPaymentProductsParams(country_code=country, hide=hide)
    req = build_request(
        Call(GET_PRODUCTS, {"merchantId": "1"}, None, params, None), SETTINGS, date=DATE
    )
    query = urlsplit(req.url).query
    assert parse_qsl(query, keep_blank_values=True) == [("countryCode", country)] + [
        ("hide", h) for h in hide
    ]
    assert _signature_is_valid(req)


@pytest.mark.parametrize(
    ("params", "problem"),
    [
        (GetPaymentProductsParams(amount=True), "amount must be an int"),
        (GetPaymentProductsParams(amount="10"), "amount must be an int"),  # type: ignore[arg-type]
        (GetPaymentProductsParams(is_recurring="yes"), "is_recurring must be a bool"),  # type: ignore[arg-type]
        (GetPaymentProductsParams(hide="fields"), "hide must be a list"),  # type: ignore[arg-type]
        (GetPaymentProductsParams(ratio="1"), "ratio must be a number"),  # type: ignore[arg-type]
    ],
)
def test_query_wrong_types_rejected(params: GetPaymentProductsParams, problem: str) -> None:
    with pytest.raises(TypeError, match=problem):
        build_request(Call(GET_PRODUCTS, {"merchantId": "1"}, None, params, None), SETTINGS)


def test_query_for_operation_without_query_is_type_error() -> None:
    with pytest.raises(TypeError, match="get_payment takes no query parameters"):
        build_request(
            Call(
                GET_PAYMENT,
                {"merchantId": "1", "paymentId": "2"},
                None,
                GetPaymentProductsParams(),
                None,
            ),
            SETTINGS,
        )


def test_query_of_wrong_class_is_type_error() -> None:
    with pytest.raises(TypeError, match="must be a GetPaymentProductsParams, not OtherParams"):
        build_request(
            Call(GET_PRODUCTS, {"merchantId": "1"}, None, OtherParams(country_code="NL"), None),
            SETTINGS,
        )


# ---------------------------------------------------------------- settings and endpoint


def test_settings_repr_hides_secret() -> None:
    text = repr(SETTINGS)
    assert SECRET not in text
    assert "5e45c937b9db33ae" in text
    assert "***" in text


@pytest.mark.parametrize(
    ("endpoint", "problem"),
    [
        ("ftp://host", "http:// or https://"),
        ("host.example", "http:// or https://"),
        ("https://", "no host"),
        ("https://host/v2", "no path"),
        ("https://host?x=1", "no path"),
        ("https://user:pw@host", "user information"),
        ("https://host:notaport", "invalid port"),
    ],
)
def test_settings_reject_bad_endpoint(endpoint: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        RequestSettings(endpoint, "id", "secret", "e30=")


def test_settings_strip_trailing_slash_and_check_keys() -> None:
    assert RequestSettings("https://h:8443/", "id", "s", "m").endpoint == "https://h:8443"
    with pytest.raises(ValueError, match="API key id"):
        RequestSettings("https://h", "", "s", "m")
    with pytest.raises(ValueError, match="secret API key"):
        RequestSettings("https://h", "id", "", "m")


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("https", "payment.preprod.example", None), "https://payment.preprod.example"),
        (("HTTPS", "h", 443), "https://h:443"),
        (("http", "127.0.0.1", 8080), "http://127.0.0.1:8080"),
        (("http", "::1", 8080), "http://[::1]:8080"),
        (("https", "h", -1), "https://h"),
    ],
)
def test_endpoint_from_parts(parts: tuple[str, str, int | None], expected: str) -> None:
    assert endpoint_from_parts(*parts) == expected
    RequestSettings(expected, "id", "s", "m")  # accepted as an endpoint


@pytest.mark.parametrize(
    ("parts", "problem"),
    [
        (("ftp", "h", None), "scheme"),
        (("https", "", None), "host is empty"),
        (("https", "h/path", None), "host name or address only"),
        (("https", "h", 0), "port"),
        (("https", "h", 70000), "port"),
        (("https", "h", True), "port"),
    ],
)
def test_endpoint_from_parts_rejects(parts: tuple[str, str, Any], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        endpoint_from_parts(*parts)


# ---------------------------------------------------------------- with the generated operations


def test_generated_products_operation_reproduces_vector_url() -> None:
    from opay.models import GetPaymentProductsParams as Params
    from opay.operations import GET_PAYMENT_PRODUCTS

    params = Params(country_code="NL", currency_code="EUR", hide=["fields", "accountsOnFile"])
    req = build_request(
        Call(GET_PAYMENT_PRODUCTS, {"merchantId": "1234"}, None, params, None), SETTINGS
    )
    assert path_and_query(req.url) == (
        "/v2/1234/products?countryCode=NL&currencyCode=EUR&hide=fields&hide=accountsOnFile"
    )
    assert _signature_is_valid(req)


def test_generated_create_payment_with_model_body() -> None:
    from opay.models import AmountOfMoney, CreatePaymentRequest, Order
    from opay.operations import CREATE_PAYMENT as GENERATED

    body = CreatePaymentRequest(
        order=Order(amount_of_money=AmountOfMoney(amount=1000, currency_code="EUR"))
    )
    req = build_request(Call(GENERATED, {"merchantId": "1234"}, body, None, None), SETTINGS)
    assert json.loads(req.body) == {
        "order": {"amountOfMoney": {"amount": 1000, "currencyCode": "EUR"}}
    }
    assert req.header("Content-Type") == "application/json"
    assert _signature_is_valid(req)


def test_every_generated_operation_builds_a_signed_request() -> None:
    from opay import models
    from opay.operations import OPERATIONS

    for operation in OPERATIONS.values():
        values: dict[str, object] = {
            p.name: (7 if p.type == "integer" else f"{p.name}-1") for p in operation.path_params
        }
        body: dict[str, object] | None = {} if operation.body_model else None
        query = getattr(models, operation.query_class)() if operation.query_class else None
        req = build_request(
            Call(operation, values, body, query, CallContext("k")), SETTINGS, date=DATE
        )
        assert req.method == operation.method
        assert "{" not in req.url, operation.operation_id
        assert (req.header("Content-Encoding") == "gzip") is operation.gzip_body
        assert _signature_is_valid(req), operation.operation_id


_HEADER_NAME = st.from_regex(r"[A-Za-z][A-Za-z0-9-]{0,15}", fullmatch=True)
_HEADER_VALUE = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=24)


@settings(max_examples=200)
@given(
    key=st.none() | _HEADER_VALUE.filter(lambda key: bool(key) and key == key.strip()),
    extra=st.lists(
        st.tuples(st.sampled_from(["X-GCS-", "x-gcs-", "X-Other-"]), _HEADER_NAME, _HEADER_VALUE),
        max_size=4,
    ),
    body=st.booleans(),
)
def test_signature_matches_the_generic_string_to_sign(
    key: str | None, extra: list[tuple[str, str, str]], body: bool
) -> None:
    # build_request composes the string to sign from the headers it sets; whatever they are,
    # a verifier that only sees the headers sent must compute the same signature.
    headers = [(prefix + name, value) for prefix, name, value in extra]
    req = build_request(
        Call(
            CREATE_PAYMENT if body else GET_PAYMENT,
            {"merchantId": "1234"} if body else {"merchantId": "1234", "paymentId": "p1"},
            {"order": {"amountOfMoney": {"amount": 1, "currencyCode": "EUR"}}} if body else None,
            None,
            CallContext(idempotence_key=key),
        ),
        SETTINGS,
        headers,
    )
    assert _signature_is_valid(req)


# --- the path signed is the path every transport sends ----------------------------------------


def _sent_paths(url: str) -> dict[str, str]:
    """The path each HTTP stack puts on the wire for ``url`` (after its normalisation)."""
    import httpx
    import urllib3
    import yarl

    from opay_transports._options import split_url

    return {
        "httpx": httpx.URL(url).raw_path.decode("ascii").partition("?")[0],
        "urllib3": urllib3.util.parse_url(url).path or "/",
        "aiohttp": yarl.URL(url, encoded=True).raw_path,
        "stdlib": split_url(Request("GET", url, ())).target.partition("?")[0],
    }


@pytest.mark.parametrize("dots", [".", ".."])
@pytest.mark.parametrize("operation", [GET_PAYMENT])
def test_dot_segment_ids_are_refused(operation: Operation, dots: str) -> None:
    with pytest.raises(ValueError, match=r"path parameter payment_id cannot be '\.{1,2}'"):
        build_request(
            Call(operation, {"merchantId": "m", "paymentId": dots}, None, None, None), SETTINGS
        )
    with pytest.raises(ValueError, match="path parameter merchant_id"):
        build_request(
            Call(operation, {"merchantId": dots, "paymentId": "p"}, None, None, None), SETTINGS
        )


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(min_size=1, max_size=12),
        st.text(alphabet="./%2Ee~-_ ?#", min_size=1, max_size=6),
        st.sampled_from([".", "..", "...", "%2E", "%2e%2E", "./", "../", ".%2E", "a/../b"]),
    )
)
def test_the_signed_path_is_the_path_sent(value: str) -> None:
    try:
        request = build_request(
            Call(GET_PAYMENT, {"merchantId": "m1", "paymentId": value}, None, None, None),
            SETTINGS,
            date=DATE,
        )
    except ValueError as exc:
        assert value in (".", "..") or value.isspace(), exc
        return
    signed = request.url[len(SETTINGS.endpoint) :]
    assert signed.startswith("/v2/m1/payments/")
    segments = signed.split("/")
    assert "." not in segments and ".." not in segments
    for transport, sent in _sent_paths(request.url).items():
        assert sent == signed, transport
    authorization = request.header("Authorization")
    assert authorization is not None
    expected = string_to_sign("GET", signed, request.headers)
    assert parse_authorization(authorization)[1] == signature(expected, SECRET)
