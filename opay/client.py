"""The entry points: :class:`Client` and :class:`AsyncClient`.

``client.merchant(merchant_id)`` gives the resource accessors (``payments()``,
``hosted_checkout()``, …) whose methods are the API's operations.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypedDict, TypeVar

import attrs

from opay.call import Call
from opay.communicator import AsyncCommunicator, Communicator
from opay.config import DEFAULT_SOCKET_TIMEOUT, CommunicatorConfiguration
from opay.exceptions import ConfigurationError
from opay.log import CommunicatorLogger
from opay.options import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_RESPONSE_SIZE,
    TLS,
    Limits,
    Proxy,
    Timeout,
    refuse_both,
)
from opay.retry import RetryPolicy
from opay.transport import AsyncTransport, Headers, Transport

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from opay.async_resources import AsyncMerchantClient
    from opay.journal import Entry, Journal
    from opay.models import ShoppingCartExtension
    from opay.resources import MerchantClient

CLIENT_META_INFO_HEADER = "X-GCS-ClientMetaInfo"


def client_meta_info_headers(client_meta_info: str | None) -> Headers:
    """The ``X-GCS-ClientMetaInfo`` header for a JSON text (none for None)."""
    if client_meta_info is None:
        return ()
    if not isinstance(client_meta_info, str):
        raise TypeError(
            f"client meta info must be a JSON string, got {type(client_meta_info).__name__}"
        )
    try:
        json.loads(client_meta_info)
    except ValueError as exc:
        raise ValueError(f"client meta info is not valid JSON: {exc}") from None
    encoded = base64.b64encode(client_meta_info.encode("utf-8")).decode("ascii")
    return ((CLIENT_META_INFO_HEADER, encoded),)


class ClientOptions(TypedDict, total=False):
    """The keyword options of :class:`Client` and :class:`AsyncClient` besides ``transport``.

    ``integrator`` names your company to the platform. The connection settings are values of
    :mod:`opay.options` or their fields by their flat names, never both: ``timeout``
    (:class:`~opay.options.Timeout`) or ``connect_timeout``, ``read_timeout``,
    ``attempt_timeout`` and ``total_timeout`` (seconds); ``limits``
    (:class:`~opay.options.Limits`) or ``max_connections`` and ``max_response_size`` (bytes);
    ``proxy`` (a URL, credentials may be in it, or a :class:`~opay.options.Proxy`); ``tls``
    (:class:`~opay.options.TLS`). ``retry`` is the :class:`~opay.retry.RetryPolicy` (a
    conservative default when None, ``RetryPolicy.off()`` for none).

    With ``transport=``, the settings the transport enforces (connect, read and attempt
    timeouts, pool size, proxy, TLS) belong to the transport: giving them to the client
    too raises ``TypeError``. ``total_timeout`` and ``max_response_size`` are also the
    client's, and apply.
    """

    integrator: str | None
    timeout: Timeout | None
    limits: Limits | None
    tls: TLS | None
    connect_timeout: float
    read_timeout: float
    attempt_timeout: float | None
    total_timeout: float | None
    max_connections: int
    proxy: str | Proxy | None
    shopping_cart_extension: ShoppingCartExtension | None
    retry: RetryPolicy | None
    max_response_size: int


# What the transport enforces, and so cannot be given to a client that is given a transport.
_TRANSPORT_SETTINGS = (
    "connect_timeout",
    "read_timeout",
    "attempt_timeout",
    "max_connections",
    "proxy",
    "tls",
)


def _configuration(
    api_endpoint: str,
    api_key_id: str,
    secret_api_key: str,
    options: Mapping[str, Any],
    *,
    with_transport: bool,
) -> CommunicatorConfiguration:
    unknown = sorted(set(options) - set(ClientOptions.__annotations__))
    if unknown:
        raise TypeError(f"unknown client option(s): {', '.join(unknown)}")
    timeout: Timeout | None = options.get("timeout")
    limits: Limits | None = options.get("limits")
    refuse_both(
        "timeout",
        timeout,
        [
            n
            for n in ("connect_timeout", "read_timeout", "attempt_timeout", "total_timeout")
            if n in options
        ],
    )
    refuse_both(
        "limits", limits, [n for n in ("max_connections", "max_response_size") if n in options]
    )
    if timeout is not None and not isinstance(timeout, Timeout):
        raise TypeError(f"timeout must be an opay.Timeout, got {timeout!r}")
    if limits is not None and not isinstance(limits, Limits):
        raise TypeError(f"limits must be an opay.Limits, got {limits!r}")
    if with_transport:
        ignored = [name for name in _TRANSPORT_SETTINGS if options.get(name) is not None]
        if timeout is not None and timeout.transport_part != Timeout().transport_part:
            ignored.append("timeout (its connect, read or attempt part)")
        if limits is not None and limits.max_connections != DEFAULT_MAX_CONNECTIONS:
            ignored.append("limits (its max_connections)")
        if ignored:
            raise TypeError(
                f"{', '.join(ignored)} would be ignored: the transport given as transport= "
                "enforces its own settings. Give them to the transport instead, e.g. "
                "Urllib3Transport(read_timeout=..., max_connections=..., proxy=...)"
            )
    try:
        if timeout is None:
            timeout = Timeout(
                connect=options.get("connect_timeout", DEFAULT_CONNECT_TIMEOUT),
                read=options.get("read_timeout", DEFAULT_SOCKET_TIMEOUT),
                attempt=options.get("attempt_timeout"),
                total=options.get("total_timeout"),
            )
        if limits is None:
            limits = Limits(
                max_connections=options.get("max_connections", DEFAULT_MAX_CONNECTIONS),
                max_response_size=options.get("max_response_size", DEFAULT_MAX_RESPONSE_SIZE),
            )
        proxy = options.get("proxy")
        if isinstance(proxy, str):
            proxy = Proxy.from_url(proxy)
        elif proxy is not None and not isinstance(proxy, Proxy):
            raise TypeError(f"proxy must be a URL or an opay.Proxy, got {type(proxy).__name__}")
    except ValueError as exc:  # a value out of range: the configuration's error
        raise ConfigurationError(str(exc)) from None
    retry = options.get("retry")
    return CommunicatorConfiguration(
        api_endpoint=api_endpoint,
        api_key_id=api_key_id,
        secret_api_key=secret_api_key,
        integrator=options.get("integrator"),
        connect_timeout=timeout.connect,
        socket_timeout=timeout.read,
        attempt_timeout=timeout.attempt,
        total_timeout=timeout.total,
        max_connections=limits.max_connections,
        proxy_uri=None if proxy is None else proxy.url,
        proxy_username=None if proxy is None else proxy.username,
        proxy_password=None if proxy is None else proxy.password,
        shopping_cart_extension=options.get("shopping_cart_extension"),
        retry=RetryPolicy() if retry is None else retry,
        max_response_size=limits.max_response_size,
        tls=options.get("tls") or TLS(),
    )


def _check_merchant_id(merchant_id: str) -> str:
    if not isinstance(merchant_id, str) or not merchant_id.strip():
        raise ValueError(f"merchant_id must be a non-empty string, got {merchant_id!r}")
    return merchant_id


@attrs.frozen
class _HeaderedExecutor:
    """Runs operations on a shared communicator, adding this client's extra headers."""

    communicator: Communicator
    extra_headers: Headers

    def execute(self, call: Call) -> Any:
        return self.communicator.execute(call, extra_headers=self.extra_headers)


