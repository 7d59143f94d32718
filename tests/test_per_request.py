"""The per-request shortcuts keep their results: the current Date header, path identifiers
that need no encoding, generated idempotence keys, request ids for loggers only."""

from __future__ import annotations

import contextlib
import os
import threading
import time
import uuid
import warnings
from email.utils import formatdate
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opay import Client
from opay.call import Call
from opay.exceptions import ReferenceException
from opay.operation import Operation, PathParam
from opay.request import RequestSettings, build_request, http_date
from opay.retry import new_idempotence_key
from opay.transport import Request, Response
from opay_transports.memory import MemoryTransport

GET = Operation(
    operation_id="get_thing",
    tag="things",
    method="GET",
    path="/v2/{merchantId}/things/{thingId}",
    path_params=(
        PathParam(name="merchantId", python_name="merchant_id"),
        PathParam(name="thingId", python_name="thing_id"),
    ),
)
SETTINGS = RequestSettings(
    endpoint="https://example.test",
    api_key_id="key",
    secret_api_key="secret",
    server_meta_info="eyJ9",
)


def test_the_current_date_is_the_current_second() -> None:
    for _ in range(3):
        before = int(time.time())
        text = http_date()
        after = int(time.time())
        assert text in {formatdate(before, usegmt=True), formatdate(after, usegmt=True)}


@given(
    st.text(min_size=1, max_size=12).filter(lambda t: not t.isspace() and t not in (".", ".."))
)
def test_path_identifiers_are_encoded_like_urllib(value: str) -> None:
    from urllib.parse import quote

    request = build_request(
        Call(GET, {"merchantId": "m", "thingId": value}, None, None, None), SETTINGS
    )
    assert request.url == f"https://example.test/v2/m/things/{quote(value, safe='')}"


def test_generated_idempotence_keys_are_random_version_4_uuids() -> None:
    keys = {new_idempotence_key() for _ in range(200)}
    assert len(keys) == 200
    for key in keys:
        parsed = uuid.UUID(hex=key)
        assert key == parsed.hex
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122


def test_generated_idempotence_keys_are_unique_across_threads() -> None:
    keys: list[str] = []

    def make() -> None:
        keys.extend(new_idempotence_key() for _ in range(2000))

    threads = [threading.Thread(target=make) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(keys)) == len(keys) == 16000


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_does_not_repeat_its_parents_keys() -> None:
    new_idempotence_key()  # the parent has made keys before forking
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():  # (3.12+ warns about forking a threaded process)
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the child: send its first keys and leave at once
        os.write(write_end, "".join(new_idempotence_key() for _ in range(3)).encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        text = pipe.read().decode()
    os.waitpid(pid, 0)
    child = {text[i : i + 32] for i in range(0, len(text), 32)}
    parent = {new_idempotence_key() for _ in range(3)}
    assert len(child) == 3
    assert not child & parent


class _Ids:
    def __init__(self) -> None:
        self.ids: list[tuple[str, str]] = []

    def log_request(self, request_id: str, request: Request) -> None:
        self.ids.append(("request", request_id))

    def log_response(
        self, request_id: str, request: Request, response: Response, ms: float
    ) -> None:
        self.ids.append(("response", request_id))

    def log_exception(
        self, request_id: str, request: Request, exc: BaseException, ms: float
    ) -> None:
        self.ids.append(("exception", request_id))


@pytest.mark.parametrize("status", [200, 404])
def test_each_attempt_has_one_request_id_for_the_logger(status: int) -> None:
    body = b'{"id": "p1"}' if status == 200 else b'{"errorId": "e", "errors": []}'

    def answer(request: Request) -> Response:
        return Response(status, [("Content-Type", "application/json")], body)

    logger = _Ids()
    with Client("https://example.test", "key", "secret", transport=MemoryTransport(answer)) as c:
        payments: Any = c.merchant("m").payments()
        with contextlib.suppress(ReferenceException):  # the 404s: only the log matters here
            payments.get_payment("p1")  # no logger: nothing to correlate
        c.enable_logging(logger)
        for _ in range(2):
            with contextlib.suppress(ReferenceException):
                payments.get_payment("p1")
    per_attempt = ["request", "response"] + (["exception"] if status == 404 else [])
    assert [kind for kind, _ in logger.ids] == per_attempt * 2
    ids = [request_id for _, request_id in logger.ids]
    first, second = ids[: len(per_attempt)], ids[len(per_attempt) :]
    assert len(set(first)) == 1 and len(set(second)) == 1
    assert first[0] != second[0] and len(first[0]) == 32
