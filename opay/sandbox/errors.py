"""Platform-shaped errors: what a handler raises and how the app renders it.

A handler raises :class:`Failure`; the app turns it into an error body
``{"errorId": <uuid>, "errors": [APIError...], ...extra}`` with the failure's HTTP status.
``extra`` carries ``paymentResult`` / ``refundResult`` / ``payoutResult`` for declines.
Every error's code, id, category and message come from :mod:`opay.sandbox.error_catalogue`;
the text a handler gives (``detail``) explains the failure to Python callers and the hosted
pages, and is never sent in an API answer.
"""

from __future__ import annotations

from typing import Any

import attrs

from opay.sandbox import error_catalogue as catalogue
from opay.sandbox.error_catalogue import Entry as Entry  # what handlers name an error by

PLATFORM = catalogue.DIRECT_PLATFORM_ERROR
ACQUIRER = catalogue.IO_ERROR

# the names handlers use, each bound to the catalogue entry that answers it
MISSING = catalogue.PARAMETER_NOT_FOUND_IN_REQUEST
INVALID = catalogue.INVALID_VALUE
UNKNOWN_PROPERTY = catalogue.INVALID_VALUE
INVALID_CARD_NUMBER = catalogue.CARD_NUMBER_LUHN
CARD_EXPIRED = catalogue.CARD_EXPIRY_DATE
PRODUCT_MISMATCH = catalogue.CARD_NUMBER_LUHN
UNKNOWN_CURRENCY = catalogue.INVALID_VALUE
BAD_JSON = catalogue.INVALID_VALUE
AUTHORIZATION = catalogue.ACCESS_TO_MERCHANT_NOT_ALLOWED
SIGNATURE = catalogue.MISSING_OR_INVALID_AUTHORIZATION
DATE = catalogue.MISSING_OR_INVALID_AUTHORIZATION
NOT_FOUND = catalogue.REQUEST_ERROR_404
UNKNOWN_ROUTE = catalogue.REQUEST_ERROR_404
WRONG_METHOD = catalogue.REQUEST_ERROR_405
WRONG_STATE = catalogue.OPERATION_NOT_POSSIBLE
AMOUNT_TOO_HIGH = catalogue.INVALID_VALUE
IN_PROGRESS = catalogue.DUPLICATE_REQUEST_IN_PROGRESS
DECLINED = catalogue.NOT_AUTHORISED
AUTHENTICATION_FAILED = catalogue.NOT_AUTHORISED
DUPLICATE = catalogue.OPERATION_NOT_POSSIBLE


@attrs.frozen
class ApiError:
    """One entry of ``errors[]``: a catalogue entry, where it applies and why.

    ``http_status`` overrides the entry's only where the catalogue says the same error is
    answered with another status (a duplicate reference: 409)."""

    code: Entry
    detail: str = ""
    http_status: int | None = None
    property_name: str | None = None
    value: str | None = None  # shown where the documented message shows the value

    @property
    def status(self) -> int:
        """The HTTP status this error stands for."""
        return self.http_status if self.http_status is not None else self.code.http_status

    @property
    def message(self) -> str:
        """The platform's message for this error."""
        return self.code.render_message(self.value)

    def to_json(self) -> dict[str, Any]:
        entry = self.code
        body: dict[str, Any] = {
            "code": entry.code,
            "id": entry.id,
            "category": entry.category,
            "message": self.message,
            "httpStatusCode": self.status,
        }
        if entry.error_code is not None:
            body["errorCode"] = entry.error_code
        if self.property_name is not None:
            body["propertyName"] = self.property_name
        return body


class Failure(Exception):
    """An error answer: HTTP status, its errors and optional extra body members."""

    def __init__(
        self, status: int, errors: list[ApiError], extra: dict[str, Any] | None = None
    ) -> None:
        super().__init__("; ".join(e.detail or e.message for e in errors))
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


def fail(
    entry: Entry,
    detail: str = "",
    property_name: str | None = None,
    *,
    status: int | None = None,
    value: str | None = None,
    extra: dict[str, Any] | None = None,
) -> Failure:
    """A failure answering one catalogue entry."""
    error = ApiError(entry, detail, status, property_name, value)
    return Failure(error.status, [error], extra)


def bad_request(
    message: str,
    property_name: str | None = None,
    code: Entry = INVALID,
    *,
    value: str | None = None,
) -> Failure:
    """A 400 naming one property (``message`` is the detail, not sent; ``value`` is shown
    where the documented message shows the offending value, e.g. an expiry date)."""
    return fail(code, message, property_name, value=value)


def missing(property_name: str) -> Failure:
    """A 400 for a required property that is absent."""
    return fail(MISSING, f"{property_name} is missing", property_name)


def not_found(what: str, ident: str) -> Failure:
    """A 404 for an unknown object."""
    return fail(NOT_FOUND, f"{what} {ident!r} was not found")


def wrong_state(message: str, code: Entry = WRONG_STATE) -> Failure:
    """The action is not allowed in the object's current status."""
    return fail(code, message)


def duplicate(message: str, property_name: str | None = None) -> Failure:
    """A 409: something with this reference exists already."""
    return fail(DUPLICATE, message, property_name, status=409)


def server_error(status: int, *, unexpected: bool = False) -> Failure:
    """A server-side failure of ``status`` (500, 502 or 503); ``unexpected`` for the
    sandbox's own crash (always a 500)."""
    if unexpected:
        return fail(catalogue.UNKNOWN_SERVER_ERROR)
    return fail(catalogue.BY_STATUS.get(status, catalogue.INTERNAL_ERROR), status=status)