@attrs.frozen
class _AsyncHeaderedExecutor:
    """The asynchronous twin of :class:`_HeaderedExecutor`."""

    communicator: AsyncCommunicator
    extra_headers: Headers

    async def execute(self, call: Call) -> Any:
        return await self.communicator.execute(call, extra_headers=self.extra_headers)


_CommunicatorT = TypeVar("_CommunicatorT", Communicator, AsyncCommunicator)
_MerchantT = TypeVar("_MerchantT", "MerchantClient", "AsyncMerchantClient")
_MERCHANTS_KEPT = 256
_ClientT = TypeVar("_ClientT", bound="_ClientCore[Any]")


class _ClientCore(Generic[_CommunicatorT]):
    """What both clients share: the communicator, this client's extra headers, logging."""

    _communicator_type: ClassVar[type[Communicator | AsyncCommunicator]]

    def __init__(self, communicator: _CommunicatorT, extra_headers: Headers = ()) -> None:
        if not isinstance(communicator, self._communicator_type):
            raise TypeError(
                f"{type(self).__name__} needs a {self._communicator_type.__name__}, "
                f"got {type(communicator).__name__}"
            )
        self.communicator: _CommunicatorT = communicator
        self._extra_headers = extra_headers
        self._merchants: dict[str, Any] = {}
        self._journal: Journal | None = None

    @property
    def journal(self) -> Journal | None:
        """The journal of this client's deduplicated calls (see :mod:`opay.journal`)."""
        return self._journal

    def _set_journal(self, journal: Journal | None) -> None:
        if journal is not None:
            from opay.journal import Journal

            if not isinstance(journal, Journal):
                raise TypeError(f"journal must be an opay.journal.Journal, not {journal!r}")
        self._journal = journal
        self._merchants.clear()

    def _journaled(self) -> Any:
        """The executor that runs calls through the journal (the client has one)."""
        raise NotImplementedError

    @property
    def extra_headers(self) -> Headers:
        """The headers this client adds to every request (``X-GCS-ClientMetaInfo``)."""
        return self._extra_headers

    @classmethod
    def from_communicator(
        cls: type[_ClientT], communicator: Any, client_meta_info: str | None = None
    ) -> _ClientT:
        """A client on an existing communicator: it shares the communicator's pool."""
        client = cls.__new__(cls)
        _ClientCore.__init__(client, communicator, client_meta_info_headers(client_meta_info))
        return client

    def with_client_meta_info(self: _ClientT, client_meta_info: str | None) -> _ClientT:
        """A client sharing this one's communicator that sends ``client_meta_info`` (a JSON
        text describing the consumer's device, ...) base64-encoded in ``X-GCS-ClientMetaInfo``;
        None for a client that sends none."""
        client = self.from_communicator(self.communicator, client_meta_info)
        client._set_journal(self._journal)
        return client

    def _new_merchant(
        self,
        merchant_id: str,
        make: Callable[[Any, str], _MerchantT],
        headered: Callable[[Any, Headers], object],
    ) -> _MerchantT:
        """A merchant's client, kept for the next ``merchant()`` call with the same id (it holds
        nothing but the executor and the id; a few hundred are kept at most). Its executor is
        the communicator itself, wrapped by ``headered`` when this client adds headers (or
        the journal's executor when the client has a journal)."""
        executor: object = self.communicator
        if self._journal is not None:
            executor = self._journaled()
        elif self.extra_headers:
            executor = headered(self.communicator, self.extra_headers)
        merchant_client = make(executor, _check_merchant_id(merchant_id))
        if len(self._merchants) >= _MERCHANTS_KEPT:
            self._merchants.clear()
        self._merchants[merchant_id] = merchant_client
        return merchant_client

    def enable_logging(self, logger: CommunicatorLogger) -> None:
        """Log requests and responses of the shared communicator to ``logger``."""
        self.communicator.enable_logging(logger)

    def disable_logging(self) -> None:
        """Stop logging."""
        self.communicator.disable_logging()


