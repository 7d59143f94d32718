"""Every error the sandbox answers with, as the platform documents it.

Each :class:`Entry` holds what goes into one item of an error body's ``errors[]``: the
platform's ``code`` (and ``errorCode``), ``id``, ``category``, HTTP status and ``message``,
with the page it was taken from. Nothing else in the sandbox writes an error's code, id,
category or message: handlers name an entry of this module (through
:mod:`opay.sandbox.errors`), and the app renders it.

Where the documentation gives no entry for a situation the sandbox must answer, the entry
says so (``note``) and reuses the closest documented error rather than inventing one. Where
a documented error comes without a message, the message is its id, as the platform's own
documented entries do (PAYONE Commerce Platform error table: ErrorMessage equals ErrorId for
every DIRECT_PLATFORM_ERROR row; the platform SDK's sample bodies: ``"message":
"MISSING_OR_INVALID_AUTHORIZATION"``, ``"message": "UNKNOWN_SERVER_ERROR"``).

Sources (quoted by key in each entry):

- ``troubleshooting``: Worldline Direct, "Troubleshooting",
  https://docs.direct.worldline-solutions.com/en/integration/best-practices/troubleshooting
  (the body's properties: errorId, errors.category, errors.code "4- to 8-digit",
  errors.errorCode "8-digit", errors.httpStatusCode, errors.id, errors.message,
  errors.propertyName).
- ``http-codes``: Worldline Direct, "API troubleshooting", HTTP response codes,
  https://docs.direct.worldline-solutions.com/en/integration/api-developer-guide/api-troubleshooting
  (400 Bad Request, 402 Payment Rejected, 403 Not authorized, 404 Not found, 409 Conflict,
  410 Gone, 500, 502, 503), and Worldline Connect "Response codes",
  https://apireference.connect.worldline-solutions.com/s2sapi/v1/en_US/dotnet/response-codes.html
  ("For every 4xx and 5xx response an errorId and an array of errors is returned").
- ``pcp-codes``: PAYONE Commerce Platform (the same platform family), "Error Codes and
  their explanations",
  https://docs.payone.com/pcp/commerce-platform-integration-guide/error-codes
  (1200 INTERNAL_ERROR, 1201 PAYMENT_PRODUCT_CONFIGURATION_ERROR, 2015
  OPERATION_NOT_POSSIBLE, 9007 ACCESS_TO_MERCHANT_NOT_ALLOWED, all DIRECT_PLATFORM_ERROR;
  600040x/6000500/6000502 IO_ERROR "Request error occurred").
- ``sdk-samples``: the error bodies published with the platform's own SDKs
  (onlinepayments-sdk-python3 ``tests/resources``: invalidCardNumber, invalid_request,
  invalid_authorization, duplicate_request, rejected, unknownServerError; the PHP SDK's
  ResponseExceptionTest for PARAMETER_NOT_FOUND_IN_REQUEST), and the Python SDK's
  ``exception_factory`` (a 409 whose single error has errorCode 30001002 is an
  IdempotenceException).
"""

from __future__ import annotations

import attrs

DIRECT_PLATFORM_ERROR = "DIRECT_PLATFORM_ERROR"
IO_ERROR = "IO_ERROR"

TROUBLESHOOTING = (
    "https://docs.direct.worldline-solutions.com/en/integration/best-practices/troubleshooting"
)
HTTP_CODES = (
    "https://docs.direct.worldline-solutions.com/en/integration/api-developer-guide/"
    "api-troubleshooting"
)
PCP_CODES = "https://docs.payone.com/pcp/commerce-platform-integration-guide/error-codes"
SDK_SAMPLES = "onlinepayments-sdk-python3 tests/resources and sdk-php ResponseExceptionTest"


@attrs.frozen
class Entry:
    """One documented platform error."""

    name: str
    code: str
    id: str
    category: str
    http_status: int
    message: str  # may hold ``{value}``: the offending value, masked where it is secret
    source: str
    error_code: str | None = None
    note: str | None = None

    def render_message(self, value: str | None = None) -> str:
        """The message, with the offending value where the documented message shows it."""
        return self.message.replace("{value}", value if value is not None else "****")


