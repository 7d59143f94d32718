"""Building a complete, signed :class:`~opay.transport.Request` for one operation.

Everything here is pure: no I/O, no clock read unless no ``date`` is given. Every attempt of
a call is built afresh, because the Date header is part of the signature.
"""

from __future__ import annotations

import gzip
import re
import time
from collections.abc import Iterable, Mapping
from urllib.parse import quote, urlsplit

import attrs

import opay.models
from opay.call import Call
from opay.marshal import to_json_bytes
from opay.obfuscation import redact_url
from opay.operation import Operation, QueryParam
from opay.signing import Signer, check_api_key_id, compose, normalized_value
from opay.strict import check_known_properties
from opay.transport import RESERVED_HEADERS, Request, check_header_value

_SCHEMES = ("http", "https")


def _check_endpoint(_instance: object, _attribute: object, value: str) -> None:
    shown = redact_url(value)  # never the credentials a malformed URL may hold
    if "@" in value:
        raise ValueError(f"endpoint {shown} must not contain user information")
    if not value.isprintable() or " " in value:
        raise ValueError(f"endpoint {shown} must not contain spaces or control characters")
    parts = urlsplit(value)
    if parts.scheme not in _SCHEMES:
        raise ValueError(
            f"endpoint {shown} must start with http:// or https:// (got scheme "
            f"{redact_url(parts.scheme)})"
        )
    if not parts.hostname:
        raise ValueError(f"endpoint {shown} has no host")
    if parts.path or parts.query or parts.fragment or "?" in value or "#" in value:
        raise ValueError(
            f"endpoint {shown} must be only scheme, host and optional port "
            "(no path, query or fragment)"
        )
    try:
        parts.port  # noqa: B018  (raises ValueError for a malformed port)
    except ValueError:
        raise ValueError(f"endpoint {shown} has an invalid port") from None


def _strip_trailing_slash(value: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"endpoint must be a str, not {type(value).__name__}")
    return value.rstrip("/")


def _check_api_key_id(_instance: object, _attribute: object, value: str) -> None:
    check_api_key_id(value)


def _check_secret(_instance: object, _attribute: object, value: str) -> None:
    if not isinstance(value, str) or not value:
        raise ValueError("the secret API key must be a non-empty str")


def _masked(_value: str) -> str:
    return "'***'"


