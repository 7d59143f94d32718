"""The webhooks signature: base64 of HMAC-SHA256 of the raw body, keyed by the secret key."""

from __future__ import annotations

import base64
import hashlib
import hmac

SIGNATURE_HEADER = "X-GCS-Signature"
KEY_ID_HEADER = "X-GCS-KeyId"


def compute_signature(body: bytes, secret_key: str) -> str:
    """The ``X-GCS-Signature`` value for ``body`` signed with ``secret_key`` (UTF-8)."""
    digest = hmac.new(secret_key.encode("utf-8"), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def signature_matches(body: bytes, secret_key: str, signature: str) -> bool:
    """Whether ``signature`` is the signature of ``body``, compared in constant time."""
    expected = compute_signature(body, secret_key).encode("ascii")
    return hmac.compare_digest(expected, signature.encode("utf-8", "replace"))
