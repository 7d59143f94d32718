"""v1HMAC signing: the published vectors, the normalisation rules and their invariants."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opay.signing import (
    Signer,
    authorization_header,
    check_api_key_id,
    parse_authorization,
    path_and_query,
    signature,
    signatures_match,
    string_to_sign,
)

VECTORS: dict[str, Any] = json.loads(
    (Path(__file__).parent / "vectors" / "v1hmac.json").read_text(encoding="utf-8")
)
KEY_ID: str = VECTORS["api_key_id"]
SECRET: str = VECTORS["secret_api_key"]


def _headers(case: dict[str, Any]) -> list[tuple[str, str]]:
    return [(name, value) for name, value in case["headers"]]


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda c: f"{c['method']} {c['url']}")
def test_vector_string_to_sign(case: dict[str, Any]) -> None:
    target = path_and_query(case["url"])
    assert string_to_sign(case["method"], target, _headers(case)) == case["string_to_sign"]


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda c: f"{c['method']} {c['url']}")
def test_vector_authorization(case: dict[str, Any]) -> None:
    target = path_and_query(case["url"])
    header = authorization_header(KEY_ID, SECRET, case["method"], target, _headers(case))
    assert header == case["authorization"]


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda c: f"{c['method']} {c['url']}")
def test_vector_signature_verifies(case: dict[str, Any]) -> None:
    key_id, received = parse_authorization(case["authorization"])
    assert key_id == KEY_ID
    expected = signature(case["string_to_sign"], SECRET)
    assert signatures_match(received, expected)
    assert not signatures_match(received, signature(case["string_to_sign"], SECRET + "x"))


def test_path_and_query_keeps_encoding_verbatim() -> None:
    assert (
        path_and_query("https://h:8443/v2/a%2Fb?x=1%202&y=%C3%A9") == "/v2/a%2Fb?x=1%202&y=%C3%A9"
    )
    assert path_and_query("http://h/v2/x") == "/v2/x"
    assert path_and_query("http://h") == "/"


def test_missing_content_type_and_date_give_empty_lines() -> None:
    assert string_to_sign("GET", "/v2/1", []) == "GET\n\n\n/v2/1\n"


def test_first_content_type_and_date_win() -> None:
    text = string_to_sign(
        "POST",
        "/p",
        [("Date", "d1"), ("content-type", "a/b"), ("DATE", "d2"), ("Content-Type", "c/d")],
    )
    assert text == "POST\na/b\nd1\n/p\n"


def test_x_gcs_values_are_unfolded_and_trimmed() -> None:
    text = string_to_sign(
        "GET", "/p", [("X-GCS-A", " one\n\ttwo\r\n three "), ("x-gcs-b", "\tplain\t")]
    )
    assert text == "GET\n\n\nx-gcs-a:one two three\nx-gcs-b:plain\n/p\n"


def test_x_gcs_headers_sorted_by_lowercased_name() -> None:
    text = string_to_sign(
        "GET", "/p", [("X-GCS-Zeta", "z"), ("x-gcs-alpha", "a"), ("X-Gcs-Mid", "m")]
    )
    assert text == "GET\n\n\nx-gcs-alpha:a\nx-gcs-mid:m\nx-gcs-zeta:z\n/p\n"


def test_signature_is_base64_hmac_sha256_with_utf8_key() -> None:
    # HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), a well-known value.
    assert (
        signature("The quick brown fox jumps over the lazy dog", "key")
        == "97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg="
    )
    assert signature("x", "clé") != signature("x", "cle")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("Bearer abc", "does not start with"),
        ("GCS v1HMAC:", "form"),
        ("GCS v1HMAC:abc", "form"),
        ("GCS v1HMAC:a:b:c", "form"),
        ("GCS v1HMAC::sig", "empty API key id"),
        ("GCS v1HMAC:key:", "empty signature"),
        ("gcs v1hmac:key:sig", "does not start with"),
    ],
)
def test_parse_authorization_rejects_malformed(value: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_authorization(value)


@pytest.mark.parametrize("key_id", ["", "a:b", "a b", "a\nb"])
def test_invalid_api_key_id_rejected(key_id: str) -> None:
    with pytest.raises(ValueError, match="API key id"):
        check_api_key_id(key_id)
    with pytest.raises(ValueError, match="API key id"):
        authorization_header(key_id, "secret", "GET", "/", [])


def test_signatures_match_handles_non_ascii() -> None:
    assert signatures_match("é", "é")
    assert not signatures_match("é", "e")


# ---------------------------------------------------------------- properties

_token = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)
_value = st.text(
    alphabet=st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=20
)
_gcs_headers = st.dictionaries(
    _token.map(lambda s: "X-GCS-" + s), _value, min_size=0, max_size=4
).map(lambda d: list(d.items()))
_other_headers = st.lists(
    st.tuples(
        _token.filter(lambda s: not s.startswith("x-gcs-")).map(lambda s: "X-Other-" + s), _value
    ),
    max_size=3,
)


@st.composite
def _requests(draw: st.DrawFn) -> dict[str, Any]:
    has_body = draw(st.booleans())
    headers: list[tuple[str, str]] = [("Date", draw(_value))]
    if has_body:
        headers.append(("Content-Type", draw(_value)))
    headers.extend(draw(_gcs_headers))
    return {
        "method": draw(st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH"])),
        "path": "/v2/" + draw(_token),
        "query": draw(st.one_of(st.just(""), _token.map(lambda s: "a=" + s))),
        "headers": headers,
        "secret": draw(_value),
    }


def _sign(req: dict[str, Any]) -> str:
    target = req["path"] + ("?" + req["query"] if req["query"] else "")
    return signature(string_to_sign(req["method"], target, req["headers"]), req["secret"])


def _swap_case(name: str, pattern: list[bool]) -> str:
    return "".join(
        (c.upper() if flip else c.lower())
        for c, flip in zip(name, pattern * len(name), strict=False)
    )


@settings(max_examples=150)
@given(
    _requests(),
    st.randoms(use_true_random=False),
    st.lists(st.booleans(), min_size=1, max_size=5),
    _other_headers,
)
def test_signature_stable_under_reordering_case_and_unrelated_headers(
    req: dict[str, Any], rnd: Any, case_pattern: list[bool], others: list[tuple[str, str]]
) -> None:
    original = _sign(req)
    headers = [(_swap_case(name, case_pattern), value) for name, value in req["headers"]]
    headers.extend(others)
    rnd.shuffle(headers)
    assert _sign({**req, "headers": headers}) == original


def _replace_header(headers: list[tuple[str, str]], name: str, value: str) -> list[tuple[str, str]]:
    return [(n, value if n == name else v) for n, v in headers]


@settings(max_examples=150)
@given(_requests(), st.data())
def test_signature_changes_with_every_signed_part(req: dict[str, Any], data: st.DataObject) -> None:
    original = _sign(req)
    variants: list[dict[str, Any]] = [
        {
            **req,
            "method": data.draw(
                st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH"]).filter(
                    lambda m: m != req["method"]
                )
            ),
        },
        {**req, "path": req["path"] + "x"},
        {**req, "query": req["query"] + "b" if req["query"] else "b=1"},
        {**req, "secret": req["secret"] + "k"},
        {**req, "headers": _replace_header(req["headers"], "Date", req["headers"][0][1] + "0")},
    ]
    names = [name for name, _ in req["headers"]]
    if "Content-Type" in names:
        ct = dict(req["headers"])["Content-Type"]
        variants.append(
            {**req, "headers": _replace_header(req["headers"], "Content-Type", ct + "1")}
        )
    else:
        variants.append({**req, "headers": [*req["headers"], ("Content-Type", "application/json")]})
    for name, value in req["headers"]:
        if name.startswith("X-GCS-"):
            variants.append({**req, "headers": _replace_header(req["headers"], name, value + "v")})
    variants.append(
        {**req, "headers": [*req["headers"], ("X-GCS-Added", "1")]}
        if "X-GCS-Added" not in names
        else req
    )
    for variant in variants:
        if variant is req:
            continue
        assert _sign(variant) != original, variant


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda c: f"{c['method']} {c['url']}")
def test_signer_reproduces_the_vectors(case: dict[str, Any]) -> None:
    signer = Signer(KEY_ID, SECRET)
    assert signer.authorization(case["string_to_sign"]) == case["authorization"]
    assert signer.authorization(case["string_to_sign"]) == case["authorization"]  # reusable


def test_signer_hides_the_secret_and_checks_its_inputs() -> None:
    assert SECRET not in repr(Signer(KEY_ID, SECRET))
    assert KEY_ID in repr(Signer(KEY_ID, SECRET))
    with pytest.raises(ValueError, match="API key id"):
        Signer("a:b", SECRET)
    with pytest.raises(ValueError, match="secret API key"):
        Signer(KEY_ID, "")


@settings(max_examples=100)
@given(st.text(max_size=200))
def test_signer_agrees_with_signature(text: str) -> None:
    assert Signer(KEY_ID, SECRET).authorization(text) == (
        f"GCS v1HMAC:{KEY_ID}:{signature(text, SECRET)}"
    )
