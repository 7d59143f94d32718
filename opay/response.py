"""Turning a received :class:`~opay.transport.Response` into a model, or into the exception the
platform's status code and error body call for.

Mapping of error responses (first match wins):

========================================  ==========================================
error body / status                       exception
========================================  ==========================================
JSON body with ``paymentResult``          :class:`DeclinedPaymentException`
JSON body with ``refundResult``           :class:`DeclinedRefundException`
JSON body with ``payoutResult``           :class:`DeclinedPayoutException`
400                                       :class:`ValidationException`
403                                       :class:`AuthorizationException`
409, idempotence still in progress        :class:`IdempotenceException`
404, 409, 410                             :class:`ReferenceException`
500, 502, 503                             :class:`PlatformException`
other status with a JSON body             :class:`ApiException`
404 with a body that is not JSON          :class:`NotFoundException`
other status with a body that is not JSON :class:`CommunicationException`
========================================  ==========================================

"Idempotence still in progress" means: the call carried an idempotence key and the platform
answered 409 with an error whose code is one of :data:`IDEMPOTENCE_IN_PROGRESS_CODES`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from opay.call import Call
from opay.context import CallContext, ResponseHeaders
from opay.exceptions import (
    ApiException,
    AuthorizationException,
    CommunicationException,
    DeclinedPaymentException,
    DeclinedPayoutException,
    DeclinedRefundException,
    IdempotenceException,
    MarshallingError,
    NotFoundException,
    PlatformException,
    ReferenceException,
    ValidationException,
)
from opay.limits import response_too_large
from opay.marshal import from_dict, from_json_bytes, parse_date_time
from opay.obfuscation import scrub_text
from opay.operation import Operation
from opay.transport import Response

IDEMPOTENCE_TIMESTAMP_HEADER = "X-GCS-Idempotence-Request-Timestamp"
IDEMPOTENCE_DATE_TIME_HEADER = "IdempotencyResponseDatetime"

# Error codes with which the platform says "a request with this idempotence key is still
# being processed" (the legacy numeric code and the newer error code).
IDEMPOTENCE_IN_PROGRESS_CODES = frozenset({"1409", "30001002"})

_EXCERPT_LENGTH = 200

_model_classes: dict[str, type[Any]] = {}


def _model_class(name: str) -> type[Any]:
    cls = _model_classes.get(name)
    if cls is None:
        import opay.models

        cls = getattr(opay.models, name)
        _model_classes[name] = cls
    return cls


def _idempotence_timestamp(response: Response) -> int | None:
    value = response.header(IDEMPOTENCE_TIMESTAMP_HEADER)
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None


def _idempotence_date_time(response: Response) -> dt.datetime | None:
    """``IdempotencyResponseDatetime`` as an aware datetime (None when absent or unreadable),
    read as the platform's SDK reads it."""
    value = response.header(IDEMPOTENCE_DATE_TIME_HEADER)
    if value is None:
        return None
    try:
        return parse_date_time(value.strip())
    except (ValueError, OverflowError):
        return None


def _record(context: CallContext, response: Response) -> None:
    """What the call saw: the status and headers, and on a replay the platform's
    idempotence timestamp and date-time."""
    context.idempotence_request_timestamp = _idempotence_timestamp(response)
    context.idempotence_response_date_time = _idempotence_date_time(response)
    context.response_status = response.status
    context.response_headers = ResponseHeaders(response.headers)


_CONTEXT_KEY: Any = object()  # "the key of the call's context"


def parse_response(
    call: Call,
    response: Response,
    *,
    max_body_size: int | None = None,
    idempotence_key: str | None = _CONTEXT_KEY,
) -> Any:
    """The response model of a successful ``call`` (None when the operation returns no body);
    otherwise raise the exception for the error (see the module's table). A 2xx answer with
    an empty body to an operation that returns a model raises CommunicationException
    (``may_have_taken_effect`` True).

    The call's ``context`` records what the call saw, also for errors: ``response_status``,
    ``response_headers``, ``idempotence_request_timestamp`` (the
    ``X-GCS-Idempotence-Request-Timestamp`` header, None when absent) and
    ``idempotence_response_date_time`` (the ``IdempotencyResponseDatetime`` header).
    A body longer than ``max_body_size`` bytes (when given) raises CommunicationException
    naming the limit. ``idempotence_key`` is the key the request was sent with, when that is
    not the context's own (one opay generated for the call's attempts).
    """
    operation, context = call.operation, call.context
    if max_body_size is not None and len(response.body) > max_body_size:
        raise response_too_large(
            max_body_size, f"{operation.operation_id}: the HTTP {response.status} response"
        )
    if context is not None:
        _record(context, response)
    status = response.status
    if 200 <= status < 300:
        return _success(operation, response)
    if idempotence_key is _CONTEXT_KEY:
        idempotence_key = context.idempotence_key if context is not None else None
    raise _error(operation, response, idempotence_key)


