"""What :meth:`opay.webhooks.WebhooksHelper.unmarshal` raises.

- :class:`SignatureValidationException`: the request cannot be trusted (signature or key id
  header missing, duplicated or wrong; body not bytes; headers of an unsupported kind).
  :class:`SecretKeyNotAvailableException` is the case of an unknown key id.
- :class:`ApiVersionMismatchException`: a validly signed event of another API version.
- :class:`InvalidEventException`: a validly signed body that is not a webhooks event in JSON.

All derive from :class:`WebhooksException`, itself an :class:`opay.exceptions.OpayError`.
"""

from __future__ import annotations

from opay.exceptions import OpayError

_SHOWN_KEY_ID_LENGTH = 64


class WebhooksException(OpayError):
    """Base class of the webhooks exceptions."""


class SignatureValidationException(WebhooksException):
    """The body and headers do not carry a valid signature: do not trust the request."""


class SecretKeyNotAvailableException(SignatureValidationException):
    """No secret key is available for the key id ``key_id`` of a webhooks request."""

    def __init__(self, key_id: str, message: str | None = None) -> None:
        self.key_id = key_id
        shown = (
            key_id if len(key_id) <= _SHOWN_KEY_ID_LENGTH else key_id[:_SHOWN_KEY_ID_LENGTH] + "…"
        )
        super().__init__(message or f"no secret key available for key id {shown!r}")


class ApiVersionMismatchException(WebhooksException):
    """The event was sent for an API version this version of opay does not read."""

    def __init__(self, event_api_version: str | None, sdk_api_version: str) -> None:
        self.event_api_version = event_api_version
        self.sdk_api_version = sdk_api_version
        shown = (
            repr(event_api_version[:_SHOWN_KEY_ID_LENGTH])
            if isinstance(event_api_version, str)
            else "no apiVersion"
        )
        super().__init__(
            f"event API version {shown} is not the version opay reads ({sdk_api_version!r})"
        )


class InvalidEventException(WebhooksException):
    """The body is validly signed but is not a webhooks event (not JSON, not an object, or
    properties of the wrong type). ``__cause__`` holds the parser's error."""
