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

import base64
import hashlib
import hmac
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

AUTHORIZATION_PREFIX = "GCS v1HMAC:"

_FOLDED_LINE_BREAK = re.compile(r"\r?\n[ \t]*")
_INVALID_KEY_ID = re.compile(r"[:\s]")


def _normalized_value(value: str) -> str:
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
            gcs.append((lower, _normalized_value(value)))
        elif lower == "content-type":
            if content_type is None:
                content_type = value
        elif lower == "date" and date is None:
            date = value
    parts = [method, "\n", content_type or "", "\n", date or "", "\n"]
    if gcs:
        gcs.sort(key=_by_name)
        for lower, value in gcs:
            parts += (lower, ":", value, "\n")
    parts += (path_and_query, "\n")
    return "".join(parts)


def _by_name(item: tuple[str, str]) -> str:
    return item[0]


def signature(string: str, secret_api_key: str) -> str:
    """Base64 of the HMAC-SHA256 of ``string`` keyed with ``secret_api_key`` (both UTF-8)."""
    digest = hmac.new(
        secret_api_key.encode("utf-8"), string.encode("utf-8"), hashlib.sha256
    ).digest()
    return base64.b64encode(digest).decode("ascii")


def check_api_key_id(api_key_id: str) -> None:
    """Raise ValueError unless ``api_key_id`` can appear in an Authorization header."""
    if not api_key_id:
        raise ValueError("the API key id is empty")
    if _INVALID_KEY_ID.search(api_key_id):
        raise ValueError("the API key id must not contain ':' or whitespace")


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
