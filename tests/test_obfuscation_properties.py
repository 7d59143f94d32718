"""Property tests: sensitive values never reach logs, model reprs or exception messages.

Sensitive values are 14 to 22 characters of upper-case letters and digits (or long integers),
while everything else generated is lower-case text or small numbers, so "the value does not
appear" is meaningful. What a rule deliberately shows (the last 4 characters of a card
number, ...) is left out of the check: only the hidden part is looked for.
"""

from __future__ import annotations

import io
import json
import logging
import string
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opay.call import Call
from opay.config import CommunicatorConfiguration
from opay.exceptions import ApiException, CommunicationException, OpayError
from opay.log import MessageFormatter, PythonCommunicatorLogger, SysOutCommunicatorLogger
from opay.marshal import from_dict
from opay.models import CreatePaymentRequest
from opay.obfuscation import PROPERTY_RULES, scrub_text
from opay.operations import CREATE_PAYMENT
from opay.request import RequestSettings
from opay.response import parse_response
from opay.transport import Request, Response

KEEP_END_4 = {
    "cardNumber",
    "accountNumber",
    "iban",
    "paymentIBAN",
    "reformattedAccountNumber",
    "dpan",
    "loyaltyCardNumber",
}
KEEP_END_2 = {"expiryDate", "cardExpiryDate"}
KEEP_START_6 = {"bin"}
RULE_NAMES = sorted(PROPERTY_RULES)
LOWER_RULE_NAMES = {name.lower(): name for name in RULE_NAMES}


def hidden_part(name: str, value: object) -> str:
    """The part of ``value`` that the rule for ``name`` must never show."""
    text = value if isinstance(value, str) else json.dumps(value)
    canonical = LOWER_RULE_NAMES[name.lower()]
    if canonical in KEEP_END_4:
        return text[:-4]
    if canonical in KEEP_END_2:
        return text[:-2]
    if canonical in KEEP_START_6:
        return text[6:]
    return text


def test_every_rule_is_classified() -> None:
    for name in KEEP_END_4 | KEEP_END_2 | KEEP_START_6:
        assert name in PROPERTY_RULES
    probe = "ABCDEFGHIJKLMNOP"
    for name, rule in PROPERTY_RULES.items():
        shown = rule(probe)
        assert hidden_part(name, probe) not in shown, name


# --- strategies -------------------------------------------------------------------------------

sensitive_scalars = st.one_of(
    st.text(alphabet=string.ascii_uppercase + string.digits, min_size=14, max_size=22),
    st.integers(min_value=10**13, max_value=10**19),
)
filler_keys = st.text(alphabet=string.ascii_lowercase, min_size=1, max_size=8).filter(
    lambda key: key not in LOWER_RULE_NAMES
)
filler_scalars = st.one_of(
    st.text(alphabet=string.ascii_lowercase + " éß€", max_size=10),
    st.integers(min_value=-9999, max_value=9999),
    st.booleans(),
    st.none(),
)
name_spellings: st.SearchStrategy[Callable[[str], str]] = st.sampled_from(
    [str, str.lower, str.upper]
)
sensitive_entries = st.builds(
    lambda name, spell, value: {spell(name): value},
    st.sampled_from(RULE_NAMES),
    name_spellings,
    st.one_of(sensitive_scalars, st.lists(sensitive_scalars, min_size=1, max_size=2)),
)
trees = st.recursive(
    st.one_of(filler_scalars, sensitive_entries),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(filler_keys, children, max_size=3)
    ),
    max_leaves=12,
)
documents = st.builds(lambda tree, entry: {"data": tree, **entry}, trees, sensitive_entries)


def sensitive_values(document: Any) -> Iterator[tuple[str, object]]:
    """Every (rule name, scalar) under a rule's name in ``document``."""
    if isinstance(document, dict):
        for key, value in document.items():
            if key.lower() in LOWER_RULE_NAMES:
                for item in value if isinstance(value, list) else [value]:
                    yield key, item
            else:
                yield from sensitive_values(value)
    elif isinstance(document, list):
        for item in document:
            yield from sensitive_values(item)


def _escaped(value: Any) -> str:
    """JSON with every character of every string written as a \\u escape."""
    if isinstance(value, str):
        return '"' + "".join(f"\\u{ord(char):04x}" for char in value) + '"'
    if isinstance(value, dict):
        return "{" + ",".join(f"{_escaped(k)}:{_escaped(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_escaped(item) for item in value) + "]"
    return json.dumps(value)


