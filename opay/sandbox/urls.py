"""URLs the sandbox takes from merchants and sends customers' browsers to.

A ``returnUrl`` is where the customer's browser is sent back to (a ``303`` from a hosted page
or a 3-D Secure challenge), so only ``http`` and ``https`` URLs are accepted (the sandbox's
own safety rule: the platform's docs give the property as a URL but no scheme list): a
``javascript:`` or ``data:`` URL there would run in the customer's browser. Whatever a
merchant sends, the ``Location`` header the pages answer with is plain ASCII: characters
outside it are percent-encoded as UTF-8, as browsers do.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlsplit

from opay.sandbox import errors

WEB_SCHEMES = ("http", "https")

# Everything printable in ASCII stays as it is (percent signs too: the URL may be encoded).
_KEEP = "".join(chr(code) for code in range(0x21, 0x7F))


def return_url(value: Any, property_name: str) -> str | None:
    """``value`` when it is an absolute http(s) URL, None when absent; otherwise a 400
    naming ``property_name``."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise errors.bad_request(f"{property_name} must be a URL string", property_name)
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in WEB_SCHEMES or not parts.netloc:
        raise errors.bad_request(
            f"{property_name} must be an absolute http or https URL, got {value[:80]!r}",
            property_name,
        )
    return value


def ascii_url(url: str) -> str:
    """``url`` with every character outside printable ASCII percent-encoded (as UTF-8)."""
    return url if url.isascii() and url.isprintable() else quote(url, safe=_KEEP)
