"""The contenders: opay on each transport, each raw HTTP library, and the platform's SDK.

Every contender makes the same two calls per iteration against the benchmark server:
create a card payment (POST, realistic request body, 201 answer) and read it back (GET,
200 answer). A contender is built inside its own worker process, which imports only what
that contender needs, so its CPU time and memory are its own.

- ``opay/<transport>``: ``opay.Client``/``opay.AsyncClient`` with that transport, calling
  ``client.merchant(m).payments().create_payment(request)`` and ``get_payment(id)``.
- ``raw/<library>``: the HTTP library alone, sending a request that opay built and signed
  once up front, and reading the response bytes. It is the floor for that transport: the
  least work that library does for the same exchange. Every raw client has 30 s timeouts,
  as any client in production has (and as opay's transports have).
- ``transport/<transport>``: opay's transport adapter alone, sending the same pre-built
  request as an ``opay.transport.Request`` and returning its ``Response``: between the raw
  library and the whole client, it tells the adapter's cost from the core's.
- ``sdk/requests``: the platform's own Python SDK (``onlinepayments-sdk-python3``, which
  sends with requests), the same calls through its ``Factory`` client.
"""

from __future__ import annotations

import importlib.util
import queue
from collections.abc import Awaitable, Callable
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from benchmarks import payloads

SyncCall = Callable[[], object]
AsyncCall = Callable[[], Awaitable[object]]


class SyncContender(NamedTuple):
    """Two thread-safe calls sharing one client, and how to release it."""

    create: SyncCall
    get: SyncCall
    close: Callable[[], None]
    library: str


class AsyncContender(NamedTuple):
    """Two coroutine functions sharing one client, and how to release it."""

    create: AsyncCall
    get: AsyncCall
    close: Callable[[], Awaitable[None]]
    library: str


class RawRequest(NamedTuple):
    """One pre-built, pre-signed HTTP request."""

    method: str
    url: str
    path: str
    headers: list[tuple[str, str]]
    body: bytes


SyncBuilder = Callable[[str, int], SyncContender]
AsyncBuilder = Callable[[str, int], AsyncContender]