PARAMETER_NOT_FOUND_IN_REQUEST = Entry(
    name="PARAMETER_NOT_FOUND_IN_REQUEST",
    code="20000000",
    error_code="20000000",
    id="PARAMETER_NOT_FOUND_IN_REQUEST",
    category=DIRECT_PLATFORM_ERROR,
    http_status=400,
    message="The parameter shown above was not found in the request received by OnlinePayments.",
    source=SDK_SAMPLES,
    note="a required property or query parameter is absent; propertyName names it",
)

INVALID_VALUE = Entry(
    name="INVALID_VALUE",
    code="21000020",
    error_code="21000020",
    id="INVALID_VALUE",
    category=DIRECT_PLATFORM_ERROR,
    http_status=400,
    message="INVALID_VALUE",
    source=SDK_SAMPLES,
    note=(
        "code 21000020 is the platform's invalid-value error (sdk-samples: a card number "
        "failing the Luhn check); the samples give no id or generic message, so the id is "
        "the error's name and the message is the id. Used for every value of the wrong "
        "type, format, length or range, and (docs silent) for unknown properties, "
        "malformed JSON, unknown currencies and amounts above what remains"
    ),
)

CARD_NUMBER_LUHN = Entry(
    name="CARD_NUMBER_LUHN",
    code="21000020",
    error_code="21000020",
    id="INVALID_VALUE",
    category=DIRECT_PLATFORM_ERROR,
    http_status=400,
    message="VALUE **************** OF FIELD CREDITCARDNUMBER DID NOT PASS THE LUHNCHECK",
    source=SDK_SAMPLES,
    note=(
        "the documented answer to a card number failing the Luhn check; also used (docs "
        "silent) for card numbers of the wrong length or brand"
    ),
)

CARD_EXPIRY_DATE = Entry(
    name="CARD_EXPIRY_DATE",
    code="21000120",
    error_code="21000120",
    id="INVALID_VALUE",
    category=DIRECT_PLATFORM_ERROR,
    http_status=400,
    message="paymentMethodSpecificInput.card.expiryDate ({value}) IS IN THE PAST OR NOT IN CORRECT MMYY FORMAT",
    source=SDK_SAMPLES,
    note="the sample gives code, propertyName and message, no id: the id is INVALID_VALUE",
)

MISSING_OR_INVALID_AUTHORIZATION = Entry(
    name="MISSING_OR_INVALID_AUTHORIZATION",
    code="9002",
    id="MISSING_OR_INVALID_AUTHORIZATION",
    category=DIRECT_PLATFORM_ERROR,
    http_status=403,
    message="MISSING_OR_INVALID_AUTHORIZATION",
    source=f"{SDK_SAMPLES}; status: {HTTP_CODES} (403 Not authorized)",
    note=(
        "also used, docs silent, for a missing, malformed or skewed Date header (the Date "
        "is part of the signed string)"
    ),
)

ACCESS_TO_MERCHANT_NOT_ALLOWED = Entry(
    name="ACCESS_TO_MERCHANT_NOT_ALLOWED",
    code="9007",
    id="ACCESS_TO_MERCHANT_NOT_ALLOWED",
    category=DIRECT_PLATFORM_ERROR,
    http_status=403,
    message="ACCESS_TO_MERCHANT_NOT_ALLOWED",
    source=f"{PCP_CODES}; status: {HTTP_CODES} (403 Not authorized)",
)

OPERATION_NOT_POSSIBLE = Entry(
    name="OPERATION_NOT_POSSIBLE",
    code="2015",
    id="OPERATION_NOT_POSSIBLE",
    category=DIRECT_PLATFORM_ERROR,
    http_status=400,
    message="OPERATION_NOT_POSSIBLE",
    source=f"{PCP_CODES}; status: {HTTP_CODES} (400: the request cannot be processed)",
    note=(
        "the documented error for an action the object's current status does not allow; "
        "the table gives no HTTP status, 400 is the documented 'cannot be processed'. "
        "Creating something whose reference exists answers it with 409 (docs: 409 Conflict "
        "'trying to create something with a duplicate key')"
    ),
)

