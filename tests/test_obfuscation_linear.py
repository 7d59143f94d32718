"""Scrubbing takes time linear in its input, whatever the input's shape.

Each check times a scrubber on an input and on one 8 times longer (the best of several runs,
in CPU time of the thread, which other processes on the machine do not inflate) and wants a
ratio near 8, far from the 64 of a quadratic algorithm. An input that already
takes long at the smaller size fails at once, rather than running for minutes.
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opay.call import Call
from opay.exceptions import ApiException, CommunicationException
from opay.log import MessageFormatter
from opay.models import APIError
from opay.obfuscation import BodyObfuscator, mask_card_numbers, scrub_message, scrub_text
from opay.operations import CREATE_PAYMENT
from opay.response import parse_response
from opay.transport import Request, Response

SMALL = 4_000  # characters; the large input is 8 times longer
RATIO_LIMIT = 16
PROBE = 500  # characters, scrubbed first: a quadratic scrubber fails here, quickly
SLOW_PROBE = 0.02  # seconds of CPU; a linear scrubber needs well under a millisecond
REPEATS = 5

Scrubber = Callable[[str], object]


def _best_time(scrubber: Scrubber, text: str) -> float:
    best = float("inf")
    gc.collect()
    gc.disable()  # a collection of the test session's objects is not the scrubber's time
    try:
        for _ in range(REPEATS):
            start = time.thread_time()
            scrubber(text)
            best = min(best, time.thread_time() - start)
    finally:
        gc.enable()
    return best


def _floor(seconds: float) -> float:
    return max(seconds, 2e-4)  # below that, the timer and the interpreter are the noise


def assert_linear(scrubber: Scrubber, unit: str) -> None:
    """``scrubber`` on ``unit`` repeated to SMALL and to 8 * SMALL characters."""
    scrubber(unit)  # warm caches (regular expressions, imports)
    probe = unit * max(1, PROBE // len(unit))
    start = time.thread_time()
    scrubber(probe)
    probe_time = time.thread_time() - start
    assert probe_time < SLOW_PROBE, f"{len(probe)} characters took {probe_time:.3f} s"
    count = max(1, SMALL // len(unit))
    small_time = _best_time(scrubber, unit * count)
    large_time = _best_time(scrubber, unit * (count * 8))
    ratio = _floor(large_time) / _floor(small_time)
    assert ratio < RATIO_LIMIT, f"8 times the input took {ratio:.1f} times as long"


def _error_body(message: str) -> Response:
    body = json.dumps({"errorId": "e", "errors": [{"code": "1", "message": message}]})
    return Response(400, [("Content-Type", "application/json")], body.encode())


def _parse_400(text: str) -> object:
    """What parse_response does with a 400 whose error message is ``text`` (logging off)."""
    try:
        parse_response(Call(CREATE_PAYMENT), _error_body(text))
    except ApiException as exc:
        return exc
    raise AssertionError("no exception")


def _parse_502_text(text: str) -> object:
    try:
        parse_response(
            Call(CREATE_PAYMENT), Response(502, [("Content-Type", "text/plain")], text.encode())
        )
    except CommunicationException as exc:
        return exc
    raise AssertionError("no exception")


FORMATTER = MessageFormatter()
REQUEST = Request("POST", "https://h/v2/1/payments", [])

SCRUBBERS: dict[str, Scrubber] = {
    "scrub_text": scrub_text,
    "scrub_message": scrub_message,
    "mask_card_numbers": mask_card_numbers,
    "obfuscate (text)": BodyObfuscator().obfuscate,
    "obfuscate (JSON string)": lambda text: BodyObfuscator().obfuscate(json.dumps({"m": text})),
    "parse_response of a 400": _parse_400,
    "parse_response of a 502 with text": _parse_502_text,
    "log line of a response": lambda text: FORMATTER.response(
        "id", REQUEST, Response(400, [], text.encode()), 1.0
    ),
    "log line of an exception": lambda text: FORMATTER.exception(
        "id", REQUEST, RuntimeError(text), 1.0
    ),
    "repr of a response": lambda text: repr(Response(400, [], text.encode())),
    "repr of a model": lambda text: repr(APIError(message=text)),
    "CommunicationException": CommunicationException,
}

HOSTILE_UNITS = {
    "backslashes": "\\",
    "backslashes and quotes": '\\\\\\"',
    "names after backslashes": "cvv\\\\\\\\",
    "names and separators": "cvv=",
    "quoted names": '"cvv":',
    "escaped quoted names": '\\"cvv\\":\\"',
    "unclosed values": "cvv: \\\\\\'x",
    "open containers": "cvv={[",
    "digits and spaces": "1 ",
    "digits and dashes": "4-",
    "long digit run": "4",
    "slashes": "/",
    "URL starts": "http://",
    "at signs": "a:b@",
    "unicode escapes": "\\u00",
    "header names": "Authorization ",
    "control characters": "\x1b\x07\x00",
}


@pytest.mark.parametrize("shape", sorted(HOSTILE_UNITS))
@pytest.mark.parametrize("scrubber", sorted(SCRUBBERS))
def test_scrubbing_is_linear(scrubber: str, shape: str) -> None:
    assert_linear(SCRUBBERS[scrubber], HOSTILE_UNITS[shape])


def test_a_400_with_a_long_run_of_backslashes_is_parsed_quickly() -> None:
    start = time.thread_time()
    _parse_400("\\" * 2500)
    assert time.thread_time() - start < 0.1


# Pieces that make scanners backtrack: escapes, quotes, separators, names, digits.
PIECES = st.sampled_from(
    [
        "\\",
        '"',
        "'",
        '\\"',
        ":",
        "=",
        " ",
        "{",
        "[",
        "}",
        "]",
        "cvv",
        "cardNumber",
        "4",
        "1-",
        "@",
        "//",
        "http://",
        "\\u00",
        "\n",
        "x",
        "Cookie:",
        "v1HMAC:",
    ]
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, min_size=1, max_size=8), st.sampled_from(sorted(SCRUBBERS)))
def test_scrubbing_is_linear_for_any_repeated_shape(pieces: list[str], scrubber: str) -> None:
    assert_linear(SCRUBBERS[scrubber], "".join(pieces))
