"""Serving the sandbox: in memory, in a background thread, or as a process.

:class:`Sandbox` puts together a :class:`~opay.sandbox.app.SandboxApp` (the sans-IO platform
simulator), its customer-facing pages, optional webhook delivery and optional fault
injection, and serves them:

- in memory (``Sandbox(in_memory=True)``): ``client()`` talks to the application through an
  in-memory transport, no socket is opened;
- in a thread (``with Sandbox() as sb:``): a real HTTP/1.1 server with keep-alive on
  127.0.0.1, on a free port unless one is given, ready when ``__enter__`` returns;
- as a process: ``python -m opay.sandbox`` (see :mod:`opay.sandbox.__main__`), which runs the
  threaded server until SIGINT or SIGTERM.

Over HTTP, a thread per connection reads requests and writes answers; the HTTP/1.1 framing
itself is :mod:`opay.sandbox.wire` (sans-IO, on h11, the ``sandbox`` extra). A client that
goes away mid-answer is no error: nothing is printed. This module and
:mod:`opay.sandbox.webhook_sender` are the only parts of the sandbox that touch sockets.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import re
import socket
import socketserver
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast
from urllib.parse import urlsplit

import attrs

from opay._version import pip_install
from opay.sandbox.faults import NO_FAULT, Faults, apply_decision, error_response, with_faults
from opay.sandbox.pages import (
    RETURN_PAGE_PATH,
    HostedPages,
    PagesApp,
    is_page_path,
    return_page,
)
from opay.sandbox.webhook_sender import WebhookSender
from opay.transport import Request, Response, header_value

try:
    from opay.sandbox import wire
except ModuleNotFoundError as exc:  # without the "sandbox" extra: in memory only
    if exc.name != "h11":
        raise
    wire = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from opay.client import AsyncClient, Client

EventCallback = Callable[[dict[str, Any]], None]
_ServerT = TypeVar("_ServerT", bound=socketserver.TCPServer)

H11_MISSING = (
    f"serving the sandbox over HTTP needs the h11 package: {pip_install('sandbox')} "
    "(an in-memory sandbox, Sandbox(in_memory=True), works without it)"
)
h11_missing = wire is None


class ServedApp(PagesApp, Protocol):
    """What the server needs from the application it serves (``SandboxApp`` by default)."""

    base_url: str

    def handle(self, request: Request) -> Response: ...


MAX_BODY_SIZE = 16 * 1024 * 1024  # the sandbox's own bound on a request body (a 413 beyond)
_WILDCARD_HOSTS = frozenset(("", "0.0.0.0", "::"))
_LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


def _json_response(status: int, payload: Any) -> Response:
    body = json.dumps(payload, separators=(",", ":")).encode("utf-8")
    return Response(status, (("Content-Type", "application/json"),), body)


class Sandbox:
    """A sandbox platform with its credentials, served in memory or over HTTP.

    ``faults`` can be replaced at any time (``sb.faults = Faults(error_rate=0.2, seed=1)``);
    ``None`` turns fault injection off. When ``webhook_url``, ``webhook_key_id`` and
    ``webhook_secret`` are all given, every event is delivered there by a
    :class:`~opay.sandbox.webhook_sender.WebhookSender`; ``on_event`` is called as well.
    ``webhook_delay``, ``webhook_jitter`` and ``webhook_duplicate_rate`` make the sender delay,
    reorder and duplicate deliveries (drawn from ``seed``), as a sender that retries may.
    ``seed`` makes ids repeatable (without it, every sandbox draws new ids) and ``clock``
    (returning an aware datetime) fixes the time.
    ``processing_delay`` (seconds) keeps each request of an operation the platform
    deduplicates "in progress" that long before it runs, so that a repeat with the same
    idempotence key gets the platform's 409 (see :class:`~opay.sandbox.app.SandboxApp`).

    ``app`` serves an application built elsewhere instead of a new ``SandboxApp``; its events
    reach this sandbox's webhooks only if it was built with ``on_event`` pointing here.

    Over HTTP, the control endpoints (``/_sandbox/...``) and the hosted pages answer only
    requests whose ``Host`` names an address the sandbox serves: 127.0.0.1, localhost, ::1 or
    ``host`` (any IP address when bound to all interfaces), plus the names in
    ``allowed_hosts`` (e.g. a CI service name). Others get ``421 Misdirected Request``: a web
    page cannot reach them through a DNS name rebound to 127.0.0.1. Request bodies (after
    gzip decoding) are limited to ``max_body_size`` bytes.
    """

    def __init__(
        self,
        *,
        merchant_id: str = "sandbox-merchant",
        api_key_id: str = "sandbox-key",
        secret_api_key: str = "sandbox-secret",
        host: str = "127.0.0.1",
        port: int = 0,
        in_memory: bool = False,
        faults: Faults | None = None,
        webhook_url: str | None = None,
        webhook_key_id: str | None = None,
        webhook_secret: str | None = None,
        webhook_base_delay: float = 0.5,
        webhook_max_attempts: int = 6,
        webhook_delay: float = 0.0,
        webhook_jitter: float = 0.0,
        webhook_duplicate_rate: float = 0.0,
        on_event: EventCallback | None = None,
        seed: int | None = None,
        clock: Callable[[], datetime] | None = None,
        log_requests: bool = False,
        app: ServedApp | None = None,
        allowed_hosts: Iterable[str] = (),
        max_body_size: int = MAX_BODY_SIZE,
        processing_delay: float = 0.0,
    ) -> None:
        webhook_settings = (webhook_url, webhook_key_id, webhook_secret)
        if any(webhook_settings) and not all(webhook_settings):
            raise ValueError(
                "webhook_url, webhook_key_id and webhook_secret must be given together"
            )
        if not 0 <= port <= 65535:
            raise ValueError(f"port must be between 0 and 65535, got {port!r}")
        if max_body_size < 0:
            raise ValueError(f"max_body_size must not be negative, got {max_body_size!r}")
        names = [*_LOOPBACK_NAMES, *([] if host in _WILDCARD_HOSTS else [host])]
        for allowed in [allowed_hosts] if isinstance(allowed_hosts, str) else allowed_hosts:
            if _host_name(allowed) is None:
                raise ValueError(f"allowed_hosts: {allowed!r} is not a host name")
            names.append(allowed)
        self.host_names: tuple[str, ...] = tuple(
            dict.fromkeys(name for name in map(_host_name, names) if name)
        )
        self.max_body_size = max_body_size
        self.merchant_id = merchant_id
        self.api_key_id = api_key_id
        self.secret_api_key = secret_api_key
        self.host = host
        self.port = port
        self.in_memory = in_memory
        self.faults: Faults | None = faults
        self.log_requests = log_requests
        self._on_event = on_event
        self.webhooks: WebhookSender | None = None
        if webhook_url and webhook_key_id and webhook_secret:
            self.webhooks = WebhookSender(
                webhook_url,
                webhook_key_id,
                webhook_secret,
                base_delay=webhook_base_delay,
                max_attempts=webhook_max_attempts,
                delay=webhook_delay,
                jitter=webhook_jitter,
                duplicate_rate=webhook_duplicate_rate,
                seed=seed,
            )
        if app is None:
            from opay.sandbox.app import SandboxApp

            app = SandboxApp(
                merchant_id=merchant_id,
                api_key_id=api_key_id,
                secret_api_key=secret_api_key,
                clock=clock,
                on_event=self._event,
                seed=seed,
                processing_delay=processing_delay,
                sleep=self._sleep,
            )
        self.app: ServedApp = app
        if self.webhooks is not None and isinstance(getattr(app, "webhook_keys", None), dict):
            # so that the API's validateCredentials accepts the key the events are signed with
            app.webhook_keys[self.webhooks.key_id] = webhook_secret  # type: ignore[attr-defined]
        self.pages = HostedPages(app)
        self._server: _LocalServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._faulty = with_faults(self.dispatch, lambda: self.faults, sleep=self._sleep)

    # -- life cycle -------------------------------------------------------------------------

    def start(self) -> Sandbox:
        """Start serving (a no-op in memory); returns once connections are accepted."""
        if self.in_memory:
            return self
        if self._server is not None:
            raise RuntimeError("the sandbox is already running")
        require_h11()
        server = _bind(_LocalServer, self.host, self.port, _Connection, self)
        self.port = server.server_address[1]
        self.app.base_url = _base_url(self.host, self.port)
        self._stopping.clear()
        self._server = server
        self._thread = _serve_in_thread(server, "opay-sandbox-server")
        return self

    def stop(self, webhook_timeout: float = 5.0) -> None:
        """Stop serving, close open connections and deliver pending webhooks. Idempotent."""
        self._stopping.set()
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None and thread is not None:
            server.stop(thread)
        if self.webhooks is not None:
            self.webhooks.close(webhook_timeout)

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- where and how to reach it ----------------------------------------------------------

    @property
    def endpoint(self) -> str:
        """The API endpoint to give a client, e.g. ``http://127.0.0.1:54321``."""
        return str(self.app.base_url)

    @property
    def running(self) -> bool:
        """True while the HTTP server is serving."""
        return self._server is not None

    @property
    def open_connections(self) -> int:
        """How many client connections the server holds open now (0 when not serving)."""
        return self._server.open_connections if self._server is not None else 0

    @property
    def peak_connections(self) -> int:
        """The most client connections the server held open at once since it started."""
        return self._server.peak_connections if self._server is not None else 0

    def wait_for_open_connections(self, count: int, timeout: float = 10.0) -> bool:
        """Wait until the server holds exactly ``count`` connections open; False on timeout."""
        server = self._server
        return server.wait_for_open_connections(count, timeout) if server is not None else True

    def dispatch(self, request: Request) -> Response:
        """Answer one request without faults: pages, inspection endpoints and the API."""
        path = urlsplit(request.url).path
        try:
            if is_page_path(path):
                return self.pages.respond(request)
            if path == RETURN_PAGE_PATH and request.method in ("GET", "HEAD"):
                return return_page(request)
            if path == "/_sandbox/webhooks" and request.method == "GET":
                deliveries = self.webhooks.deliveries() if self.webhooks else []
                return _json_response(200, deliveries)
            return self.app.handle(request)
        except Exception:
            traceback.print_exc(file=sys.stderr)
            return error_response(500, unexpected=True)

    def request_url(self, target: str) -> str:
        """The full URL of a request for ``target`` (a path and query) received over HTTP."""
        return self.endpoint + target

    def serve_http(self, request: Request) -> Response | None:
        """Answer one request received over HTTP, faults included; None: drop the connection."""
        if _host_checked(urlsplit(request.url).path):
            problem = self._host_problem(request.header("Host"))
            if problem is not None:
                return Response(421, _TEXT, f"Misdirected request: {problem}\n".encode())
        faults = self.faults
        decision = faults.decide(request) if faults is not None else NO_FAULT
        if decision.delay_seconds:
            self._sleep(decision.delay_seconds)
        response = self.dispatch(request) if decision.executed else None
        if decision.drop:
            return None
        if decision.error_status is not None:
            response = error_response(decision.error_status)
        assert response is not None
        return response

    def _host_problem(self, host: str | None) -> str | None:
        """Why the ``Host`` of a request is not one of this sandbox's, or None when it is."""
        if host is None:  # HTTP/1.0 (h11 refuses an HTTP/1.1 request without Host)
            return None
        name = _host_name(host)
        if name is not None and (
            name in self.host_names or (self.host in _WILDCARD_HOSTS and _is_ip_address(name))
        ):
            return None
        return (
            f"the Host header {host!r} names no address this sandbox serves "
            f"({', '.join(self.host_names)}). Its control endpoints and pages answer only under "
            "its own addresses (a defence against DNS rebinding); to reach them under another "
            "name, start it with allowed_hosts=[NAME] (--allow-host NAME)."
        )

    def handle(self, request: Request) -> Response:
        """Answer one request as a client would see it, faults included (in memory).

        A dropped request raises :class:`~opay.exceptions.CommunicationException`.
        """
        return self._faulty(request)

    async def ahandle(self, request: Request) -> Response:
        """:meth:`handle` for an event loop: injected latency does not block the loop."""
        faults = self.faults
        decision = faults.decide(request) if faults is not None else NO_FAULT
        if decision.delay_seconds:
            await asyncio.sleep(decision.delay_seconds)
        return apply_decision(decision, self.dispatch, request)

    def _sleep(self, seconds: float) -> None:
        self._stopping.wait(seconds)

    def client(self, **kwargs: Any) -> Client:
        """A :class:`opay.Client` for this sandbox (over an in-memory transport if in memory).

        Keyword arguments go to the client (a ``transport`` given here wins).
        """
        from opay.client import Client

        if self.in_memory and "transport" not in kwargs:
            from opay_transports.memory import MemoryTransport

            kwargs["transport"] = MemoryTransport(self.handle)
        return Client(self.endpoint, self.api_key_id, self.secret_api_key, **kwargs)

    def async_client(self, **kwargs: Any) -> AsyncClient:
        """An :class:`opay.AsyncClient` for this sandbox, like :meth:`client`."""
        from opay.client import AsyncClient

        if self.in_memory and "transport" not in kwargs:
            from opay_transports.memory import AsyncMemoryTransport

            kwargs["transport"] = AsyncMemoryTransport(self.ahandle)
        return AsyncClient(self.endpoint, self.api_key_id, self.secret_api_key, **kwargs)

    # -- inspection -------------------------------------------------------------------------

    def inspect(self, name: str) -> Any:
        """The JSON of ``GET /_sandbox/{name}``, read without faults."""
        response = self.dispatch(Request("GET", f"{self.endpoint}/_sandbox/{name}", ()))
        if response.status != 200:
            raise LookupError(f"/_sandbox/{name} answered HTTP {response.status}")
        return json.loads(response.body)

    def payments(self) -> list[dict[str, Any]]:
        """Every payment the sandbox holds, as ``GET /_sandbox/payments`` shows them."""
        return list(self.inspect("payments"))

    def events(self) -> list[dict[str, Any]]:
        """Every webhook event emitted so far, oldest first (``GET /_sandbox/events``)."""
        return list(self.inspect("events"))

    def _event(self, event: dict[str, Any]) -> None:
        if self.webhooks is not None and not self.webhooks.closed:
            self.webhooks.send(event)
        if self._on_event is not None:
            self._on_event(event)