@attrs.frozen
class RequestSettings:
    """What every request of a client shares: where to send it and how to sign it.

    ``endpoint`` is ``scheme://host[:port]`` (a trailing slash is removed). The secret API key
    never appears in ``repr()``.
    """

    endpoint: str = attrs.field(converter=_strip_trailing_slash, validator=_check_endpoint)
    api_key_id: str = attrs.field(validator=_check_api_key_id)
    secret_api_key: str = attrs.field(repr=_masked, validator=_check_secret)
    server_meta_info: str
    signer: Signer = attrs.field(init=False, repr=False, eq=False)
    """Signs with this key (prepared once)."""
    signed_meta_info: tuple[str, str] = attrs.field(init=False, repr=False, eq=False)
    """The ``X-GCS-ServerMetaInfo`` header as it takes part in the string to sign."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "signer", Signer(self.api_key_id, self.secret_api_key))
        meta = ("x-gcs-servermetainfo", normalized_value(self.server_meta_info))
        object.__setattr__(self, "signed_meta_info", meta)


def endpoint_from_parts(scheme: str, host: str, port: int | None) -> str:
    """``scheme://host[:port]`` from configuration values, checked.

    ``port`` None (or -1, the configuration's "not set") leaves the port out. An IPv6
    address is put in brackets.
    """
    scheme = scheme.strip().lower()
    if scheme not in _SCHEMES:
        raise ValueError(f"endpoint scheme must be 'http' or 'https', not {scheme!r}")
    host = host.strip()
    if not host:
        raise ValueError("endpoint host is empty")
    if (any(c in host for c in "/?#@ ") and not host.startswith("[")) or not host.isprintable():
        raise ValueError(f"endpoint host {redact_url(host)} must be a host name or address only")
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    if port is None or port == -1:
        return f"{scheme}://{host}"
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        raise ValueError(f"endpoint port must be an int from 1 to 65535, not {port!r}")
    return f"{scheme}://{host}:{port}"


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


_last_date: tuple[int, str] = (
    -1,
    "",
)  # (second, its text): the current date is formatted once a second


def http_date(timestamp: float | None = None) -> str:
    """RFC 1123 date in GMT (``Fri, 06 Jun 2025 14:00:00 GMT``), independent of the locale."""
    global _last_date
    if timestamp is not None:
        return _rfc1123(time.gmtime(timestamp))
    second = int(time.time())
    last = _last_date
    if last[0] != second:
        last = _last_date = (second, _rfc1123(time.gmtime(second)))
    return last[1]


def _rfc1123(t: time.struct_time) -> str:
    return (
        f"{_DAYS[t.tm_wday]}, {t.tm_mday:02d} {_MONTHS[t.tm_mon - 1]} {t.tm_year:04d} "
        f"{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} GMT"
    )


_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]+").fullmatch


def _path(operation: Operation, path_values: Mapping[str, object]) -> str:
    params = operation.path_params
    if len(path_values) == len(params):
        # The usual call: every value a string id of unreserved characters, sent as it is.
        encoded: dict[str, str] = {}
        for param in params:
            value = path_values.get(param.name)
            if (
                type(value) is not str
                or param.type != "string"
                or not _UNRESERVED(value)
                or value == "."
                or value == ".."
            ):
                return _checked_path(operation, path_values)
            encoded[param.name] = value
        return operation.path.format_map(encoded) if encoded else operation.path
    return _checked_path(operation, path_values)


def _checked_path(operation: Operation, path_values: Mapping[str, object]) -> str:
    """The path with every value checked (naming what is wrong) and percent-encoded."""
    if len(path_values) != len(operation.path_params):
        expected = {p.name for p in operation.path_params}
        unexpected = sorted(set(path_values) - expected)
        if unexpected:
            raise ValueError(
                f"{operation.operation_id}: unexpected path parameter(s) {', '.join(unexpected)}"
            )
    encoded: dict[str, str] = {}
    for param in operation.path_params:
        value = path_values.get(param.name)
        if param.type == "integer":
            if value is None:
                raise ValueError(
                    f"{operation.operation_id}: path parameter {param.python_name} is missing"
                )
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(
                    f"{operation.operation_id}: path parameter {param.python_name} must be an "
                    f"int, not {type(value).__name__}"
                )
            encoded[param.name] = str(value)
        else:
            text = value if isinstance(value, str) else ("" if value is None else str(value))
            if not text or text.isspace():
                raise ValueError(
                    f"{operation.operation_id}: path parameter {param.python_name} must be a "
                    f"non-empty identifier, got {value!r}"
                )
            if text in (".", ".."):
                # A whole path segment "." or ".." would be removed by URL normalisation
                # (httpx, urllib3, aiohttp do it): another path than the one signed.
                raise ValueError(
                    f"{operation.operation_id}: path parameter {param.python_name} cannot be "
                    f"{text!r} (a dot segment)"
                )
            # Unreserved characters need no percent-encoding (the common case: ids).
            encoded[param.name] = text if _UNRESERVED(text) else quote(text, safe="")
    return operation.path.format_map(encoded) if encoded else operation.path


def _query_text(operation: Operation, param: QueryParam, kind: str | None, value: object) -> str:
    if kind == "boolean":
        if not isinstance(value, bool):
            raise TypeError(
                f"{operation.operation_id}: query parameter {param.python_name} must be a bool, "
                f"not {type(value).__name__}"
            )
        wire = "true" if value else "false"
        for json_value, text in param.serialization:
            if json_value == wire:
                return text
        return wire
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(
                f"{operation.operation_id}: query parameter {param.python_name} must be an int, "
                f"not {type(value).__name__}"
            )
        return str(value)
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(
                f"{operation.operation_id}: query parameter {param.python_name} must be a number, "
                f"not {type(value).__name__}"
            )
        return repr(value)
    return value if isinstance(value, str) else str(value)


def _is_query_instance(query: object, class_name: str) -> bool:
    return any(cls.__name__ == class_name for cls in type(query).__mro__)


def _query(operation: Operation, query: object) -> str:
    if operation.query_class is None:
        raise TypeError(f"{operation.operation_id} takes no query parameters, but some were given")
    if not _is_query_instance(query, operation.query_class):
        raise TypeError(
            f"{operation.operation_id}: query must be a {operation.query_class}, "
            f"not {type(query).__name__}"
        )
    pairs: list[str] = []
    for param in operation.query_params:
        value = getattr(query, param.python_name, None)
        if value is None:
            continue
        name = quote(param.name, safe="")
        if param.type == "array":
            if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
                raise TypeError(
                    f"{operation.operation_id}: query parameter {param.python_name} must be a "
                    f"list, not {type(value).__name__}"
                )
            for item in value:
                if item is not None:
                    text = _query_text(operation, param, param.item_type, item)
                    pairs.append(f"{name}={quote(text, safe='')}")
        else:
            text = _query_text(operation, param, param.type, value)
            pairs.append(f"{name}={quote(text, safe='')}")
    return "&".join(pairs)


def build_request(
    call: Call,
    settings: RequestSettings,
    extra_headers: Iterable[tuple[str, str]] = (),
    *,
    date: str | None = None,
    timeout: float | None = None,
) -> Request:
    """The complete, signed request for ``call`` (see :class:`~opay.call.Call`).

    Its ``path_values`` map path parameter JSON names (``merchantId``, …) to values; its
    ``body`` is a model or a plain mapping (serialized with
    :func:`opay.marshal.to_json_bytes`); its ``query`` is an instance of the operation's
    query-parameter class. ``date`` overrides the current time
    (an RFC 1123 GMT string), for reproducible requests. ``extra_headers`` are added before
    signing (X-GCS-* ones are signed); they may not repeat a header set here, and neither may
    the ``headers`` of ``context``. ``context.gzip`` compresses the body as merchant batches
    always are. ``timeout`` becomes the request's: what remains of the call's budget.
    """
    operation, body, context = call.operation, call.body, call.context
    target = _path(operation, call.path_values)
    query = call.query
    if query is not None:
        query_text = _query(operation, query)
        if query_text:
            target = f"{target}?{query_text}"

    sent_date = date if date is not None else http_date()
    headers: list[tuple[str, str]] = [
        ("Date", sent_date),
        ("X-GCS-ServerMetaInfo", settings.server_meta_info),
    ]
    signed = [settings.signed_meta_info]  # the X-GCS-* headers, as signed

    content_type = ""
    payload = b""
    if body is not None:
        if operation.body_model is None:
            raise TypeError(f"{operation.operation_id} takes no request body, but one was given")
        if type(body) is dict:  # a plain dict body holds only what its model defines
            model = getattr(opay.models, operation.body_model, None)
            if model is not None:
                check_known_properties(model, body)
        payload = to_json_bytes(body)
        content_type = "application/json"
        headers.append(("Content-Type", content_type))
        if operation.gzip_body or (context is not None and context.gzip):
            payload = gzip.compress(payload, mtime=0)
            headers.append(("Content-Encoding", "gzip"))
    elif operation.body_model is not None:
        raise TypeError(
            f"{operation.operation_id} needs a request body ({operation.body_model}), but none "
            "was given"
        )

    if context is not None and context.idempotence_key:
        key = context.idempotence_key
        check_header_value("X-GCS-Idempotence-Key", key)
        headers.append(("X-GCS-Idempotence-Key", key))
        signed.append(("x-gcs-idempotence-key", normalized_value(key)))

    if context is not None and context.headers is not None:
        extra_headers = (*extra_headers, *context.extra_headers)
    for name, value in extra_headers:
        lower = name.lower()
        if lower in RESERVED_HEADERS:
            raise ValueError(f"header {name} is set by opay and cannot be given as an extra header")
        check_header_value(name, value)
        headers.append((name, value))
        if lower.startswith("x-gcs-"):
            signed.append((lower, normalized_value(value)))

    string = compose(operation.method, content_type, sent_date, signed, target)
    headers.append(("Authorization", settings.signer.authorization(string)))
    return Request.assembled(
        operation.method, settings.endpoint + target, tuple(headers), payload, timeout
    )
