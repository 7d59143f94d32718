"""Property tests of the webhooks helper: every tampering is rejected, and nothing a sender
can send makes it raise anything but the documented exceptions."""

from __future__ import annotations

import contextlib
import json
import string
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from opay.models import WebhooksEvent
from opay.webhooks import (
    InMemorySecretKeyStore,
    SignatureValidationException,
    Webhooks,
    WebhooksException,
    WebhooksHelper,
    compute_signature,
)

KEY_ID = "key-1"
SECRET = "hooks-secret-1"

PROPERTY_SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def helper() -> WebhooksHelper:
    store = InMemorySecretKeyStore()
    store.store_secret_key(KEY_ID, SECRET)
    store.store_secret_key("key-2", "second secret")
    return Webhooks.create_helper(store)


def headers_for(body: bytes, key_id: str = KEY_ID, secret: str = SECRET) -> list[tuple[str, str]]:
    return [("X-GCS-Signature", compute_signature(body, secret)), ("X-GCS-KeyId", key_id)]


json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=10,
)


@st.composite
def changed_bytes(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` with one byte changed, inserted or removed, or cut/extended."""
    kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "append"]))
    if kind == "flip" and original:
        index = draw(st.integers(min_value=0, max_value=len(original) - 1))
        mask = draw(st.integers(min_value=1, max_value=255))
        return original[:index] + bytes([original[index] ^ mask]) + original[index + 1 :]
    if kind == "insert":
        index = draw(st.integers(min_value=0, max_value=len(original)))
        return original[:index] + draw(st.binary(min_size=1, max_size=3)) + original[index:]
    if kind == "delete" and original:
        index = draw(st.integers(min_value=0, max_value=len(original) - 1))
        return original[:index] + original[index + 1 :]
    if kind == "truncate" and original:
        return original[: draw(st.integers(min_value=0, max_value=len(original) - 1))]
    return original + draw(st.binary(min_size=1, max_size=4))


@PROPERTY_SETTINGS
@given(st.data(), st.binary(max_size=200))
def test_any_change_to_the_body_is_rejected(
    helper: WebhooksHelper, data: st.DataObject, body: bytes
) -> None:
    headers = headers_for(body)
    changed = data.draw(changed_bytes(body))
    assume(changed != body)
    with pytest.raises(SignatureValidationException, match="does not match"):
        helper.unmarshal(changed, headers)


@PROPERTY_SETTINGS
@given(st.binary(max_size=200), st.text(min_size=1, max_size=30))
def test_a_body_signed_with_another_key_is_rejected(
    helper: WebhooksHelper, body: bytes, secret: str
) -> None:
    assume(secret != SECRET)
    with pytest.raises(SignatureValidationException, match="does not match"):
        helper.unmarshal(body, headers_for(body, secret=secret))


@PROPERTY_SETTINGS
@given(st.data(), st.binary(max_size=200))
def test_any_change_to_the_signature_is_rejected(
    helper: WebhooksHelper, data: st.DataObject, body: bytes
) -> None:
    signature = compute_signature(body, SECRET)
    changed = data.draw(
        st.one_of(
            changed_bytes(signature.encode()).map(lambda raw: raw.decode("latin-1")),
            st.text(max_size=60),
        )
    )
    assume(changed.strip() != signature and changed.strip())
    with pytest.raises(SignatureValidationException, match="does not match"):
        helper.unmarshal(body, [("X-GCS-Signature", changed), ("X-GCS-KeyId", KEY_ID)])


@PROPERTY_SETTINGS
@given(st.text(alphabet=string.printable, min_size=1, max_size=20).filter(str.strip))
def test_the_key_id_selects_the_key(helper: WebhooksHelper, key_id: str) -> None:
    body = b'{"apiVersion": "v1"}'
    assume(key_id.strip() not in (KEY_ID, "key-2"))
    with pytest.raises(SignatureValidationException):
        helper.unmarshal(body, headers_for(body, key_id=key_id))
    with pytest.raises(SignatureValidationException, match="does not match"):
        helper.unmarshal(body, headers_for(body, key_id="key-2"))


header_names = st.one_of(
    st.sampled_from(["X-GCS-Signature", "x-gcs-keyid", "X-GCS-KEYID", "Content-Type"]),
    st.text(max_size=15),
    st.binary(max_size=15),
)
header_values = st.one_of(st.text(max_size=50), st.binary(max_size=50))
any_headers = st.one_of(
    st.lists(st.tuples(header_names, header_values), max_size=5),
    st.lists(st.lists(st.one_of(header_names, header_values), max_size=3), max_size=4),
    st.dictionaries(
        st.text(max_size=15), st.one_of(header_values, st.lists(header_values)), max_size=4
    ),
    st.none(),
    st.integers(),
    st.text(max_size=10),
    st.lists(json_scalars, max_size=3),
)


@PROPERTY_SETTINGS
@given(
    st.one_of(st.binary(max_size=300), json_values.map(lambda v: json.dumps(v).encode())),
    any_headers,
)
def test_arbitrary_input_raises_only_documented_exceptions(
    helper: WebhooksHelper, body: bytes, headers: Any
) -> None:
    with contextlib.suppress(WebhooksException):
        helper.unmarshal(body, headers)


@PROPERTY_SETTINGS
@given(
    st.one_of(
        st.binary(max_size=300),
        json_values.map(lambda v: json.dumps(v).encode()),
        st.dictionaries(
            st.sampled_from(["id", "type", "payment", "refund", "created", "x"]), json_values
        ).map(lambda d: json.dumps({"apiVersion": "v1", **d}).encode()),
    )
)
def test_signed_arbitrary_bodies_give_an_event_or_a_documented_exception(
    helper: WebhooksHelper, body: bytes
) -> None:
    try:
        event = helper.unmarshal(body, headers_for(body))
    except WebhooksException as exc:
        assert not isinstance(exc, SignatureValidationException)
    else:
        assert isinstance(event, WebhooksEvent)


@PROPERTY_SETTINGS
@given(
    st.text(max_size=40),
    st.text(max_size=40),
    st.sampled_from(["payment.created", "payment.captured", "refund.refunded", "token.created"]),
    st.text(max_size=40),
    st.sampled_from(["plain", "pretty"]),
)
def test_valid_events_are_read(
    helper: WebhooksHelper, event_id: str, merchant_id: str, kind: str, payment_id: str, style: str
) -> None:
    document = {
        "apiVersion": "v1",
        "id": event_id,
        "merchantId": merchant_id,
        "type": kind,
        "payment": {"id": payment_id, "statusOutput": {"statusCode": 5}},
    }
    body = json.dumps(document, indent=2 if style == "pretty" else None).encode()
    event = helper.unmarshal(body, headers_for(body))
    assert (event.id, event.merchant_id, event.type) == (event_id, merchant_id, kind)
    assert event.payment is not None
    assert event.payment.id == payment_id
    assert event.to_dictionary() == document
