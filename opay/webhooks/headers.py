"""Reading a header from whatever a web framework hands over.

Accepted, with names compared case-insensitively:

- a list of ``(name, value)`` pairs (``str`` or ``bytes``, as in an ASGI scope);
- a list of objects with ``.name`` and ``.value`` (the platform SDK's ``RequestHeader`` style);
- a mapping, with one value or a list of values per name (``dict``, Django's
  ``request.headers``), including a WSGI environ (``HTTP_X_GCS_SIGNATURE``);
- the multi-valued header objects of web frameworks: anything with ``.items()``, whose
  repeated headers are read with ``getall`` / ``get_all`` / ``getlist`` when it has one
  (werkzeug/Flask ``Headers``, Starlette/FastAPI ``Headers``, aiohttp ``CIMultiDictProxy``,
  ``email.message.Message`` and ``http.client.HTTPMessage``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from opay.webhooks.exceptions import SignatureValidationException

_MULTI_GETTERS = ("getall", "get_all", "getlist")
_SUPPORTED = (
    "headers must be a list of (name, value) pairs, a list of objects with .name and .value, "
    "a mapping, or a web framework's headers object"
)


def _text(value: object, what: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("latin-1")
    raise SignatureValidationException(f"{what} must be a str or bytes, not {type(value).__name__}")


def _header_name(raw: object) -> str:
    name = _text(raw, "a header name")
    if name.startswith("HTTP_"):  # WSGI environ: HTTP_X_GCS_SIGNATURE -> X-GCS-SIGNATURE
        return name[5:].replace("_", "-")
    return name


def _values(raw: object, name: str) -> list[str]:
    if isinstance(raw, (list, tuple)):
        return [_text(item, f"a value of header {name}") for item in raw]
    return [_text(raw, f"the value of header {name}")]


def _from_items(headers: Any, wanted: str) -> list[str]:
    try:
        items = list(headers.items())
    except TypeError as exc:
        raise SignatureValidationException(_SUPPORTED) from exc
    getter = next(
        (getattr(headers, n) for n in _MULTI_GETTERS if callable(getattr(headers, n, None))), None
    )
    found: list[str] = []
    seen_keys: set[object] = set()
    for item in items:
        if not isinstance(item, tuple) or len(item) != 2:
            raise SignatureValidationException(_SUPPORTED)
        key, raw = item
        if not isinstance(key, (str, bytes, bytearray)) or _header_name(key).lower() != wanted:
            continue
        if getter is None:
            found += _values(raw, wanted)
        elif key not in seen_keys:  # the multi-valued getter returns every value at once
            seen_keys.add(key)
            found += _values(getter(key) or [], wanted)
    return found


def _from_entries(headers: Iterable[Any], wanted: str) -> list[str]:
    found: list[str] = []
    for entry in headers:
        if isinstance(entry, (tuple, list)) and len(entry) == 2:
            raw_name, raw = entry
        elif hasattr(entry, "name") and hasattr(entry, "value"):
            raw_name, raw = entry.name, entry.value
        else:
            raise SignatureValidationException(
                f"{_SUPPORTED}; got an entry of type {type(entry).__name__}"
            )
        if _header_name(raw_name).lower() == wanted:
            found += _values(raw, wanted)
    return found


def header_values(headers: object, name: str) -> list[str]:
    """Every value of the header ``name`` in ``headers``, stripped of surrounding blanks."""
    wanted = name.lower()
    if headers is None or isinstance(headers, (str, bytes, bytearray)):
        raise SignatureValidationException(f"{_SUPPORTED}; got {type(headers).__name__}")
    if callable(getattr(headers, "items", None)):
        found = _from_items(headers, wanted)
    else:
        try:
            entries: Iterator[Any] = iter(headers)  # type: ignore[call-overload]
        except TypeError as exc:
            raise SignatureValidationException(
                f"{_SUPPORTED}; got {type(headers).__name__}"
            ) from exc
        found = _from_entries(entries, wanted)
    return [value.strip() for value in found]


def single_header(headers: object, name: str) -> str:
    """The one value of the header ``name``; raises SignatureValidationException if it is
    missing, empty or given more than once."""
    values = header_values(headers, name)
    if not values:
        raise SignatureValidationException(f"the {name} header is missing")
    if len(values) > 1:
        raise SignatureValidationException(f"the {name} header is present {len(values)} times")
    if not values[0]:
        raise SignatureValidationException(f"the {name} header is empty")
    return values[0]
