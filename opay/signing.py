"""The platform's v1HMAC request signature.

The string to sign is::

    METHOD\\n
    Content-Type\\n           (an empty line when there is none)
    Date\\n
    x-gcs-name:value\\n       (each X-GCS-* header, lowercased name, sorted by name)
    /path?query\\n

and the signature is the base64 HMAC-SHA256 of that string keyed with the secret API key
(UTF-8). Only Content-Type, Date and X-GCS-* headers take part; header names are
case-insensitive. X-GCS-* values have folded line breaks replaced by one space and are trimmed.
The ``Authorization`` header carries ``GCS v1HMAC:{apiKeyId}:{signature}``.
"""

from __future__ import annotations

import binascii
import hashlib
import hmac
import re
from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import Any
from urllib.parse import urlsplit

_openssl_hmac: Callable[..., Any] | None
try:
    from _hashlib import hmac_new as _openssl_hmac
except ImportError:  # pragma: no cover - an interpreter built without OpenSSL
    _openssl_hmac = None

AUTHORIZATION_PREFIX = "GCS v1HMAC:"

_FOLDED_LINE_BREAK = re.compile(r"\r?\n[ \t]*")
_INVALID_KEY_ID = re.compile(r"[:\s]")


def normalized_value(value: str) -> str:
    """An X-GCS-* header value as it is signed: folded line breaks become one space, and
    surrounding whitespace is removed."""
    if "\n" in value:
        value = _FOLDED_LINE_BREAK.sub(" ", value)
    return value.strip()


def string_to_sign(method: str, path_and_query: str, headers: Iterable[tuple[str, str]]) -> str:
    """The exact text the v1HMAC signature is computed over.

    ``path_and_query`` is the request target as it appears in the URL (already
    percent-encoded), e.g. ``/v2/1234/products?countryCode=NL``. Headers other than
    Content-Type, Date and X-GCS-* are ignored; for Content-Type and Date the first one wins.
    """
    content_type: str | None = None
    date: str | None = None
    gcs: list[tuple[str, str]] = []
    for name, value in headers:
        lower = name.lower()
        if lower.startswith("x-gcs-"):
            gcs.append((lower, normalized_value(value)))
        elif lower == "content-type":
            if content_type is None:
                content_type = value
        elif lower == "date" and date is None:
            date = value
    return compose(method, content_type or "", date or "", gcs, path_and_query)


def compose(
    method: str, content_type: str, date: str, gcs: list[tuple[str, str]], path_and_query: str
) -> str:
    """The string to sign from its parts: ``gcs`` holds each X-GCS-* header as (lowercased
    name, normalized value) in any order (it is sorted here, by name only)."""
    if len(gcs) > 1:
        gcs.sort(key=_NAME)
    lines = "".join([f"{name}:{value}\n" for name, value in gcs])
    return f"{method}\n{content_type}\n{date}\n{lines}{path_and_query}\n"


_NAME = itemgetter(0)


def signature(string: str, secret_api_key: str) -> str:
    """Base64 of the HMAC-SHA256 of ``string`` keyed with ``secret_api_key`` (both UTF-8)."""
    digest = hmac.new(
        secret_api_key.encode("utf-8"), string.encode("utf-8"), hashlib.sha256
    ).digest()
    return binascii.b2a_base64(digest, newline=False).decode("ascii")


def check_api_key_id(api_key_id: str) -> None:
    """Raise ValueError unless ``api_key_id`` can appear in an Authorization header."""
    if not api_key_id:
        raise ValueError("the API key id is empty")
    if _INVALID_KEY_ID.search(api_key_id):
        raise ValueError("the API key id must not contain ':' or whitespace")


class Signer:
    """Signs for one API key: the key id is checked and the HMAC key prepared once, so that
    signing a request is one copy of the keyed state, one update and one digest.

    The secret never appears in ``repr()``.
    """

    __slots__ = ("_keyed", "_prefix")

    def __init__(self, api_key_id: str, secret_api_key: str) -> None:
        check_api_key_id(api_key_id)
        if not isinstance(secret_api_key, str) or not secret_api_key:
            raise ValueError("the secret API key must be a non-empty str")
        self._prefix = f"{AUTHORIZATION_PREFIX}{api_key_id}:"
        key = secret_api_key.encode("utf-8")
        # OpenSSL's keyed state when the interpreter has it: copied at C speed for each
        # request (hmac.HMAC.copy is Python code around it)
        self._keyed: Any = (
            hmac.new(key, digestmod=hashlib.sha256)
            if _openssl_hmac is None
            else _openssl_hmac(key, digestmod="sha256")
        )

    def __repr__(self) -> str:
        return f"Signer({self._prefix[len(AUTHORIZATION_PREFIX) : -1]!r}, '***')"

    def authorization(self, string: str) -> str:
        """The ``Authorization`` header value for a string to sign."""
        keyed = self._keyed.copy()
        keyed.update(string.encode("utf-8"))
        return self._prefix + binascii.b2a_base64(keyed.digest(), newline=False).decode("ascii")


def authorization_header(
    api_key_id: str,
    secret_api_key: str,
    method: str,
    path_and_query: str,
    headers: Iterable[tuple[str, str]],
) -> str:
    """The ``Authorization`` header value for a request: ``GCS v1HMAC:{id}:{signature}``."""
    check_api_key_id(api_key_id)
    sig = signature(string_to_sign(method, path_and_query, headers), secret_api_key)
    return f"{AUTHORIZATION_PREFIX}{api_key_id}:{sig}"


def parse_authorization(value: str) -> tuple[str, str]:
    """Split a received ``Authorization`` header into (API key id, signature).

    Raises ValueError naming what is wrong when the value is not a v1HMAC authorization.
    """
    if not value.startswith(AUTHORIZATION_PREFIX):
        raise ValueError(f"the Authorization header does not start with {AUTHORIZATION_PREFIX!r}")
    rest = value[len(AUTHORIZATION_PREFIX) :]
    fields = rest.split(":")
    if len(fields) != 2:
        raise ValueError(
            "the Authorization header must have the form 'GCS v1HMAC:<apiKeyId>:<signature>'"
        )
    key_id, sig = fields
    if not key_id:
        raise ValueError("the Authorization header has an empty API key id")
    if not sig:
        raise ValueError("the Authorization header has an empty signature")
    return key_id, sig


def signatures_match(a: str, b: str) -> bool:
    """Compare two signatures in constant time (for their length)."""
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def path_and_query(url: str) -> str:
    """The part of ``url`` that is signed: its path, plus ``?query`` when there is one.

    Taken verbatim from the URL (no decoding or re-encoding), so that the signer and the
    verifier agree on every byte.
    """
    parts = urlsplit(url)
    path = parts.path or "/"
    return f"{path}?{parts.query}" if parts.query else path