def _version(module: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{module} {version(module)}"
    except PackageNotFoundError:
        return module


def httpx_library() -> str:
    """The library opay's httpx transports use by default: httpx2 when installed, else httpx."""
    return "httpx2" if importlib.util.find_spec("httpx2") is not None else "httpx"


def presigned(endpoint: str) -> tuple[RawRequest, RawRequest]:
    """The create and get requests, built and signed once by opay's core."""
    from opay.metadata import server_meta_info
    from opay.request import http_date
    from opay.signing import authorization_header

    date = http_date()
    meta = server_meta_info("opay benchmarks")

    def build(method: str, path: str, body: bytes) -> RawRequest:
        headers = [("Date", date), ("X-GCS-ServerMetaInfo", meta)]
        if body:
            headers.append(("Content-Type", "application/json"))
        auth = authorization_header(
            payloads.API_KEY_ID, payloads.SECRET_API_KEY, method, path, headers
        )
        headers.append(("Authorization", auth))
        return RawRequest(method, endpoint + path, path, headers, body)

    return (
        build("POST", payloads.CREATE_PATH, payloads.CREATE_PAYMENT_REQUEST_BODY),
        build("GET", payloads.GET_PATH, b""),
    )


def _expect(status: int, wanted: int, method: str) -> None:
    if status != wanted:
        raise RuntimeError(f"{method} answered {status}, expected {wanted}")


# --- opay ------------------------------------------------------------------------------


def _opay_request() -> Any:
    from opay.marshal import from_json_bytes
    from opay.models import CreatePaymentRequest

    return from_json_bytes(CreatePaymentRequest, payloads.CREATE_PAYMENT_REQUEST_BODY)


def _opay_sync(
    transport: Any, library: str, call_timeout: float | None = None
) -> Callable[[str, int], SyncContender]:
    def build(endpoint: str, _pool: int) -> SyncContender:
        import opay

        client = opay.Client(
            endpoint, payloads.API_KEY_ID, payloads.SECRET_API_KEY, transport=transport
        )
        request = _opay_request()
        merchant = payloads.MERCHANT_ID
        payment = payloads.PAYMENT_ID

        if call_timeout is None:

            def create() -> object:
                return client.merchant(merchant).payments().create_payment(request)

            def get() -> object:
                return client.merchant(merchant).payments().get_payment(payment)

        else:  # a new context with a per-call timeout for every call, as a user would write

            def create() -> object:
                context = opay.CallContext(timeout=call_timeout)
                return client.merchant(merchant).payments().create_payment(request, context)

            def get() -> object:
                context = opay.CallContext(timeout=call_timeout)
                return client.merchant(merchant).payments().get_payment(payment, context)

        return SyncContender(create, get, client.close, library)

    return build


def _opay_async(transport: Any, library: str) -> Callable[[str, int], AsyncContender]:
    def build(endpoint: str, _pool: int) -> AsyncContender:
        import opay

        client = opay.AsyncClient(
            endpoint, payloads.API_KEY_ID, payloads.SECRET_API_KEY, transport=transport
        )
        request = _opay_request()
        merchant = payloads.MERCHANT_ID
        payment = payloads.PAYMENT_ID

        async def create() -> object:
            return await client.merchant(merchant).payments().create_payment(request)

        async def get() -> object:
            return await client.merchant(merchant).payments().get_payment(payment)

        return AsyncContender(create, get, client.aclose, library)

    return build


def opay_urllib3(endpoint: str, pool: int) -> SyncContender:
    from opay_transports.urllib3 import Urllib3Transport

    transport = Urllib3Transport(max_connections=pool)
    return _opay_sync(transport, _version("urllib3"))(endpoint, pool)


def opay_urllib3_call_timeout(endpoint: str, pool: int) -> SyncContender:
    from opay_transports.urllib3 import Urllib3Transport

    transport = Urllib3Transport(max_connections=pool)
    return _opay_sync(transport, _version("urllib3"), call_timeout=30.0)(endpoint, pool)


def opay_httpx(endpoint: str, pool: int) -> SyncContender:
    from opay_transports.httpx import HttpxTransport

    transport = HttpxTransport(max_connections=pool, library=httpx_library())
    return _opay_sync(transport, _version(httpx_library()))(endpoint, pool)


def opay_stdlib(endpoint: str, pool: int) -> SyncContender:
    from opay_transports.stdlib import StdlibTransport

    transport = StdlibTransport(max_connections=pool)
    return _opay_sync(transport, "http.client")(endpoint, pool)


def opay_httpx_async(endpoint: str, pool: int) -> AsyncContender:
    from opay_transports.httpx import AsyncHttpxTransport

    transport = AsyncHttpxTransport(max_connections=pool, library=httpx_library())
    return _opay_async(transport, _version(httpx_library()))(endpoint, pool)


def opay_aiohttp(endpoint: str, pool: int) -> AsyncContender:
    from opay_transports.aiohttp import AiohttpTransport

    transport = AiohttpTransport(max_connections=pool)
    return _opay_async(transport, _version("aiohttp"))(endpoint, pool)


# --- transport adapters alone ---------------------------------------------------------


def _opay_requests(endpoint: str) -> tuple[Any, Any]:
    from opay.transport import Request

    post, get_ = presigned(endpoint)
    return (
        Request(post.method, post.url, post.headers, post.body),
        Request(get_.method, get_.url, get_.headers, get_.body),
    )


def _adapter_sync(transport: Any, endpoint: str, library: str) -> SyncContender:
    post, get_ = _opay_requests(endpoint)

    def call(request: Any, wanted: int) -> SyncCall:
        def send() -> object:
            response = transport.send(request)
            _expect(response.status, wanted, request.method)
            return response

        return send

    return SyncContender(call(post, 201), call(get_, 200), transport.close, library)


def _adapter_async(transport: Any, endpoint: str, library: str) -> AsyncContender:
    post, get_ = _opay_requests(endpoint)

    def call(request: Any, wanted: int) -> AsyncCall:
        async def send() -> object:
            response = await transport.send(request)
            _expect(response.status, wanted, request.method)
            return response

        return send

    return AsyncContender(call(post, 201), call(get_, 200), transport.aclose, library)


def transport_urllib3(endpoint: str, pool: int) -> SyncContender:
    from opay_transports.urllib3 import Urllib3Transport

    transport = Urllib3Transport(max_connections=pool)
    return _adapter_sync(transport, endpoint, _version("urllib3"))


def transport_httpx(endpoint: str, pool: int) -> SyncContender:
    from opay_transports.httpx import HttpxTransport

    transport = HttpxTransport(max_connections=pool, library=httpx_library())
    return _adapter_sync(transport, endpoint, _version(httpx_library()))


def transport_stdlib(endpoint: str, pool: int) -> SyncContender:
    from opay_transports.stdlib import StdlibTransport

    return _adapter_sync(StdlibTransport(max_connections=pool), endpoint, "http.client")


def transport_httpx_async(endpoint: str, pool: int) -> AsyncContender:
    from opay_transports.httpx import AsyncHttpxTransport

    transport = AsyncHttpxTransport(max_connections=pool, library=httpx_library())
    return _adapter_async(transport, endpoint, _version(httpx_library()))


def transport_aiohttp(endpoint: str, pool: int) -> AsyncContender:
    from opay_transports.aiohttp import AiohttpTransport

    transport = AiohttpTransport(max_connections=pool)
    return _adapter_async(transport, endpoint, _version("aiohttp"))


# --- raw libraries ---------------------------------------------------------------------


def raw_urllib3(endpoint: str, pool: int) -> SyncContender:
    import urllib3

    manager = urllib3.PoolManager(
        maxsize=pool, block=True, retries=False, timeout=urllib3.Timeout(connect=30.0, read=30.0)
    )
    post, get_ = presigned(endpoint)

    def call(req: RawRequest, wanted: int) -> SyncCall:
        headers = dict(req.headers)
        body = req.body or None

        def send() -> bytes:
            response = manager.urlopen(
                req.method,
                req.url,
                body=body,
                headers=headers,
                redirect=False,
                retries=False,
                preload_content=True,
            )
            _expect(response.status, wanted, req.method)
            return response.data

        return send

    return SyncContender(call(post, 201), call(get_, 200), manager.clear, _version("urllib3"))


def raw_httpx(endpoint: str, pool: int) -> SyncContender:
    lib: Any = importlib.import_module(httpx_library())
    client = lib.Client(
        limits=lib.Limits(max_connections=pool, max_keepalive_connections=pool),
        timeout=lib.Timeout(30.0, pool=None),
        trust_env=False,
    )
    post, get_ = presigned(endpoint)

    def call(req: RawRequest, wanted: int) -> SyncCall:
        def send() -> bytes:
            response = client.request(req.method, req.url, headers=req.headers, content=req.body)
            _expect(response.status_code, wanted, req.method)
            return bytes(response.content)

        return send

    return SyncContender(call(post, 201), call(get_, 200), client.close, _version(lib.__name__))


def raw_http_client(endpoint: str, pool: int) -> SyncContender:
    import http.client

    parts = urlsplit(endpoint)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    idle: queue.LifoQueue[http.client.HTTPConnection] = queue.LifoQueue()
    for _ in range(pool):
        idle.put(http.client.HTTPConnection(host, port, timeout=30))
    opened: list[http.client.HTTPConnection] = list(idle.queue)
    post, get_ = presigned(endpoint)

    def call(req: RawRequest, wanted: int) -> SyncCall:
        headers = dict(req.headers)
        body = req.body or None

        def send() -> bytes:
            connection = idle.get()
            try:
                connection.request(req.method, req.path, body=body, headers=headers)
                response = connection.getresponse()
                data = response.read()
            except BaseException:
                connection.close()
                raise
            finally:
                idle.put(connection)
            _expect(response.status, wanted, req.method)
            return data

        return send

    def close() -> None:
        for connection in opened:
            connection.close()

    return SyncContender(call(post, 201), call(get_, 200), close, "http.client")


def raw_httpx_async(endpoint: str, pool: int) -> AsyncContender:
    lib: Any = importlib.import_module(httpx_library())
    client = lib.AsyncClient(
        limits=lib.Limits(max_connections=pool, max_keepalive_connections=pool),
        timeout=lib.Timeout(30.0, pool=None),
        trust_env=False,
    )
    post, get_ = presigned(endpoint)

    def call(req: RawRequest, wanted: int) -> AsyncCall:
        async def send() -> bytes:
            response = await client.request(
                req.method, req.url, headers=req.headers, content=req.body
            )
            _expect(response.status_code, wanted, req.method)
            return bytes(response.content)

        return send

    return AsyncContender(call(post, 201), call(get_, 200), client.aclose, _version(lib.__name__))


def raw_aiohttp(endpoint: str, pool: int) -> AsyncContender:
    import aiohttp

    session = aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=pool),
        timeout=aiohttp.ClientTimeout(total=None, sock_connect=30.0, sock_read=30.0),
    )
    post, get_ = presigned(endpoint)

    def call(req: RawRequest, wanted: int) -> AsyncCall:
        body = req.body or None
        headers = dict(req.headers)

        async def send() -> bytes:
            async with session.request(req.method, req.url, data=body, headers=headers) as r:
                data = await r.read()
                _expect(r.status, wanted, req.method)
                return data

        return send

    return AsyncContender(call(post, 201), call(get_, 200), session.close, _version("aiohttp"))


