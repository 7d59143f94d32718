"""Platform-shaped errors: what a handler raises and how the app renders it.

A handler raises :class:`Failure`; the app turns it into an error body
``{"errorId": <uuid>, "errors": [APIError...], ...extra}`` with the failure's HTTP status.
``extra`` carries ``paymentResult`` / ``refundResult`` / ``payoutResult`` for declines.
"""

from __future__ import annotations

from typing import Any

import attrs

PLATFORM = "PAYMENT_PLATFORM_ERROR"
ACQUIRER = "IO_ERROR"

# (code, id) of every error the sandbox answers with
MISSING = ("20000000", "PARAMETER_NOT_FOUND_IN_REQUEST")
INVALID = ("21000020", "INVALID_VALUE")
UNKNOWN_PROPERTY = ("21000030", "UNKNOWN_PROPERTY")
INVALID_CARD_NUMBER = ("21000110", "INVALID_CARD_NUMBER")
CARD_EXPIRED = ("21000120", "CARD_EXPIRED")
PRODUCT_MISMATCH = ("21000130", "PAYMENT_PRODUCT_CARD_NUMBER_MISMATCH")
UNKNOWN_CURRENCY = ("21000140", "UNKNOWN_CURRENCY_CODE")
BAD_JSON = ("21000010", "MALFORMED_REQUEST_BODY")
AUTHORIZATION = ("9007", "ACCESS_TO_MERCHANT_NOT_ALLOWED")
SIGNATURE = ("9002", "MISSING_OR_INVALID_AUTHORIZATION")
DATE = ("9003", "MISSING_OR_INVALID_DATE_HEADER")
NOT_FOUND = ("50001123", "UNKNOWN_OBJECT")
UNKNOWN_ROUTE = ("50001000", "UNKNOWN_RESOURCE")
WRONG_STATE = ("30041001", "ACTION_NOT_ALLOWED_IN_CURRENT_STATUS")
AMOUNT_TOO_HIGH = ("30041002", "AMOUNT_EXCEEDS_REMAINING_AMOUNT")
IN_PROGRESS = ("30001002", "IDEMPOTENCE_REQUEST_IN_PROGRESS")
DECLINED = ("30511001", "AUTHORIZATION_DECLINED")
AUTHENTICATION_FAILED = ("30511002", "AUTHENTICATION_FAILED")
DUPLICATE = ("30001003", "DUPLICATE_REFERENCE")


@attrs.frozen
class ApiError:
    """One entry of ``errors[]``."""

    code: tuple[str, str]
    message: str
    http_status: int
    property_name: str | None = None
    category: str = PLATFORM
    retriable: bool = False

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "code": self.code[0],
            "errorCode": self.code[0],
            "id": self.code[1],
            "category": self.category,
            "message": self.message,
            "httpStatusCode": self.http_status,
            "retriable": self.retriable,
        }
        if self.property_name is not None:
            body["propertyName"] = self.property_name
        return body


class Failure(Exception):
    """An error answer: HTTP status, its errors and optional extra body members."""

    def __init__(
        self, status: int, errors: list[ApiError], extra: dict[str, Any] | None = None
    ) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.status = status
        self.errors = errors
        self.extra = extra or {}

    def body(self, error_id: str) -> dict[str, Any]:
        rendered: dict[str, Any] = {
            "errorId": error_id,
            "errors": [e.to_json() for e in self.errors],
        }
        rendered.update(self.extra)
        return rendered


def bad_request(
    message: str, property_name: str | None = None, code: tuple[str, str] = INVALID
) -> Failure:
    """A 400 naming one property."""
    return Failure(400, [ApiError(code, message, 400, property_name)])


def missing(property_name: str) -> Failure:
    """A 400 for a required property that is absent."""
    return Failure(400, [ApiError(MISSING, f"{property_name} is missing", 400, property_name)])


def not_found(what: str, ident: str) -> Failure:
    """A 404 for an unknown object."""
    return Failure(404, [ApiError(NOT_FOUND, f"{what} {ident!r} was not found", 404)])


def wrong_state(message: str, code: tuple[str, str] = WRONG_STATE) -> Failure:
    """A 400: the action is not allowed in the object's current status."""
    return Failure(400, [ApiError(code, message, 400)])
