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


def _from_items(headers: Any, wanted: set[str]) -> dict[str, list[str]]:
    try:
        items = list(headers.items())
    except TypeError as exc:
        raise SignatureValidationException(_SUPPORTED) from exc
    getter = next(
        (getattr(headers, n) for n in _MULTI_GETTERS if callable(getattr(headers, n, None))),
        None,
    )
    found: dict[str, list[str]] = {name: [] for name in wanted}
    keys: dict[str, list[object]] = {name: [] for name in wanted}
    for item in items:
        if not isinstance(item, tuple) or len(item) != 2:
            raise SignatureValidationException(_SUPPORTED)
        key, raw = item
        if not isinstance(key, (str, bytes, bytearray)):
            continue
        name = _header_name(key).lower()
        if name in wanted:
            found[name] += _values(raw, name)
            if key not in keys[name]:
                keys[name].append(key)
    if getter is not None:
        # items() of some multi-valued mappings shows one value per name: ask for all of them.
        for name, name_keys in keys.items():
            for key in name_keys:
                every = _values(getter(key) or [], name)
                if len(every) > len(found[name]):
                    found[name] = every
    return found


def _from_entries(headers: Iterable[Any], wanted: set[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {name: [] for name in wanted}
    for entry in headers:
        if isinstance(entry, (tuple, list)) and len(entry) == 2:
            raw_name, raw = entry
        elif hasattr(entry, "name") and hasattr(entry, "value"):
            raw_name, raw = entry.name, entry.value
        else:
            raise SignatureValidationException(
                f"{_SUPPORTED}; got an entry of type {type(entry).__name__}"
            )
        name = _header_name(raw_name).lower()
        if name in wanted:
            found[name] += _values(raw, name)
    return found


def header_values(headers: object, *names: str) -> dict[str, list[str]]:
    """Every value of each header in ``names`` (reading ``headers`` once), keyed by the
    lower-cased name and stripped of surrounding blanks."""
    wanted = {name.lower() for name in names}
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
    return {name: [value.strip() for value in values] for name, values in found.items()}


def single_headers(headers: object, *names: str) -> list[str]:
    """The one value of each header in ``names``, in order; raises
    SignatureValidationException if one is missing, empty or given more than once."""
    found = header_values(headers, *names)
    result = []
    for name in names:
        values = found[name.lower()]
        if not values:
            raise SignatureValidationException(f"the {name} header is missing")
        if len(values) > 1:
            raise SignatureValidationException(f"the {name} header is present {len(values)} times")
        if not values[0]:
            raise SignatureValidationException(f"the {name} header is empty")
        result.append(values[0])
    return result