def _success(operation: Operation, response: Response) -> Any:
    if operation.response_model is None:
        return None
    body = response.body
    if not body or body.isspace():
        # The platform always answers these operations with a model: an empty answer is not
        # an API response, and the request was processed (or may have been).
        raise CommunicationException(
            f"{operation.operation_id}: HTTP {response.status} response has an empty body, "
            f"where the API answers with a {operation.response_model}; the request reached "
            "the platform and may have taken effect",
            may_have_reached_platform=True,
        )
    try:
        return from_json_bytes(_model_class(operation.response_model), body)
    except RecursionError:
        raise CommunicationException(
            f"{operation.operation_id}: HTTP {response.status} response body nests JSON too "
            f"deeply to be read as {operation.response_model}; body starts with: "
            f"{_body_excerpt(response)}"
        ) from None
    except MarshallingError as exc:
        raise CommunicationException(
            f"{operation.operation_id}: HTTP {response.status} response body is not valid JSON "
            f"for {operation.response_model} ({_excerpt(str(exc))}); "
            f"body starts with: {_body_excerpt(response)}"
        ) from exc


def _excerpt(text: str) -> str:
    text = scrub_text(text)
    if len(text) > _EXCERPT_LENGTH:
        return text[:_EXCERPT_LENGTH] + "…"
    return text


def _body_excerpt(response: Response) -> str:
    return repr(_excerpt(response.body[: _EXCERPT_LENGTH * 4].decode("utf-8", errors="replace")))


def _json_object(text: str) -> dict[str, Any] | None:
    """The body decoded as a JSON object, or None when it is not one."""
    stripped = text.strip()
    if not stripped.startswith("{"):
        return None
    try:
        decoded = json.loads(stripped)
    except (ValueError, RecursionError):
        return None
    return decoded if isinstance(decoded, dict) else None


def _error(operation: Operation, response: Response, idempotence_key: str | None) -> Exception:
    status = response.status
    text = response.body.decode("utf-8", errors="replace")
    data = _json_object(text)
    if data is None:
        content_type = response.header("Content-Type") or "no content type"
        if status == 404:
            return NotFoundException(
                f"{operation.operation_id}: HTTP 404 with a body that is not an API error "
                f"({content_type}); is the endpoint right? body starts with: "
                f"{_body_excerpt(response)}",
                status_code=status,
                response_body=text,
            )
        what = "an empty body" if not response.body.strip() else "a body that is not JSON"
        return CommunicationException(
            f"{operation.operation_id}: unexpected HTTP {status} with {what} ({content_type})"
            + (f"; body starts with: {_body_excerpt(response)}" if response.body.strip() else "")
        )

    error_model = operation.error_model
    try:
        parsed = from_dict(_model_class(error_model), data)
    except MarshallingError as exc:
        return CommunicationException(
            f"{operation.operation_id}: HTTP {status} error body does not match {error_model} "
            f"({_excerpt(str(exc))})"
        )

    if error_model == "ProblemDetailsResponse":
        error_id, errors = _from_problem_details(parsed, status)
    else:
        error_id = getattr(parsed, "error_id", None)
        errors = list(getattr(parsed, "errors", None) or ())

    payment_result = getattr(parsed, "payment_result", None)
    if payment_result is not None:
        return DeclinedPaymentException(
            status, text, error_id, errors, create_payment_result=payment_result
        )
    refund_result = getattr(parsed, "refund_result", None)
    if refund_result is not None:
        return DeclinedRefundException(status, text, error_id, errors, refund_result=refund_result)
    payout_result = getattr(parsed, "payout_result", None)
    if payout_result is not None:
        return DeclinedPayoutException(status, text, error_id, errors, payout_result=payout_result)

    if status == 400:
        return ValidationException(status, text, error_id, errors)
    if status == 403:
        return AuthorizationException(status, text, error_id, errors)
    if status == 409 and idempotence_key and _is_idempotence_in_progress(errors):
        return IdempotenceException(
            status,
            text,
            error_id,
            errors,
            idempotence_key=idempotence_key,
            idempotence_request_timestamp=_idempotence_timestamp(response),
        )
    if status in (404, 409, 410):
        return ReferenceException(status, text, error_id, errors)
    if status in (500, 502, 503):
        return PlatformException(status, text, error_id, errors)
    return ApiException(status, text, error_id, errors)


def _is_idempotence_in_progress(errors: list[Any]) -> bool:
    for err in errors:
        if getattr(err, "code", None) in IDEMPOTENCE_IN_PROGRESS_CODES:
            return True
        if getattr(err, "error_code", None) in IDEMPOTENCE_IN_PROGRESS_CODES:
            return True
    return False


def _from_problem_details(problem: Any, status: int) -> tuple[str | None, list[Any]]:
    """RFC 7807 problem details as one APIError, so that ``errors`` is never empty."""
    title = getattr(problem, "title", None)
    detail = getattr(problem, "detail", None)
    problem_status = getattr(problem, "status", None)
    api_error = _model_class("APIError")(
        id=title,
        category=getattr(problem, "type", None),
        message=detail or title or f"HTTP {status}",
        http_status_code=problem_status if isinstance(problem_status, int) else status,
    )
    return getattr(problem, "instance", None), [api_error]