FORMATS: dict[str, Callable[[Any], str]] = {
    "compact": lambda doc: json.dumps(doc, separators=(",", ":")),
    "spaced": json.dumps,
    "pretty": lambda doc: json.dumps(doc, indent=4),
    "tabs-unicode": lambda doc: json.dumps(doc, indent="\t", ensure_ascii=False),
    "escaped": _escaped,
}


@st.composite
def bodies(draw: st.DrawFn) -> tuple[bytes, list[tuple[str, object]]]:
    """A body holding sensitive values in any formatting, maybe cut short, and its values."""
    document = draw(documents)
    text = FORMATS[draw(st.sampled_from(sorted(FORMATS)))](document)
    if draw(st.booleans()):
        text = text[: draw(st.integers(min_value=1, max_value=len(text)))]
    return text.encode("utf-8"), list(sensitive_values(document))


def assert_hidden(text: str, values: list[tuple[str, object]]) -> None:
    for name, value in values:
        hidden = hidden_part(name, value)
        assert hidden not in text, (name, hidden)


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def _all_logged(request: Request, response: Response, failure: BaseException) -> str:
    stream = io.StringIO()
    sysout = SysOutCommunicatorLogger(stream)
    handler = _Records()
    python_logger = logging.getLogger("opay.properties")
    python_logger.addHandler(handler)
    python_logger.setLevel(logging.DEBUG)
    python_logger.propagate = False
    try:
        for logger in (sysout, PythonCommunicatorLogger(python_logger)):
            logger.log_request("id", request)
            logger.log_response("id", request, response, 1.0)
            logger.log_exception("id", request, failure, 2.0)
    finally:
        python_logger.removeHandler(handler)
    return stream.getvalue() + "\n".join(handler.lines)


PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


# --- logs -------------------------------------------------------------------------------------


@PROPERTY_SETTINGS
@given(bodies(), bodies(), st.sampled_from(RULE_NAMES), sensitive_scalars)
def test_logs_never_show_sensitive_values(
    request_body: tuple[bytes, list[tuple[str, object]]],
    response_body: tuple[bytes, list[tuple[str, object]]],
    query_name: str,
    query_value: object,
) -> None:
    query = f"{query_name}={query_value}"
    request = Request(
        "POST",
        f"https://api.example/v2/1234/payments?countryCode=nl&{query}",
        [("Authorization", f"GCS v1HMAC:key:{query_value}"), ("Content-Type", "application/json")],
        request_body[0],
    )
    response = Response(
        400,
        [("Content-Type", "application/json"), ("Set-Cookie", str(query_value))],
        response_body[0],
    )
    failure = CommunicationException(f"failed: {response_body[0].decode('utf-8', 'replace')}")
    logged = _all_logged(request, response, failure) + repr(request) + repr(response)
    assert logged.count("opay request id") == 2
    assert_hidden(logged, request_body[1] + response_body[1] + [(query_name, query_value)])
    assert str(query_value) not in logged


@PROPERTY_SETTINGS
@given(bodies())
def test_scrubbed_text_never_shows_sensitive_values(
    body: tuple[bytes, list[tuple[str, object]]],
) -> None:
    text = body[0].decode("utf-8")
    assert_hidden(scrub_text(text), body[1])
    assert_hidden(MessageFormatter().body_obfuscator.obfuscate(text), body[1])


# --- exceptions -------------------------------------------------------------------------------

error_statuses = st.sampled_from([400, 402, 403, 404, 409, 410, 422, 500, 502, 503])
echo_templates = st.sampled_from(
    ["{name}: {value}", "{name}={value}", '"{name}":"{value}"', "invalid {name} = '{value}'"]
)


@st.composite
def error_bodies(draw: st.DrawFn) -> tuple[bytes, list[tuple[str, object]]]:
    """An API error body whose messages echo sensitive values, with more of them around it,
    in any formatting, maybe cut short."""
    document = draw(documents)
    echoed = draw(st.lists(st.tuples(st.sampled_from(RULE_NAMES), sensitive_scalars), max_size=3))
    errors = [
        {
            "code": "21000020",
            "propertyName": name,
            "message": draw(echo_templates).format(name=name, value=value),
        }
        for name, value in echoed
    ]
    body = {"errorId": "abc-123", "errors": errors, "data": document}
    if draw(st.booleans()):
        body["paymentResult"] = {"payment": {"id": "pay", "status": "REJECTED"}, "more": document}
    text = FORMATS[draw(st.sampled_from(sorted(FORMATS)))](body)
    if draw(st.booleans()):
        text = text[: draw(st.integers(min_value=1, max_value=len(text)))]
    return text.encode("utf-8"), list(sensitive_values(document)) + echoed