def _bind(server_class: type[_ServerT], host: str, port: int, *args: Any) -> _ServerT:
    """An instance of ``server_class`` listening on ``host:port`` (IPv4 or IPv6)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    bound = cast(
        "type[_ServerT]",
        type(server_class.__name__, (server_class,), {"address_family": family}),
    )
    return bound((host, port), *args)


def _base_url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


_TEXT = (("Content-Type", "text/plain; charset=utf-8"),)
_HOST = re.compile(r"(?:\[(?P<ipv6>[^\]]+)\]|(?P<name>[^\[\]:/@\s]+))(?::[0-9]{1,5})?")


def _host_name(host: str) -> str | None:
    """The host name of a ``Host`` value (``name``, ``name:port``, ``[v6]:port``), lowercased
    and without a trailing dot; None when it is not one. A bare IPv6 address counts too."""
    text = host.strip()
    with contextlib.suppress(ValueError):
        return str(ipaddress.IPv6Address(text))
    match = _HOST.fullmatch(text)
    if match is None:
        return None
    name = match.group("ipv6") or match.group("name") or ""
    if match.group("ipv6"):
        try:
            return str(ipaddress.IPv6Address(name))
        except ValueError:
            return None
    return name.lower().rstrip(".") or None


def _is_ip_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def _host_checked(path: str) -> bool:
    """Whether a request for ``path`` must name one of the sandbox's own hosts."""
    return path == "/_sandbox" or path.startswith("/_sandbox/") or is_page_path(path)


