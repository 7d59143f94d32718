"""Deterministic fault injection for the sandbox's API requests.

A :class:`Faults` value says how often things go wrong; :meth:`Faults.decide` draws, from a
seeded random generator, what happens to one request:

- ``latency_ms``: every API request waits this long before it is handled.
- ``error_rate``: this fraction of API requests is answered 500, 502 or 503 with a
  platform-shaped ``ErrorResponse``. With ``error_mode="before"`` the operation is *not*
  executed (a blind retry is harmless); with ``error_mode="after"`` it *is* executed and only
  its answer is replaced by the error, which is the "may have been processed" case that
  idempotence keys exist for.
- ``drop_rate``: this fraction of API requests gets no answer at all (the connection is
  closed). ``drop_mode`` has the same two values and the same meaning as ``error_mode``.

Only API requests (paths under ``/v2/``) are affected; inspection endpoints and hosted pages
never are. The same seed gives the same sequence of decisions, so a failing reliability test
replays exactly. This module does no I/O: the server applies a decision over a socket, and
:func:`with_faults` applies it to an in-memory handler.
"""

from __future__ import annotations

import json
import random
import threading
import time
import uuid
from collections.abc import Callable
from typing import Literal
from urllib.parse import urlsplit

import attrs

from opay.exceptions import CommunicationException
from opay.sandbox import errors
from opay.transport import Request, Response

Mode = Literal["before", "after"]
MODES: tuple[Mode, ...] = ("before", "after")
ERROR_STATUSES: tuple[int, ...] = (500, 502, 503)


def _check_rate(name: str, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be a fraction between 0 and 1, got {value!r}")


def _check_mode(name: str, value: str) -> None:
    if value not in MODES:
        raise ValueError(f"{name} must be 'before' or 'after', got {value!r}")


@attrs.frozen
class FaultDecision:
    """What happens to one request: a delay, then at most one of an error or a drop.

    ``executed`` tells whether the operation runs before the error or drop is applied.
    """

    delay_seconds: float = 0.0
    error_status: int | None = None
    drop: bool = False
    executed: bool = True

    @property
    def is_fault(self) -> bool:
        """True when the request is answered with an error or not answered at all."""
        return self.error_status is not None or self.drop


NO_FAULT = FaultDecision()


@attrs.define
class Faults:
    """Fault settings plus the seeded generator that draws decisions from them.

    Thread-safe: the server's handler threads share one instance.
    """

    latency_ms: float = attrs.field(default=0.0)
    error_rate: float = attrs.field(default=0.0)
    drop_rate: float = attrs.field(default=0.0)
    error_mode: Mode = attrs.field(default="before")
    drop_mode: Mode = attrs.field(default="before")
    seed: int = attrs.field(default=0)
    _rng: random.Random = attrs.field(init=False, repr=False)
    _lock: threading.Lock = attrs.field(init=False, repr=False, factory=threading.Lock)

    def __attrs_post_init__(self) -> None:
        if self.latency_ms < 0:
            raise ValueError(f"latency_ms must not be negative, got {self.latency_ms!r}")
        _check_rate("error_rate", self.error_rate)
        _check_rate("drop_rate", self.drop_rate)
        if self.error_rate + self.drop_rate > 1.0:
            raise ValueError(
                "error_rate + drop_rate must not exceed 1, "
                f"got {self.error_rate!r} + {self.drop_rate!r}"
            )
        _check_mode("error_mode", self.error_mode)
        _check_mode("drop_mode", self.drop_mode)
        self._rng = random.Random(self.seed)

    @property
    def active(self) -> bool:
        """True when any fault or latency is configured."""
        return bool(self.latency_ms or self.error_rate or self.drop_rate)

    def decide(self, request: Request) -> FaultDecision:
        """Draw what happens to ``request`` (always :data:`NO_FAULT` for non-API paths)."""
        if not self.active or not is_api_request(request):
            return NO_FAULT
        delay = self.latency_ms / 1000.0
        with self._lock:
            draw = self._rng.random()
            status = self._rng.choice(ERROR_STATUSES)
        if draw < self.error_rate:
            return FaultDecision(delay, error_status=status, executed=self.error_mode == "after")
        if draw < self.error_rate + self.drop_rate:
            return FaultDecision(delay, drop=True, executed=self.drop_mode == "after")
        return FaultDecision(delay)


def is_api_request(request: Request) -> bool:
    """True for requests to the platform API (``/v2/...``), the only ones faults touch."""
    return request_path(request).startswith("/v2/")


def request_path(request: Request) -> str:
    """The path of ``request.url``, whether the URL is absolute or just a path."""
    return urlsplit(request.url).path or "/"


def error_response(status: int, *, unexpected: bool = False) -> Response:
    """A platform-shaped ``ErrorResponse`` for an injected server error (the catalogue's
    entry for ``status``), or for the sandbox's own crash (``unexpected``)."""
    body = errors.server_error(status, unexpected=unexpected).body(str(uuid.uuid4()))
    return Response(
        status,
        (("Content-Type", "application/json"),),
        json.dumps(body, separators=(",", ":")).encode(),
    )


Handler = Callable[[Request], Response]


def with_faults(
    handler: Handler,
    faults: Callable[[], Faults | None],
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> Handler:
    """Wrap an in-memory ``handler`` so that it suffers the faults returned by ``faults()``.

    ``faults`` is called for every request, so the settings can change at run time. A dropped
    request raises :class:`CommunicationException`, as a transport does when a connection is
    closed without an answer.
    """

    def faulty(request: Request) -> Response:
        current = faults()
        decision = current.decide(request) if current is not None else NO_FAULT
        if decision.delay_seconds:
            sleep(decision.delay_seconds)
        return apply_decision(decision, handler, request)

    return faulty


def apply_decision(decision: FaultDecision, handler: Handler, request: Request) -> Response:
    """Answer ``request`` as ``decision`` says (its delay already waited).

    A drop raises :class:`CommunicationException`, as a transport does when a connection is
    closed without an answer.
    """
    if not decision.is_fault:
        return handler(request)
    if decision.executed:
        handler(request)
    if decision.error_status is not None:
        return error_response(decision.error_status)
    raise CommunicationException(
        "the sandbox closed the connection without answering (injected fault)",
        may_have_reached_platform=True,
    )
