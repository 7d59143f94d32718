"""Receiving webhooks: verify the ``X-GCS-Signature`` of each request and read its event.

::

    from opay.webhooks import InMemorySecretKeyStore, Webhooks

    key_store = InMemorySecretKeyStore()
    key_store.store_secret_key(key_id, secret_key)
    helper = Webhooks.create_helper(key_store)
    event = helper.unmarshal(raw_body_bytes, request_headers)
"""

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
    "InvalidEventException",
    "SecretKeyNotAvailableException",
    "SecretKeyStore",
    "SignatureValidationException",
    "Webhooks",
    "WebhooksException",
    "WebhooksHelper",
    "compute_signature",
    "parse_event",
    "signature_matches",
]