def require_h11() -> None:
    """Raise a clear :class:`ModuleNotFoundError` when h11 (the ``sandbox`` extra) is missing."""
    if h11_missing:
        raise ModuleNotFoundError(H11_MISSING, name="h11")


def _serve_in_thread(server: socketserver.BaseServer, name: str) -> threading.Thread:
    """Run ``server`` in a daemon thread; returns once the thread is serving."""
    ready = threading.Event()

    def serve() -> None:
        # The listening socket already queues connections: from here on they are served.
        ready.set()
        server.serve_forever(poll_interval=0.05)

    thread = threading.Thread(target=serve, name=name, daemon=True)
    thread.start()
    ready.wait()
    return thread


class _Served(Protocol):
    """What a :class:`_LocalServer` serves: one answer per request, None to drop it."""

    log_requests: bool
    max_body_size: int

    def serve_http(self, request: Request) -> Response | None: ...

    def request_url(self, target: str) -> str: ...


class _LocalServer(socketserver.ThreadingTCPServer):
    """A thread per connection; knows its open connections, to close them on stop."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[socketserver.BaseRequestHandler],
        owner: _Served,
    ) -> None:
        self.owner = owner
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        self._connections_changed = threading.Condition(self._connections_lock)
        self.peak_connections = 0
        super().__init__(address, handler)

    def track(self, sock: socket.socket, open_: bool) -> None:
        with self._connections_lock:
            if open_:
                self._connections.add(sock)
                self.peak_connections = max(self.peak_connections, len(self._connections))
            else:
                self._connections.discard(sock)
            self._connections_changed.notify_all()

    def close_request(self, request: Any) -> None:
        """Close a finished connection; it is counted as open until its socket is closed."""
        super().close_request(request)
        self.track(request, False)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away is no error worth a traceback; anything else is."""
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handle_error(request, client_address)

    @property
    def open_connections(self) -> int:
        with self._connections_lock:
            return len(self._connections)

    def wait_for_open_connections(self, count: int, timeout: float) -> bool:
        with self._connections_lock:
            return self._connections_changed.wait_for(
                lambda: len(self._connections) == count, timeout
            )

    def stop(self, thread: threading.Thread) -> None:
        """Stop serving, wake handler threads waiting on idle keep-alive connections."""
        self.shutdown()
        with self._connections_lock:
            for sock in self._connections:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
        self.server_close()
        thread.join()


