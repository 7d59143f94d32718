"""Receiving webhooks: verify the ``X-GCS-Signature`` of each request and read its event.

::

    from opay.webhooks import InMemorySecretKeyStore, Webhooks

    key_store = InMemorySecretKeyStore()
    key_store.store_secret_key(key_id, secret_key)
    helper = Webhooks.create_helper(key_store)
    event = helper.unmarshal(raw_body_bytes, request_headers)

``Inbox(helper, store).receive(body, headers, handler)`` also handles each event once across
redeliveries, reordering and several receiver processes (:mod:`opay.webhooks.inbox`).
"""

from typing import TYPE_CHECKING, Any

from opay.webhooks.exceptions import (
    ApiVersionMismatchException,
    InvalidEventException,
    SecretKeyNotAvailableException,
    SignatureValidationException,
    WebhooksException,
)
from opay.webhooks.helper import API_VERSION, Webhooks, WebhooksHelper, parse_event
from opay.webhooks.key_store import InMemorySecretKeyStore, SecretKeyStore
from opay.webhooks.signature import (
    KEY_ID_HEADER,
    SIGNATURE_HEADER,
    compute_signature,
    signature_matches,
)

__all__ = [
    "API_VERSION",
    "KEY_ID_HEADER",
    "SIGNATURE_HEADER",
    "ApiVersionMismatchException",
    "InMemorySecretKeyStore",
    "Inbox",
    "InboxOutcome",
    "InvalidEventException",
    "SecretKeyNotAvailableException",
    "SecretKeyStore",
    "SignatureValidationException",
    "Webhooks",
    "WebhooksException",
    "Receipt",
    "WebhooksHelper",
    "compute_signature",
    "parse_event",
    "signature_matches",
]

if TYPE_CHECKING:
    from opay.webhooks.inbox import Inbox, Receipt
    from opay.webhooks.inbox import Outcome as InboxOutcome

_INBOX = {"Inbox": "Inbox", "InboxOutcome": "Outcome", "Receipt": "Receipt"}


def __getattr__(name: str) -> Any:
    """The inbox's names, loaded on first use (they import the journal's stores)."""
    if name not in _INBOX:
        raise AttributeError(f"module 'opay.webhooks' has no attribute {name!r}")
    from opay.webhooks import inbox

    value = getattr(inbox, _INBOX[name])
    globals()[name] = value
    return value
