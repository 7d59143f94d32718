"""Per-call context: the options of one call, and what the call saw.

Options: ``idempotence_key``, ``business_key`` (with a journal), ``timeout`` (the call's
total budget in seconds, every attempt and every pause included), ``retry`` (a
:class:`~opay.retry.RetryPolicy` for this call), ``headers`` (extra request headers) and
``gzip`` (compress this call's request body).

After the call, successful or not: ``response_status``, ``response_headers`` (a read-only,
case-insensitive mapping) and ``attempts``; ``idempotence_request_timestamp`` and
``idempotence_response_date_time`` when the platform replayed a response; and
``sent_idempotence_key``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from opay.transport import RESERVED_HEADERS, check_header_value

if TYPE_CHECKING:
    from opay.retry import RetryPolicy


_KEY_LIMIT: list[int] = []  # the operation table's limit, read on first use


def _key_limit() -> int:
    if not _KEY_LIMIT:
        from opay.operations import IDEMPOTENCE_KEY_MAX_LENGTH

        _KEY_LIMIT.append(IDEMPOTENCE_KEY_MAX_LENGTH)
    return _KEY_LIMIT[0]


def check_idempotence_key(key: str | None) -> str | None:
    """``key`` if the platform can take it as ``X-GCS-Idempotence-Key``; otherwise raise
    :class:`ValueError` naming the rule it breaks (:class:`TypeError` for a non-string).

    The rules are the platform's ("Idempotent requests" in its API developer guide,
    https://docs.direct.worldline-solutions.com/en/integration/api-developer-guide/idempotent-requests):
    at most :data:`~opay.operations.IDEMPOTENCE_KEY_MAX_LENGTH` characters, ASCII without
    UTF-8. opay also refuses what would make the key a different one on arrival: an empty or
    blank key (no header would be sent, yet the call would count as keyed), control
    characters, and whitespace at either end (header values are trimmed in transit)."""
    if key is None:
        return None
    if not isinstance(key, str):
        raise TypeError(f"an idempotence key must be a str, got {type(key).__name__}")
    limit = _key_limit()
    if (
        0 < len(key) <= limit
        and key.isascii()
        and key.isprintable()
        and key[0] != " "
        and key[-1] != " "
    ):
        return key  # the usual case, checked at C speed; the rules below name what is wrong
    IDEMPOTENCE_KEY_MAX_LENGTH = limit
    if not key:
        raise ValueError("an idempotence key must not be empty (use None for no key)")
    if not key.strip():
        raise ValueError(f"an idempotence key must not be blank, got {key!r}")
    if len(key) > IDEMPOTENCE_KEY_MAX_LENGTH:
        raise ValueError(
            f"an idempotence key must be at most {IDEMPOTENCE_KEY_MAX_LENGTH} characters "
            f"(the platform's limit), got {len(key)}"
        )
    for position, char in enumerate(key):
        if not " " <= char <= "~":
            raise ValueError(
                "an idempotence key must be printable ASCII (the platform accepts no UTF-8 "
                f"and no control characters), got {char!r} at position {position}"
            )
    if key != key.strip():
        raise ValueError(
            "an idempotence key must not begin or end with a space (header values are "
            f"trimmed in transit, so the platform would see another key), got {key!r}"
        )
    return key


def _valid_key(_instance: Any, _attribute: Any, value: str | None) -> None:
    check_idempotence_key(value)


def check_extra_headers(headers: object) -> tuple[tuple[str, str], ...]:
    """``headers`` (a mapping or pairs of names and values) as a tuple of pairs; a name opay
    sets itself (``Authorization``, ``Date``, ``Content-Type``, ``Content-Encoding``,
    ``X-GCS-*``, ...) raises :class:`ValueError`, a value that is not printable ASCII too."""
    if headers is None:
        return ()
    items: Iterable[Any] = headers.items() if isinstance(headers, Mapping) else headers  # type: ignore[assignment]
    if isinstance(headers, str | bytes) or not isinstance(items, Iterable):
        raise TypeError(f"headers must be a mapping of names to values, got {headers!r}")
    pairs: list[tuple[str, str]] = []
    for item in items:
        if not (isinstance(item, tuple) and len(item) == 2):
            raise TypeError(f"headers must be name/value pairs, got {item!r}")
        name, value = item
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"a header name and value must be str, got {name!r}: {value!r}")
        lower = name.lower()
        # those opay sets, and every X-GCS-* one (opay's own, or signed)
        if lower in RESERVED_HEADERS or lower.startswith("x-gcs-"):
            raise ValueError(f"header {name} is set by opay itself and cannot be given for a call")
        if not name or not all("!" <= c <= "~" and c not in '"(),/:;<=>?@[\\]{}' for c in name):
            raise ValueError(f"header name {name!r} is not a valid HTTP token")
        check_header_value(name, value)
        pairs.append((name, value))
    return tuple(pairs)


def _check_headers(_instance: Any, _attribute: Any, value: object) -> None:
    check_extra_headers(value)


def _check_timeout(_instance: Any, _attribute: Any, value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"timeout must be a number of seconds, got {value!r}")
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"timeout must be a positive, finite number of seconds, got {value!r}")


def _check_retry(_instance: Any, _attribute: Any, value: object) -> None:
    if value is None:
        return
    from opay.retry import RetryPolicy

    if not isinstance(value, RetryPolicy):
        raise TypeError(f"retry must be a RetryPolicy (RetryPolicy.off() for none), got {value!r}")


def _check_gzip(_instance: Any, _attribute: Any, value: object) -> None:
    if not isinstance(value, bool):
        raise TypeError(f"gzip must be True or False, got {value!r}")


class ResponseHeaders(Mapping[str, str]):
    """The headers of a response, read-only and case-insensitive: ``headers["content-type"]``
    is the first value of ``Content-Type``; :meth:`get_all` gives every value of a name."""

    __slots__ = ("_index", "_pairs")

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()) -> None:
        self._pairs = pairs if type(pairs) is tuple else tuple(pairs)
        self._index: dict[str, str] | None = None  # made on first use

    def _lookup(self) -> dict[str, str]:
        index = self._index
        if index is None:
            index = {}
            for name, value in self._pairs:
                index.setdefault(name.lower(), value)
            self._index = index
        return index

    def __getitem__(self, name: str) -> str:
        return self._lookup()[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._lookup()

    def __iter__(self) -> Iterator[str]:
        seen: set[str] = set()
        for name, _ in self._pairs:
            if name.lower() not in seen:
                seen.add(name.lower())
                yield name

    def __len__(self) -> int:
        return len(self._lookup())

    def get_all(self, name: str) -> list[str]:
        """Every value of ``name``, in order."""
        wanted = name.lower()
        return [value for key, value in self._pairs if key.lower() == wanted]

    def items_in_order(self) -> tuple[tuple[str, str], ...]:
        """Every header as received, repeats included."""
        return self._pairs

    def __repr__(self) -> str:
        return f"ResponseHeaders({list(self._pairs)!r})"


_FIELDS = (
    "idempotence_key",
    "idempotence_request_timestamp",
    "sent_idempotence_key",
    "business_key",
    "timeout",
    "retry",
    "headers",
    "gzip",
    "idempotence_response_date_time",
    "response_status",
    "response_headers",
    "attempts",
)
_NO_HEADERS = ResponseHeaders()  # read-only: one empty instance serves every context


def _option(name: str, check: Callable[[Any, Any, Any], None], doc: str) -> Any:
    """A property for the option ``name``, checked by ``check`` whenever it is set."""
    slot = f"_{name}"

    def set_(self: CallContext, value: Any) -> None:
        check(self, None, value)
        object.__setattr__(self, slot, value)

    return property(attrgetter(slot), set_, doc=doc)  # read at C speed, many times a call


class CallContext:
    """Options for one call, and what the call saw (see the module documentation).

    ``idempotence_key`` is checked when set (see :func:`check_idempotence_key`): an empty,
    blank, too long or non-ASCII key raises :class:`ValueError` before anything is sent. It is
    never changed: ``sent_idempotence_key`` holds the key the call sent (``idempotence_key``,
    or the key opay generated for an operation the platform deduplicates), so reusing a
    context never turns a new call into a replay.

    ``business_key`` (with a client that has a :class:`~opay.journal.Journal`) names the
    business action a deduplicated call performs, e.g. ``"order-4711"``: the idempotence key
    is derived from the merchant, the operation and this key, so a job that runs again sends
    the same key and gets the first run's outcome (see the journal's guide). A client without
    a journal refuses it.

    ``timeout`` is the call's total budget in seconds, attempts and pauses included; when it
    runs out the call raises :class:`~opay.exceptions.TimeoutException`. ``retry`` replaces
    the client's :class:`~opay.retry.RetryPolicy` for this call. ``headers`` are extra
    request headers (a mapping or pairs); names opay sets itself (``Authorization``,
    ``Date``, ``Content-Type``, ``X-GCS-*``) raise :class:`ValueError`. ``gzip=True``
    compresses this call's request body (``Content-Encoding: gzip``), as the platform's SDK
    allows.

    After the call: ``response_status`` (int, None when no answer came), ``response_headers``
    (a :class:`ResponseHeaders`, empty when no answer came), ``attempts`` (int),
    ``idempotence_request_timestamp`` (``X-GCS-Idempotence-Request-Timestamp``, the first
    request's time in ms, on a replay) and ``idempotence_response_date_time`` (the
    ``IdempotencyResponseDatetime`` header as an aware datetime, on a replay).
    """

    __slots__ = (
        "_gzip",
        "_headers",
        "_idempotence_key",
        "_retry",
        "_timeout",
        "attempts",
        "business_key",
        "idempotence_request_timestamp",
        "idempotence_response_date_time",
        "response_headers",
        "response_status",
        "sent_idempotence_key",
    )

    # The options are checked whenever they are set (in __init__ too); the results are plain
    # slots, written without a check on every call.
    if TYPE_CHECKING:  # what the properties made by _option are

        @property
        def idempotence_key(self) -> str | None: ...
        @idempotence_key.setter
        def idempotence_key(self, value: str | None) -> None: ...
        @property
        def timeout(self) -> float | None: ...
        @timeout.setter
        def timeout(self, value: float | None) -> None: ...
        @property
        def retry(self) -> RetryPolicy | None: ...
        @retry.setter
        def retry(self, value: RetryPolicy | None) -> None: ...
        @property
        def headers(self) -> Mapping[str, str] | Iterable[tuple[str, str]] | None: ...
        @headers.setter
        def headers(self, value: Mapping[str, str] | Iterable[tuple[str, str]] | None) -> None: ...
        @property
        def gzip(self) -> bool: ...
        @gzip.setter
        def gzip(self, value: bool) -> None: ...

    else:
        idempotence_key = _option(
            "idempotence_key", _valid_key, "The key to send as ``X-GCS-Idempotence-Key``."
        )
        timeout = _option("timeout", _check_timeout, "The call's budget in seconds.")
        retry = _option("retry", _check_retry, "This call's retry policy.")
        headers = _option("headers", _check_headers, "Extra request headers.")
        gzip = _option("gzip", _check_gzip, "Whether the request body is compressed.")

    def __init__(
        self,
        idempotence_key: str | None = None,
        idempotence_request_timestamp: int | None = None,
        sent_idempotence_key: str | None = None,
        *,
        business_key: str | None = None,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
        gzip: bool = False,
        idempotence_response_date_time: dt.datetime | None = None,
        response_status: int | None = None,
        response_headers: ResponseHeaders | None = None,
        attempts: int = 0,
    ) -> None:
        if idempotence_key is not None:
            check_idempotence_key(idempotence_key)
        if timeout is not None:
            _check_timeout(self, None, timeout)
        if retry is not None:
            _check_retry(self, None, retry)
        if headers is not None:
            check_extra_headers(headers)
        if gzip is not False:
            _check_gzip(self, None, gzip)
        self._idempotence_key = idempotence_key
        self._timeout = timeout
        self._retry = retry
        self._headers = headers
        self._gzip = gzip
        self.business_key = business_key
        self.idempotence_request_timestamp = idempotence_request_timestamp
        self.sent_idempotence_key = sent_idempotence_key
        self.idempotence_response_date_time = idempotence_response_date_time
        self.response_status = response_status
        self.response_headers = _NO_HEADERS if response_headers is None else response_headers
        self.attempts = attempts

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _FIELDS)
        return f"CallContext({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in _FIELDS)

    __hash__ = None  # type: ignore[assignment]  # mutable: compared by value, not hashable

    @property
    def extra_headers(self) -> tuple[tuple[str, str], ...]:
        """``headers`` as checked pairs."""
        return check_extra_headers(self._headers)

    def for_attempts(self, idempotence_key: str | None) -> CallContext:
        """A context for the attempts of this call that send ``idempotence_key`` (a valid
        key: the caller's, or one opay generated): the same options, none of the results.
        Nothing is checked again."""
        attempt = attempts_context(idempotence_key)
        attempt._timeout = self._timeout
        attempt._retry = self._retry
        attempt._headers = self._headers
        attempt._gzip = self._gzip
        return attempt

    def record(self, other: CallContext) -> None:
        """Copy what ``other`` (the attempts' context) saw into this context."""
        self.idempotence_request_timestamp = other.idempotence_request_timestamp
        self.idempotence_response_date_time = other.idempotence_response_date_time
        self.response_status = other.response_status
        self.response_headers = other.response_headers


_new = object.__new__


def attempts_context(idempotence_key: str | None) -> CallContext:
    """A context with no options but ``idempotence_key``, which must be valid already (one
    opay generated, or a caller's key checked when it was set): made without checking it
    again."""
    context: CallContext = _new(CallContext)
    context._idempotence_key = idempotence_key
    context._timeout = None
    context._retry = None
    context._headers = None
    context._gzip = False
    context.business_key = None
    context.idempotence_request_timestamp = None
    context.sent_idempotence_key = None
    context.idempotence_response_date_time = None
    context.response_status = None
    context.response_headers = _NO_HEADERS
    context.attempts = 0
    return context
