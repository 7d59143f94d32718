"""``opay webhooks verify``: check the signature of a webhooks body and show its event."""

from __future__ import annotations

from typing import Any

from opay.webhooks import (
    KEY_ID_HEADER,
    SIGNATURE_HEADER,
    InMemorySecretKeyStore,
    Webhooks,
    compute_signature,
    parse_event,
)


def verify(body: bytes, key_id: str, secret: str, signature: str | None) -> tuple[Any, list[str]]:
    """The event of ``body`` as a JSON-style dict, and notes for standard error.

    With ``signature``, the body must carry it (the webhooks helper's checks, exactly as an
    endpoint would run them); without, the body is signed and the headers a genuine delivery
    would carry are returned as notes. Raises the webhooks exceptions.
    """
    if signature is None:
        expected = compute_signature(body, secret)
        notes = [
            "NOT VERIFIED: no --signature given, so opay only computed the signature this "
            "body would carry; pass the received X-GCS-Signature with --signature to check it.",
            "a genuine delivery of this body carries:",
            f"  {SIGNATURE_HEADER}: {expected}",
            f"  {KEY_ID_HEADER}: {key_id}",
        ]
        event = parse_event(body)
    else:
        store = InMemorySecretKeyStore()
        store.store_secret_key(key_id, secret)
        headers = [(SIGNATURE_HEADER, signature), (KEY_ID_HEADER, key_id)]
        event = Webhooks.create_helper(store).unmarshal(body, headers)
        notes = [f"signature valid (key id {key_id})"]
    return event.to_dictionary(), notes