class _Connection(socketserver.BaseRequestHandler):
    """One client connection: HTTP/1.1 with keep-alive, framed by :mod:`opay.sandbox.wire`."""

    idle_timeout = 300.0  # seconds an idle keep-alive connection is kept
    linger_timeout = 1.0  # seconds to read what a refused client still sends
    server: _LocalServer
    request: socket.socket

    def setup(self) -> None:
        self.request.settimeout(self.idle_timeout)
        # Keep-alive answers follow each other closely: no waiting for delayed ACKs.
        with contextlib.suppress(OSError):
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.request, True)

    def handle(self) -> None:
        # OSError: the client closed, reset or timed out (also while we wrote an answer it
        # no longer wanted): nothing is left to do with this connection, nor to report.
        with contextlib.suppress(OSError):
            self._serve(wire.ServerConnection(self.server.owner.max_body_size))

    def _serve(self, connection: wire.ServerConnection) -> None:
        owner = self.server.owner
        while True:
            try:
                incoming = connection.next_request()
                while incoming == wire.NEED_DATA:
                    first = connection.bytes_to_send_first()
                    if first:
                        self.request.sendall(first)
                    connection.receive_data(self.request.recv(65536))
                    incoming = connection.next_request()
            except wire.WireError as exc:
                self._refuse(connection, exc)
                if exc.close:
                    return
                if not connection.start_next_cycle():
                    return
                continue
            if incoming == wire.CLOSED:
                return
            request = Request(
                incoming.method,
                owner.request_url(incoming.target),
                incoming.headers,
                incoming.body,
            )
            response = owner.serve_http(request)
            if response is None:  # a dropped request: close without an answer
                self.request.shutdown(socket.SHUT_RDWR)
                return
            self.request.sendall(connection.response(response))
            self._log(incoming, response.status)
            if not connection.start_next_cycle():
                return

    def _refuse(self, connection: wire.ServerConnection, error: wire.WireError) -> None:
        answer = connection.error(error)
        if answer:
            self.request.sendall(answer)
        if not error.close:
            return
        # Read (and drop) what the client is still sending for a while, so that closing
        # does not reset the connection before the client has read the answer.
        self.request.shutdown(socket.SHUT_WR)
        self.request.settimeout(self.linger_timeout)
        received = 0
        with contextlib.suppress(OSError):
            while received < 4 * 1024 * 1024:
                chunk = self.request.recv(65536)
                if not chunk:
                    break
                received += len(chunk)

    def _log(self, incoming: wire.Incoming, status: int) -> None:
        if not self.server.owner.log_requests:
            return
        when = time.strftime("%d/%b/%Y %H:%M:%S")
        line = f"{incoming.method} {incoming.target} HTTP/{incoming.http_version}"
        host = self.client_address[0] if self.client_address else "-"
        sys.stderr.write(f'{host} - - [{when}] "{line}" {status} -\n')


