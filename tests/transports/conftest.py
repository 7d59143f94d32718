"""The transport matrix and the local servers the conformance suite runs them against.

Adding a transport to the suite is adding one line to :data:`TRANSPORTS`.
"""

from __future__ import annotations

import asyncio
import importlib
import socket
import ssl
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import attrs
import pytest
import trustme

from opay.transport import Request, Response

from .wire_proxy import WireProxy
from .wire_server import WireServer

PROXY_USER = "alice"
PROXY_PASSWORD = "s3cret:/@ü"


@attrs.frozen
class Kind:
    """One transport under test: ``module:Class``, fixed keyword options, and whether async."""

    name: str
    path: str
    is_async: bool
    fixed: dict[str, Any] = attrs.field(factory=dict)

    def make(self, **options: Any) -> Any:
        module, _, attribute = self.path.partition(":")
        try:
            cls = getattr(importlib.import_module(module), attribute)
            return cls(**self.fixed, **options)
        except ImportError as exc:
            pytest.skip(f"{self.name}: {exc}")


TRANSPORTS = [
    Kind("stdlib", "opay_transports.stdlib:StdlibTransport", False),
    Kind("urllib3", "opay_transports.urllib3:Urllib3Transport", False),
    Kind("httpx", "opay_transports.httpx:HttpxTransport", False, {"library": "httpx"}),
    Kind("httpx2", "opay_transports.httpx:HttpxTransport", False, {"library": "httpx2"}),
    Kind("aiohttp", "opay_transports.aiohttp:AiohttpTransport", True),
    Kind("httpx-async", "opay_transports.httpx:AsyncHttpxTransport", True, {"library": "httpx"}),
    Kind("httpx2-async", "opay_transports.httpx:AsyncHttpxTransport", True, {"library": "httpx2"}),
]


class Driver:
    """Drives a sync transport from threads, or an async one on its own event loop, through
    one blocking interface, so that every test is written once for all transports."""

    def __init__(self, kind: Kind, options: dict[str, Any]) -> None:
        self.kind = kind
        self.transport = kind.make(**options)
        self._loop = asyncio.new_event_loop() if kind.is_async else None

    def send(self, request: Request) -> Response:
        if self._loop is not None:
            response: Response = self._loop.run_until_complete(self.transport.send(request))
            return response
        result: Response = self.transport.send(request)
        return result

    def send_all(self, requests: list[Request]) -> list[Response | BaseException]:
        """Send concurrently: one thread per request (sync) or asyncio.gather (async)."""
        if self._loop is not None:

            async def gather() -> list[Response | BaseException]:
                sends = (self.transport.send(request) for request in requests)
                return list(await asyncio.gather(*sends, return_exceptions=True))

            return self._loop.run_until_complete(gather())
        with ThreadPoolExecutor(len(requests)) as pool:
            futures = [pool.submit(self.transport.send, request) for request in requests]
            return [future.exception() or future.result() for future in futures]

    def send_in_turn(self, batches: list[list[Request]]) -> list[Response | BaseException]:
        """One worker per batch, all at once (threads, or tasks of one event loop), each
        sending its batch's requests one after another; every outcome, in batch order."""
        if self._loop is not None:

            async def worker(batch: list[Request]) -> list[Response | BaseException]:
                outcomes: list[Response | BaseException] = []
                for request in batch:
                    try:
                        outcomes.append(await self.transport.send(request))
                    except Exception as exc:
                        outcomes.append(exc)
                return outcomes

            async def gather() -> list[list[Response | BaseException]]:
                return list(await asyncio.gather(*(worker(batch) for batch in batches)))

            return [o for outcomes in self._loop.run_until_complete(gather()) for o in outcomes]

        def sync_worker(batch: list[Request]) -> list[Response | BaseException]:
            outcomes: list[Response | BaseException] = []
            for request in batch:
                try:
                    outcomes.append(self.transport.send(request))
                except Exception as exc:
                    outcomes.append(exc)
            return outcomes

        with ThreadPoolExecutor(len(batches)) as pool:
            results = list(pool.map(sync_worker, batches))
        return [outcome for outcomes in results for outcome in outcomes]

    def close(self) -> None:
        if self._loop is None:
            self.transport.close()
        else:
            self._loop.run_until_complete(self.transport.aclose())

    def dispose(self) -> None:
        """Close the transport and, for an async one, its event loop."""
        self.close()
        if self._loop is not None:
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.close()


@pytest.fixture(params=TRANSPORTS, ids=lambda kind: kind.name)
def kind(request: pytest.FixtureRequest) -> Kind:
    param: Kind = request.param
    return param


@pytest.fixture
def open_transport(kind: Kind) -> Iterator[Callable[..., Driver]]:
    """Opens the transport under test with the given options; closes it after the test."""
    drivers: list[Driver] = []

    def make(**options: Any) -> Driver:
        driver = Driver(kind, options)
        drivers.append(driver)
        return driver

    yield make
    for driver in drivers:
        driver.dispose()


@pytest.fixture
def server() -> Iterator[WireServer]:
    wire = WireServer()
    yield wire
    wire.close()


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def ca_bundle(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> str:
    path: Path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def tls_context(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[WireServer]:
    wire = WireServer(tls=tls_context(ca))
    yield wire
    wire.close()


@pytest.fixture
def untrusted_tls_server() -> Iterator[WireServer]:
    wire = WireServer(tls=tls_context(trustme.CA()))
    yield wire
    wire.close()


@pytest.fixture
def mutual_tls_server(ca: trustme.CA) -> Iterator[WireServer]:
    context = tls_context(ca)
    context.verify_mode = ssl.CERT_REQUIRED
    ca.configure_trust(context)
    wire = WireServer(tls=context)
    yield wire
    wire.close()


@pytest.fixture(scope="session")
def client_cert(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    issued = ca.issue_cert("client@example.com")
    folder = tmp_path_factory.mktemp("client")
    cert, key = folder / "cert.pem", folder / "key.pem"
    cert.write_bytes(b"".join(blob.bytes() for blob in issued.cert_chain_pems))
    key.write_bytes(issued.private_key_pem.bytes())
    return str(cert), str(key)


@pytest.fixture
def proxy() -> Iterator[WireProxy]:
    wire = WireProxy(PROXY_USER, PROXY_PASSWORD)
    yield wire
    wire.close()


@pytest.fixture(scope="module")
def unanswered_port() -> Iterator[int]:
    """A port whose connection attempts hang: a listener whose accept backlog is full, so the
    kernel drops further connection requests instead of answering or refusing them."""
    listener = socket.create_server(("127.0.0.1", 0), backlog=0)
    port: int = listener.getsockname()[1]
    fillers: list[socket.socket] = []
    try:
        for _ in range(16):
            probe = socket.socket()
            probe.settimeout(0.1)
            fillers.append(probe)
            try:
                probe.connect(("127.0.0.1", port))
            except TimeoutError:
                break
        else:
            pytest.skip("could not fill the accept backlog of a local listener")
        yield port
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


@pytest.fixture
def refused_port() -> Iterator[int]:
    """A port that refuses connections: bound, but not listening."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port: int = sock.getsockname()[1]
    yield port
    sock.close()
