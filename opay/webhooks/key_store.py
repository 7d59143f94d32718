"""Where the webhooks helper finds the secret key of a key id."""

from __future__ import annotations

import threading
from typing import Protocol, runtime_checkable

from opay.webhooks.exceptions import SecretKeyNotAvailableException


@runtime_checkable
class SecretKeyStore(Protocol):
    """Gives the secret key of a webhooks key id (configured in the Merchant Portal)."""

    def get_secret_key(self, key_id: str) -> str:
        """The secret key for ``key_id``; raises SecretKeyNotAvailableException if unknown."""
        ...


class InMemorySecretKeyStore:
    """A thread-safe :class:`SecretKeyStore` in memory.

    Several keys can be stored at once, so a key can be rotated without losing events:
    store the new key, switch the Merchant Portal to it, then remove the old one.
    """

    def __init__(self) -> None:
        self._keys: dict[str, str] = {}
        self._lock = threading.Lock()

    def store_secret_key(self, key_id: str, secret_key: str) -> None:
        """Store (or replace) the secret key of ``key_id``."""
        if not isinstance(key_id, str) or not key_id.strip():
            raise ValueError("key_id must be a non-empty string")
        if not isinstance(secret_key, str) or not secret_key:
            raise ValueError(f"the secret key for {key_id!r} must be a non-empty string")
        with self._lock:
            self._keys[key_id] = secret_key

    def get_secret_key(self, key_id: str) -> str:
        """The secret key of ``key_id``; raises SecretKeyNotAvailableException if unknown."""
        with self._lock:
            secret = self._keys.get(key_id)
        if secret is None:
            raise SecretKeyNotAvailableException(key_id)
        return secret

    def remove_secret_key(self, key_id: str) -> None:
        """Forget the secret key of ``key_id`` (nothing happens if it is unknown)."""
        with self._lock:
            self._keys.pop(key_id, None)

    def clear(self) -> None:
        """Forget every secret key."""
        with self._lock:
            self._keys.clear()

    def __repr__(self) -> str:
        with self._lock:
            ids = sorted(self._keys)
        return f"InMemorySecretKeyStore(key_ids={ids!r})"