@attrs.frozen
class ReceivedWebhook:
    """One POST that reached a :class:`WebhookReceiver`, and the status it was answered."""

    body: bytes
    headers: tuple[tuple[str, str], ...]
    status: int

    def header(self, name: str) -> str | None:
        return header_value(self.headers, name)


class WebhookReceiver:
    """A merchant's webhook endpoint on 127.0.0.1 that records what it receives.

    For tests and demos: the first answers are taken from ``statuses`` (e.g. ``(500, 503)``
    to make the first two deliveries fail), every later one is 200. ``wait_for(n)`` waits
    until ``n`` requests were answered 2xx.
    """

    log_requests = False
    max_body_size = MAX_BODY_SIZE

    def __init__(
        self, *, host: str = "127.0.0.1", port: int = 0, statuses: Iterable[int] = ()
    ) -> None:
        self.host = host
        self.port = port
        self._statuses = list(statuses)
        self._received: list[ReceivedWebhook] = []
        self._cond = threading.Condition()
        self._server: _LocalServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """Where to send webhooks (``/webhooks`` on this server)."""
        return _base_url(self.host, self.port) + "/webhooks"

    @property
    def received(self) -> list[ReceivedWebhook]:
        """Every POST received so far, failed ones included, oldest first."""
        with self._cond:
            return list(self._received)

    @property
    def accepted(self) -> list[ReceivedWebhook]:
        """The POSTs answered 2xx, oldest first."""
        return [r for r in self.received if 200 <= r.status < 300]

    def wait_for(self, count: int, timeout: float | None = 10.0) -> bool:
        """Wait until ``count`` POSTs were answered 2xx; False on timeout."""
        with self._cond:
            return self._cond.wait_for(
                lambda: sum(200 <= r.status < 300 for r in self._received) >= count, timeout
            )

    def record(self, body: bytes, headers: tuple[tuple[str, str], ...]) -> int:
        """Keep one received request; the HTTP status to answer it with."""
        with self._cond:
            status = self._statuses.pop(0) if self._statuses else 200
            self._received.append(ReceivedWebhook(body, headers, status))
            self._cond.notify_all()
            return status

    def request_url(self, target: str) -> str:
        """The full URL of a request for ``target`` (a path and query) received here."""
        return _base_url(self.host, self.port) + target

    def serve_http(self, request: Request) -> Response:
        """Record a POST and answer it with the next scripted status."""
        if request.method != "POST":
            return Response(405, (("Allow", "POST"), *_TEXT), b"Only POST is accepted\n")
        status = self.record(request.body, request.headers)
        return Response(status, _TEXT, b"ok\n")

    def start(self) -> WebhookReceiver:
        """Start listening; returns once connections are accepted."""
        if self._server is not None:
            raise RuntimeError("the webhook receiver is already running")
        require_h11()
        self._server = _bind(_LocalServer, self.host, self.port, _Connection, self)
        self.port = self._server.server_address[1]
        self._thread = _serve_in_thread(self._server, "opay-webhook-receiver")
        return self

    def stop(self) -> None:
        """Stop serving. Idempotent."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None and thread is not None:
            server.stop(thread)

    def __enter__(self) -> WebhookReceiver:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
