"""Every exception a call can raise, mapped from HTTP status and error body as the platform
documents it (see :func:`opay.response.parse_response`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from opay.obfuscation import escape_controls, mask_card_numbers, scrub_message

if TYPE_CHECKING:
    from opay.models import APIError, CreatePaymentResponse, PayoutResult, RefundResponse


class OpayError(Exception):
    """Base class of every exception raised by opay.

    What a failed call tells about its effect, after opay's retries:

    - ``may_have_taken_effect``: False only when the operation certainly did not happen (the
      request was never sent, or the platform refused it with a 4xx such as a validation
      error). True when it did or may have happened: a declined payment (it exists, with a
      rejected status), a 5xx, a timeout or reset after the request was sent, an in-progress
      idempotent request, a response that could not be read. For ``create_payment`` it says
      whether the payment may exist.
    - ``resend_may_act_twice``: True when the call may have taken effect and sending it
      again may act a second time: an operation the platform does not deduplicate by
      idempotence key (``increment_authorization``, ``create_token``, ``delete_token``, ...),
      or a deduplicated one sent without a key. opay did not resend it after the attempt
      that may have been processed, and the message says so; check the outcome (a GET)
      before doing it again. False otherwise.
    - ``idempotence_key``: the key the call's attempts sent (the caller's, or the one opay
      generated) when the operation is one the platform deduplicates, else None. Calling
      again later with ``CallContext(idempotence_key=...)`` set to it cannot act twice: the
      platform replays the first outcome.
    - ``attempts``: how many attempts the call made.
    """

    may_have_taken_effect: bool = False
    resend_may_act_twice: bool = False
    idempotence_key: str | None = None
    attempts: int = 1


class ConfigurationError(OpayError, ValueError):
    """A client configuration (arguments or a properties file) is missing or wrong."""


class CommunicationException(OpayError):
    """The platform could not be reached, or answered with something that is not an API response.

    ``may_have_reached_platform`` is False only when the request was certainly not sent
    (connection refused, DNS failure, TLS handshake failure): only then is a blind resend
    safe without an idempotence key. ``may_have_taken_effect`` starts equal to it (see
    :class:`OpayError`); ``idempotence_key`` is the key to resend the call with.
    """

    def __init__(self, message: str, *, may_have_reached_platform: bool = True) -> None:
        message = scrub_message(message)
        super().__init__(message)
        self.message = message
        self.may_have_reached_platform = may_have_reached_platform
        self.may_have_taken_effect = may_have_reached_platform


class TimeoutException(CommunicationException):
    """The call ran out of time: its total budget (``CallContext(timeout=...)`` or the
    client's ``total_timeout``) was spent, attempts and pauses included, or an attempt
    outlived its hard limit. ``may_have_taken_effect`` says whether any attempt may have
    reached the platform; ``resend_may_act_twice`` whether resending could act twice."""


class NotFoundException(CommunicationException):
    """A 404 whose body is not an API error: the URL does not exist (wrong endpoint?)."""

    def __init__(self, message: str, *, status_code: int = 404, response_body: str = "") -> None:
        super().__init__(message, may_have_reached_platform=True)
        self.may_have_taken_effect = False  # no such URL: nothing was done
        self.status_code = status_code
        self.response_body = response_body


class ResponseTooLargeException(CommunicationException):
    """The response body is larger than the client's ``max_response_size``; it was not read
    to its end. The request was processed (``may_have_taken_effect`` is True) and is not
    resent: the answer would be as large again."""

    def __init__(self, message: str, *, limit: int) -> None:
        super().__init__(message, may_have_reached_platform=True)
        self.limit = limit


class ApiException(OpayError):
    """The platform answered with an error status and an error body.

    ``may_have_taken_effect`` (see :class:`OpayError`) is False for a 4xx, True otherwise.
    """

    def __init__(
        self,
        status_code: int,
        response_body: str,
        error_id: str | None = None,
        errors: list[APIError] | None = None,
        message: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.response_body = response_body
        self.may_have_taken_effect = not 400 <= status_code < 500
        self.error_id = error_id
        self.errors: list[APIError] = list(errors or [])
        # Texts may echo what was sent (card numbers...): only their scrubbed form is kept,
        # while error codes and ids stay readable; response_body stays raw for programs.
        self.message = scrub_message(
            message if message is not None else _default_message(status_code, self.errors)
        )
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


def _default_message(status: int, errors: list[Any]) -> str:
    # no class name here: tracebacks and loggers print it before str(exception) already
    parts = [f"the platform answered HTTP {status}"]
    for err in errors:
        code = getattr(err, "code", None) or getattr(err, "error_code", None)
        prop = getattr(err, "property_name", None)
        text = getattr(err, "message", None)
        detail = " ".join(str(x) for x in (code, prop and f"[{prop}]", text) if x)
        if detail:
            parts.append(detail)
    return "; ".join(parts)


class ValidationException(ApiException):
    """HTTP 400: the request was rejected as invalid; ``errors`` name the properties."""


class AuthorizationException(ApiException):
    """HTTP 403: wrong credentials, or an operation this API key may not perform."""


class ReferenceException(ApiException):
    """HTTP 404, 409 or 410: an object referred to does not exist, conflicts or is gone."""


class IdempotenceException(ApiException):
    """HTTP 409 because a request with the same idempotence key is still in progress."""

    def __init__(
        self,
        status_code: int,
        response_body: str,
        error_id: str | None = None,
        errors: list[APIError] | None = None,
        message: str | None = None,
        *,
        idempotence_key: str | None = None,
        idempotence_request_timestamp: int | None = None,
    ) -> None:
        super().__init__(status_code, response_body, error_id, errors, message)
        self.may_have_taken_effect = True  # the first request with this key is running
        self.idempotence_key = idempotence_key
        self.idempotence_request_timestamp = idempotence_request_timestamp


class PlatformException(ApiException):
    """HTTP 500, 502 or 503: the platform or a partner behind it failed."""


class DeclinedPaymentException(ApiException):
    """The payment was created but declined; ``create_payment_result`` holds it
    (``may_have_taken_effect`` is True: the payment exists)."""

    def __init__(
        self,
        status_code: int,
        response_body: str,
        error_id: str | None = None,
        errors: list[APIError] | None = None,
        message: str | None = None,
        *,
        create_payment_result: CreatePaymentResponse | None = None,
    ) -> None:
        super().__init__(status_code, response_body, error_id, errors, message)
        self.may_have_taken_effect = True  # it exists, with a rejected status
        self.create_payment_result = create_payment_result


class DeclinedRefundException(ApiException):
    """The refund was created but declined; ``refund_result`` holds it."""

    def __init__(
        self,
        status_code: int,
        response_body: str,
        error_id: str | None = None,
        errors: list[APIError] | None = None,
        message: str | None = None,
        *,
        refund_result: RefundResponse | None = None,
    ) -> None:
        super().__init__(status_code, response_body, error_id, errors, message)
        self.may_have_taken_effect = True  # it exists, with a rejected status
        self.refund_result = refund_result


class DeclinedPayoutException(ApiException):
    """The payout was created but declined; ``payout_result`` holds it."""

    def __init__(
        self,
        status_code: int,
        response_body: str,
        error_id: str | None = None,
        errors: list[APIError] | None = None,
        message: str | None = None,
        *,
        payout_result: PayoutResult | None = None,
    ) -> None:
        super().__init__(status_code, response_body, error_id, errors, message)
        self.may_have_taken_effect = True  # it exists, with a rejected status
        self.payout_result = payout_result


class MarshallingError(OpayError, ValueError):
    """A value could not be converted between JSON and a model.

    ``model`` names the model class, ``problems`` lists each problem as ``"<JSON path>:
    <what is wrong>"`` (for example ``"$.order.amountOfMoney.amount: expected an integer,
    got str"``). Values themselves are never quoted, since they may be card data.
    """

    def __init__(self, message: str, *, model: str = "", problems: list[str] | None = None) -> None:
        # JSON paths hold the names a server sent: shown with card numbers and control
        # characters hidden, like every message.
        message = escape_controls(mask_card_numbers(message))
        super().__init__(message)
        self.message = message
        self.model = model
        self.problems: list[str] = [escape_controls(mask_card_numbers(p)) for p in problems or ()]

    def __str__(self) -> str:
        return self.message
