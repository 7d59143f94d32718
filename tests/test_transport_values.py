"""The request and response values every transport exchanges."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from opay.transport import Request, Response

_PAIRS = st.lists(st.tuples(st.text(max_size=12), st.text(max_size=12)), max_size=6)


@given(st.integers(100, 599), _PAIRS, st.binary(max_size=64))
def test_a_received_response_equals_a_constructed_one(
    status: int, headers: list[tuple[str, str]], body: bytes
) -> None:
    received = Response.received(status, headers, body)
    assert received == Response(status, headers, body)
    assert type(received.headers) is tuple
    assert hash(received) == hash(Response(status, headers, body))


@given(_PAIRS, st.binary(max_size=64))
def test_an_assembled_request_equals_a_constructed_one(
    headers: list[tuple[str, str]], body: bytes
) -> None:
    assembled = Request.assembled("POST", "https://h/v2/x", tuple(headers), body)
    assert assembled == Request("POST", "https://h/v2/x", headers, body)


def test_received_headers_are_read_case_insensitively_and_stay_frozen() -> None:
    response = Response.received(200, iter([("Content-Type", "a/b"), ("X-Gcs-A", "1")]), b"")
    assert response.header("content-type") == "a/b"
    assert response.header("X-GCS-a") == "1"
    assert response.header("X-GCS-ab") is None
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        response.status = 201  # type: ignore[misc]