# --- the platform's SDK ----------------------------------------------------------------


def sdk_requests(endpoint: str, pool: int) -> SyncContender:
    from onlinepayments.sdk.communicator_configuration import CommunicatorConfiguration
    from onlinepayments.sdk.domain.create_payment_request import CreatePaymentRequest
    from onlinepayments.sdk.factory import Factory

    configuration = CommunicatorConfiguration(
        api_endpoint=endpoint,
        api_key_id=payloads.API_KEY_ID,
        secret_api_key=payloads.SECRET_API_KEY,
        authorization_type="v1HMAC",
        connect_timeout=5,
        socket_timeout=30,
        max_connections=pool,
        integrator="opay benchmarks",
    )
    client = Factory.create_client_from_configuration(configuration)
    request = CreatePaymentRequest().from_dictionary(payloads.CREATE_PAYMENT_REQUEST)
    merchant = payloads.MERCHANT_ID
    payment = payloads.PAYMENT_ID

    def create() -> object:
        return client.merchant(merchant).payments().create_payment(request)

    def get() -> object:
        return client.merchant(merchant).payments().get_payment(payment)

    return SyncContender(create, get, client.close, _version("onlinepayments-sdk-python3"))


SYNC: dict[str, SyncBuilder] = {
    "opay/urllib3": opay_urllib3,
    "opay/urllib3+timeout": opay_urllib3_call_timeout,
    "opay/httpx": opay_httpx,
    "opay/stdlib": opay_stdlib,
    "transport/urllib3": transport_urllib3,
    "transport/httpx": transport_httpx,
    "transport/stdlib": transport_stdlib,
    "raw/urllib3": raw_urllib3,
    "raw/httpx": raw_httpx,
    "raw/http.client": raw_http_client,
    "sdk/requests": sdk_requests,
}

ASYNC: dict[str, AsyncBuilder] = {
    "opay/httpx-async": opay_httpx_async,
    "opay/aiohttp": opay_aiohttp,
    "transport/httpx-async": transport_httpx_async,
    "transport/aiohttp": transport_aiohttp,
    "raw/httpx-async": raw_httpx_async,
    "raw/aiohttp": raw_aiohttp,
}

FLOOR: dict[str, str] = {
    "opay/urllib3": "raw/urllib3",
    "opay/httpx": "raw/httpx",
    "opay/stdlib": "raw/http.client",
    "opay/httpx-async": "raw/httpx-async",
    "opay/aiohttp": "raw/aiohttp",
}
"""Each opay contender and the raw library it is compared with."""

ADAPTER: dict[str, str] = {opay: "transport/" + opay.split("/", 1)[1] for opay in FLOOR}
"""Each opay contender and its transport adapter measured alone."""