INTERNAL_ERROR = Entry(
    name="INTERNAL_ERROR",
    code="1200",
    id="INTERNAL_ERROR",
    category=DIRECT_PLATFORM_ERROR,
    http_status=500,
    message="INTERNAL_ERROR",
    source=f"{PCP_CODES}; status: {HTTP_CODES} (500 Internal Server Error)",
    note="also answers an injected 503, for which the docs give no entry",
)

REQUEST_ERROR_404 = Entry(
    name="REQUEST_ERROR_404",
    code="6000404",
    id="1baad0a9-374a-4434-bd5e-a6c25278f404",
    category=IO_ERROR,
    http_status=404,
    message="Request error occurred",
    source=f"{PCP_CODES}; status: {HTTP_CODES} (404 Not found)",
    note=(
        "the only documented error carrying 404: used for unknown objects (well-formed ids "
        "that name nothing) and unknown API paths"
    ),
)

REQUEST_ERROR_405 = Entry(
    name="REQUEST_ERROR_405",
    code="6000405",
    id="1baad0a9-374a-4434-bd5e-a6c25278f405",
    category=IO_ERROR,
    http_status=405,
    message="Request error occurred",
    source=PCP_CODES,
    note="a known API path called with a method it does not have",
)

REQUEST_ERROR_502 = Entry(
    name="REQUEST_ERROR_502",
    code="6000502",
    id="1baad0a9-374a-4434-bd5e-a6c25278f502",
    category=IO_ERROR,
    http_status=502,
    message="Request error occurred",
    source=f"{PCP_CODES}; status: {HTTP_CODES} (502 Bad Gateway)",
)

DUPLICATE_REQUEST_IN_PROGRESS = Entry(
    name="DUPLICATE_REQUEST_IN_PROGRESS",
    code="1409",
    error_code="30001002",
    id="DUPLICATE_REQUEST_IN_PROGRESS",
    category=DIRECT_PLATFORM_ERROR,
    http_status=409,
    message="DUPLICATE REQUEST IN PROGRESS",
    source=f"{SDK_SAMPLES} (duplicate_request.json; exception_factory: errorCode 30001002)",
    note=(
        "the sample gives code, message and status; the SDK recognises it by errorCode "
        "30001002. No id or category is documented: the id is the message, the category "
        "the platform's own"
    ),
)

NOT_AUTHORISED = Entry(
    name="NOT_AUTHORISED",
    code="430330",
    id="NOT_AUTHORISED",
    category=IO_ERROR,
    http_status=402,
    message="Not authorised",
    source=f"{SDK_SAMPLES} (createPayment.failure.rejected.json); status: {HTTP_CODES}",
    note=(
        "a declined payment or payout (also, docs silent, a failed 3-D Secure challenge); "
        "no id or category is documented: the id is the message, the category the "
        "acquirer side's (IO_ERROR)"
    ),
)

UNKNOWN_SERVER_ERROR = Entry(
    name="UNKNOWN_SERVER_ERROR",
    code="9999",
    id="UNKNOWN_SERVER_ERROR",
    category=DIRECT_PLATFORM_ERROR,
    http_status=500,
    message="UNKNOWN_SERVER_ERROR",
    source=f"{SDK_SAMPLES} (unknownServerError.json)",
    note="the sandbox's own unexpected failure",
)

ENTRIES: tuple[Entry, ...] = (
    PARAMETER_NOT_FOUND_IN_REQUEST,
    INVALID_VALUE,
    CARD_NUMBER_LUHN,
    CARD_EXPIRY_DATE,
    MISSING_OR_INVALID_AUTHORIZATION,
    ACCESS_TO_MERCHANT_NOT_ALLOWED,
    OPERATION_NOT_POSSIBLE,
    INTERNAL_ERROR,
    REQUEST_ERROR_404,
    REQUEST_ERROR_405,
    REQUEST_ERROR_502,
    DUPLICATE_REQUEST_IN_PROGRESS,
    NOT_AUTHORISED,
    UNKNOWN_SERVER_ERROR,
)

BY_STATUS: dict[int, Entry] = {500: INTERNAL_ERROR, 502: REQUEST_ERROR_502, 503: INTERNAL_ERROR}
"""The entry answering a server-side failure of each status (injected faults, crashes)."""