class Client(_ClientCore[Communicator]):
    """A synchronous client of the platform, with its own connection pool.

    ``Client(api_endpoint, api_key_id, secret_api_key, integrator="My shop")``; timeouts are
    in seconds. ``transport`` replaces the default (pooled urllib3, else httpx, else the
    standard library). ``journal`` (an :class:`opay.journal.Journal`) records every call
    the platform deduplicates, so that it happens exactly once across crashes. ``retry`` is the :class:`~opay.retry.RetryPolicy` (a conservative
    default when None; ``RetryPolicy.off()`` for none); ``max_response_size`` the largest
    response body accepted, in bytes (16 MiB by default). Close it (or use ``with``) to
    release the pool.
    """

    _communicator_type = Communicator

    def __init__(
        self,
        api_endpoint: str,
        api_key_id: str,
        secret_api_key: str,
        *,
        transport: Transport | None = None,
        journal: Journal | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        configuration = _configuration(
            api_endpoint, api_key_id, secret_api_key, options, with_transport=transport is not None
        )
        super().__init__(Communicator(configuration, transport))
        self._set_journal(journal)

    def _journaled(self) -> Any:
        from opay.journal.executor import JournaledExecutor

        assert self._journal is not None
        return JournaledExecutor(self.communicator, self._journal, self.extra_headers)

    def resume(self, entry: Entry) -> Any:
        """Resend a call the journal holds in doubt (from :meth:`Journal.in_doubt`) with its
        own idempotence key, so that the platform replays its first outcome, and record that
        outcome; returns the call's result (the parsed model). An entry whose key outlived
        the platform's retention raises :class:`~opay.journal.KeyExpiredError` instead."""
        if self._journal is None:
            raise RuntimeError("this client has no journal: Client(..., journal=Journal(store))")
        return self._journaled().resume(entry)

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, transport: Transport | None = None
    ) -> Client:
        """A client configured by environment variables (``os.environ`` unless ``environ`` is
        given): ``OPAY_API_ENDPOINT``, ``OPAY_API_KEY_ID``, ``OPAY_SECRET_API_KEY`` and the
        optional ``OPAY_*`` settings listed in :mod:`opay.environment`."""
        from opay.environment import configuration_from_env

        configuration = configuration_from_env(environ, with_transport=transport is not None)
        return cls.from_communicator(Communicator(configuration, transport))

    def merchant(self, merchant_id: str) -> MerchantClient:
        """The operations of the API for one merchant (PSPID)."""
        found: MerchantClient | None = (
            self._merchants.get(merchant_id) if type(merchant_id) is str else None
        )
        if found is None:
            from opay.resources import MerchantClient

            found = self._new_merchant(merchant_id, MerchantClient, _HeaderedExecutor)
        return found

    def close(self) -> None:
        """Close the communicator (shared with clients made from it) and its pool."""
        self.communicator.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClient(_ClientCore[AsyncCommunicator]):
    """The asyncio twin of :class:`Client`, with the same arguments; use ``async with`` or
    ``await client.aclose()``. The default transport is aiohttp, else httpx."""

    _communicator_type = AsyncCommunicator

    def __init__(
        self,
        api_endpoint: str,
        api_key_id: str,
        secret_api_key: str,
        *,
        transport: AsyncTransport | None = None,
        journal: Journal | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        configuration = _configuration(
            api_endpoint, api_key_id, secret_api_key, options, with_transport=transport is not None
        )
        super().__init__(AsyncCommunicator(configuration, transport))
        self._set_journal(journal)

    def _journaled(self) -> Any:
        from opay.journal.executor import AsyncJournaledExecutor

        assert self._journal is not None
        return AsyncJournaledExecutor(self.communicator, self._journal, self.extra_headers)

    async def resume(self, entry: Entry) -> Any:
        """The asynchronous twin of :meth:`Client.resume`."""
        if self._journal is None:
            raise RuntimeError(
                "this client has no journal: AsyncClient(..., journal=Journal(store))"
            )
        return await self._journaled().resume(entry)

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, transport: AsyncTransport | None = None
    ) -> AsyncClient:
        """The asyncio twin of :meth:`Client.from_env`."""
        from opay.environment import configuration_from_env

        configuration = configuration_from_env(environ, with_transport=transport is not None)
        communicator = AsyncCommunicator(configuration, transport)
        return cls.from_communicator(communicator)

    def merchant(self, merchant_id: str) -> AsyncMerchantClient:
        """The operations of the API for one merchant (PSPID)."""
        found: AsyncMerchantClient | None = (
            self._merchants.get(merchant_id) if type(merchant_id) is str else None
        )
        if found is None:
            from opay.async_resources import AsyncMerchantClient

            found = self._new_merchant(merchant_id, AsyncMerchantClient, _AsyncHeaderedExecutor)
        return found

    async def aclose(self) -> None:
        """Close the communicator (shared with clients made from it) and its pool."""
        await self.communicator.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
