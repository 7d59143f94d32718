"""Verifying and reading webhooks events."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from opay.exceptions import MarshallingError
from opay.webhooks.exceptions import (
    ApiVersionMismatchException,
    InvalidEventException,
    SignatureValidationException,
)
from opay.webhooks.headers import single_headers
from opay.webhooks.key_store import SecretKeyStore
from opay.webhooks.signature import KEY_ID_HEADER, SIGNATURE_HEADER, signature_matches

if TYPE_CHECKING:
    from opay.models import WebhooksEvent

# The API version of the events this version of opay reads (the API description's
# x-expected-api-version of its webhooks event).
API_VERSION = "v1"


class WebhooksHelper:
    """Checks the signature of webhooks requests and turns their bodies into events."""

    def __init__(self, secret_key_store: SecretKeyStore) -> None:
        if not callable(getattr(secret_key_store, "get_secret_key", None)):
            raise TypeError(
                f"secret_key_store must have a get_secret_key(key_id) method, "
                f"not {secret_key_store!r}"
            )
        self.secret_key_store = secret_key_store

    def unmarshal(self, body: bytes | bytearray, headers: object) -> WebhooksEvent:
        """The event in ``body``, once its signature in ``headers`` is verified.

        ``body`` is the raw request body as received (bytes), ``headers`` the request's
        headers in any of the forms :mod:`opay.webhooks.headers` accepts.

        Raises SignatureValidationException (SecretKeyNotAvailableException for an unknown
        key id) when the request cannot be trusted, InvalidEventException when the signed
        body is not a webhooks event, ApiVersionMismatchException for an event of another
        API version.
        """
        self.validate(body, headers)
        return parse_event(bytes(body))

    def validate(self, body: bytes | bytearray, headers: object) -> None:
        """Raise SignatureValidationException unless ``body`` is validly signed."""
        if not isinstance(body, (bytes, bytearray)):
            raise SignatureValidationException(
                f"body must be the raw request body as bytes, not {type(body).__name__} "
                "(the signature covers the exact bytes received)"
            )
        signature, key_id = single_headers(headers, SIGNATURE_HEADER, KEY_ID_HEADER)
        secret_key = self.secret_key_store.get_secret_key(key_id)
        if not signature_matches(bytes(body), secret_key, signature):
            raise SignatureValidationException(
                f"the {SIGNATURE_HEADER} header does not match the body signed with key {key_id!r}"
            )


def parse_event(body: bytes) -> WebhooksEvent:
    """Read a (verified) webhooks event body; see :meth:`WebhooksHelper.unmarshal`."""
    from opay.marshal import from_dict
    from opay.models import WebhooksEvent

    try:
        data: Any = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise InvalidEventException(
            f"the webhooks body is not valid JSON ({type(exc).__name__})"
        ) from exc
    if not isinstance(data, dict):
        raise InvalidEventException(
            f"the webhooks body is a JSON {type(data).__name__}, not an object"
        )
    version = data.get("apiVersion")
    if version != API_VERSION:
        raise ApiVersionMismatchException(
            version if isinstance(version, str) else None, API_VERSION
        )
    try:
        return from_dict(WebhooksEvent, data)
    except (MarshallingError, ValueError, TypeError, RecursionError) as exc:
        raise InvalidEventException(f"the webhooks body is not a valid event: {exc}") from exc


class Webhooks:
    """Entry point, named as in the platform's SDKs."""

    @staticmethod
    def create_helper(secret_key_store: SecretKeyStore) -> WebhooksHelper:
        """A helper verifying events with the keys of ``secret_key_store``."""
        return WebhooksHelper(secret_key_store)