@PROPERTY_SETTINGS
@given(error_statuses, error_bodies())
def test_exception_messages_never_show_sensitive_values(
    status: int, body: tuple[bytes, list[tuple[str, object]]]
) -> None:
    response = Response(status, [("Content-Type", "application/json")], body[0])
    with pytest.raises(OpayError) as info:
        parse_response(Call(CREATE_PAYMENT), response)
    failure = info.value
    texts = [str(failure), repr(failure), str(getattr(failure, "message", ""))]
    texts.append(MessageFormatter().exception("id", Request("GET", "https://h/x", []), failure, 1))
    for text in texts:
        assert_hidden(text, body[1])
    if isinstance(failure, ApiException):
        assert failure.response_body == body[0].decode("utf-8")  # kept raw for programs


@PROPERTY_SETTINGS
@given(error_statuses, st.sampled_from(RULE_NAMES), sensitive_scalars, echo_templates)
def test_explicit_exception_messages_are_scrubbed(
    status: int, name: str, value: object, template: str
) -> None:
    message = template.format(name=name, value=value)
    for failure in (
        ApiException(status, message, message=message),
        CommunicationException(f"transport said {message}"),
    ):
        assert_hidden(str(failure) + repr(failure), [(name, value)])


# --- models and configurations ----------------------------------------------------------------

sensitive_strings = st.text(
    alphabet=string.ascii_uppercase + string.digits, min_size=14, max_size=22
)


@st.composite
def payment_requests(draw: st.DrawFn) -> tuple[dict[str, Any], list[tuple[str, object]]]:
    """A CreatePaymentRequest as JSON with sensitive values at several depths and in lists."""
    values: list[tuple[str, object]] = []

    def secret(name: str) -> str:
        value = draw(sensitive_strings)
        values.append((name, value))
        return value

    def person() -> dict[str, str]:
        return {"firstName": secret("firstName"), "surname": secret("surname")}

    passengers = [person() for _ in range(draw(st.integers(min_value=0, max_value=3)))]
    document = {
        "cardPaymentMethodSpecificInput": {
            "card": {
                "cardNumber": secret("cardNumber"),
                "cvv": secret("cvv"),
                "cardholderName": secret("cardholderName"),
                "expiryDate": secret("expiryDate"),
            }
        },
        "encryptedCustomerInput": secret("encryptedCustomerInput"),
        "order": {
            "customer": {
                "personalInformation": {"name": person(), "dateOfBirth": secret("dateOfBirth")},
                "contactDetails": {
                    "emailAddress": secret("emailAddress"),
                    "phoneNumber": secret("phoneNumber"),
                },
                "billingAddress": {
                    "street": secret("street"),
                    "houseNumber": secret("houseNumber"),
                    "zip": secret("zip"),
                    "city": secret("city"),
                },
            },
            "additionalInput": {"airlineData": {"passengers": passengers}},
            "shipping": {"address": {"street": secret("street"), "name": person()}},
        },
        "sepaDirectDebitPaymentMethodSpecificInput": {
            "paymentProduct771SpecificInput": {
                "mandate": {
                    "customer": {
                        "bankAccountIban": {"iban": secret("iban")},
                    }
                }
            }
        },
    }
    return document, values


@PROPERTY_SETTINGS
@given(payment_requests())
def test_model_reprs_never_show_sensitive_values(
    case: tuple[dict[str, Any], list[tuple[str, object]]],
) -> None:
    document, values = case
    model = from_dict(CreatePaymentRequest, document)
    for text in (repr(model), str(model)):
        assert_hidden(text, values)
    assert model.to_dictionary() == document  # the values themselves are intact


@PROPERTY_SETTINGS
@given(sensitive_strings, sensitive_strings)
def test_configuration_reprs_never_show_secrets(secret_api_key: str, proxy_password: str) -> None:
    configuration = CommunicatorConfiguration(
        api_endpoint="https://api.example",
        api_key_id="key-id",
        secret_api_key=secret_api_key,
        proxy_uri="http://proxy.example:3128",
        proxy_username="user",
        proxy_password=proxy_password,
    )
    request_settings = RequestSettings(
        endpoint="https://api.example",
        api_key_id="key-id",
        secret_api_key=secret_api_key,
        server_meta_info="e30=",
    )
    for text in (repr(configuration), str(configuration), repr(request_settings)):
        assert secret_api_key not in text
        assert proxy_password not in text
