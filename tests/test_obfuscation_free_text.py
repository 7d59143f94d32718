"""What free text may never carry: card numbers anywhere, the value after a known name (also
inside escaped JSON strings), tokens, URL credentials, raw control characters; and what it
keeps: opay's own numbers. Each masking rule is pinned here by a test that fails without it.
"""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opay.call import Call
from opay.exceptions import ApiException, CommunicationException, OpayError
from opay.limits import response_too_large
from opay.log import MessageFormatter
from opay.models import APIError, CardPaymentMethodSpecificInput
from opay.obfuscation import (
    PROPERTY_RULES,
    BodyObfuscator,
    HeaderObfuscator,
    escape_controls,
    scrub_message,
    scrub_text,
)
from opay.operations import CREATE_PAYMENT
from opay.response import parse_response
from opay.transport import Request, Response

README = Path(__file__).resolve().parent.parent / "README.md"
REQUEST = Request("POST", "https://h/v2/1/payments", [])
JSON = [("Content-Type", "application/json")]


def luhn_ok(digits: str) -> bool:
    """The Luhn check, written independently of opay's."""
    total = 0
    for position, char in enumerate(digits[::-1]):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


@st.composite
def card_numbers(draw: st.DrawFn) -> tuple[str, str]:
    """``(digits, as written)``: a Luhn-valid number of 13 to 19 digits, maybe grouped by
    single spaces or dashes."""
    length = draw(st.integers(min_value=13, max_value=19))
    body = draw(st.text(alphabet=string.digits, min_size=length - 1, max_size=length - 1))
    digits = next(body + d for d in string.digits if luhn_ok(body + d))
    separator = draw(st.sampled_from(["", " ", "-"]))
    if not separator:
        return digits, digits
    groups: list[str] = []
    rest = digits
    while rest:
        size = draw(st.integers(min_value=1, max_value=6))
        groups.append(rest[:size])
        rest = rest[size:]
    return digits, separator.join(groups)


fillers = st.text(alphabet=string.ascii_letters + " .,;()!?", max_size=20).map(
    lambda text: f" {text} "
)


def without_separators(text: str) -> str:
    return text.replace(" ", "").replace("-", "")


def every_sink(text: str, digits: str) -> list[str]:
    """Everything opay writes that may hold ``text``: logs, reprs, exception messages."""
    error_body = json.dumps(
        {
            "errorId": "e-1",
            "errors": [{"code": "21000020", "message": text, "propertyName": text}],
            "unknownField": text,
            "unknownNumber": int(digits),
            text: "as a property name",
        }
    ).encode()
    response = Response(400, [*JSON, ("X-Echo", text)], error_body)
    with pytest.raises(OpayError) as info:
        parse_response(Call(CREATE_PAYMENT), response)
    failure = info.value
    formatter = MessageFormatter()
    return [
        scrub_text(text),
        scrub_message(text),
        BodyObfuscator().obfuscate(error_body),
        BodyObfuscator().obfuscate(error_body[:-5]),  # cut short: scrubbed as text
        BodyObfuscator().obfuscate_url(f"https://h/v2/1/payments?ref={text}"),
        str(HeaderObfuscator().obfuscate([("X-Echo", text)])),
        str(failure),
        repr(failure),
        formatter.response("id", REQUEST, response, 1.0),
        formatter.exception("id", REQUEST, failure, 1.0),
        formatter.exception("id", REQUEST, RuntimeError(text), 1.0),
        repr(response),
        repr(APIError(message=text, property_name=text)),
        str(CommunicationException(f"transport said: {text}")),
    ]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card_numbers(), fillers, fillers)
def test_card_numbers_never_reach_logs_reprs_or_messages(
    card: tuple[str, str], before: str, after: str
) -> None:
    digits, written = card
    for shown in every_sink(before + written + after, digits):
        assert digits not in without_separators(shown)


@pytest.mark.parametrize(
    "written",
    [
        "4111111111111111",
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "4111-1111 1111-1111",
        "41-11-11-11-11-11-11-11",
        "378282246310005",
        "6011000990139424",
        "3530111333300000",
        "4000000000000002135",  # 19 digits
    ],
)
def test_a_card_number_in_an_error_message_is_hidden(written: str) -> None:
    digits = without_separators(written)
    assert luhn_ok(digits)
    message = f"card {written} was refused"
    for shown in every_sink(message, digits):
        assert digits not in without_separators(shown)
    assert scrub_message(message) == "card " + re.sub("[0-9]", "*", written) + " was refused"


@pytest.mark.parametrize(
    "text",
    [
        "payment 000000123410000595980000100001 captured",  # a 30-digit payment id
        "4111111111111112 fails the Luhn check",
        "HTTP 502 after 3 attempts",
        "amount 125000 EUR, 16777216 bytes",
        "411111111111 has 12 digits",
    ],
)
def test_other_numbers_in_messages_stay_readable(text: str) -> None:
    assert scrub_message(text) == text
    assert str(CommunicationException(text)) == text


def test_opay_limits_stay_readable_in_messages_and_logs() -> None:
    failure = response_too_large(16777216, "create_payment: the HTTP 200 response")
    assert "max_response_size (16777216 bytes)" in str(failure)
    logged = MessageFormatter().exception("id", REQUEST, failure, 1.0)
    assert "max_response_size (16777216 bytes)" in logged


def test_dashes_and_spaces_group_long_digit_runs_in_text_that_is_not_json() -> None:
    assert scrub_text("call 0612-345-678 or 0612 345 678") == "call ****-***-*** or **** *** ***"


# --- the value after a known name -----------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["password", "proxyPassword", "secretApiKey", "secret", "token", "cvv", "cvc"]
)
@pytest.mark.parametrize(
    "template",
    ["{name}={value}", "{name}: {value}", '"{name}": "{value}"', "{name} = '{value}'"],
)
def test_secrets_named_in_text_are_hidden(name: str, template: str) -> None:
    value = "Zq7hunter2Zq7"
    text = "rejected: " + template.format(name=name, value=value) + ", retry"
    for shown in (scrub_text(text), scrub_message(text)):
        assert "hunter2" not in shown, shown
    assert "hunter2" not in BodyObfuscator().obfuscate(json.dumps({name: value, "m": text}))


@pytest.mark.parametrize(
    "spelling", ["cardNumber", "card_number", "card-number", "CARD_NUMBER", "CardNumber"]
)
def test_names_in_text_match_in_any_case_and_with_underscores_or_dashes(spelling: str) -> None:
    assert scrub_message(f"{spelling}=5300000000000006x") == f"{spelling}=*************006x"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # an escaped quote inside a value does not end it
        ('{"cvv": "12\\"345678", "cut', "345678"),
        ("cvv='12\\'345678'", "345678"),
        # a JSON document inside a JSON string: its quotes are escaped once...
        ('{"data": "{\\"cvv\\":\\"12\\\\\\"345678\\"}", "cut', "345678"),
        (
            '{"data": "{\\"card\\":{\\"cvv\\":\\"1}2\\",\\"cardNumber\\":\\"5300000000000006\\"}}',
            "53000",
        ),
        # ...or twice
        (
            '"{\\"x\\":\\"{\\\\\\"cvv\\\\\\":\\\\\\"12\\\\\\\\\\\\\\"345678\\\\\\"}\\"}" cut',
            "345678",
        ),
        # brackets inside the strings of a hidden object do not end it
        ('{"paymentData": {"a": "}]", "opaque": "abcdefg"}, "cut', "abcdefg"),
        ('{"d": "{\\"paymentData\\":{\\"a\\":\\"}\\",\\"o\\":\\"abcdefg\\"}}", "cut', "abcdefg"),
        # a backslash at the end of a value is the value's
        ('{"cvv": "1234567\\\\", "firstName": "Wile', "Wile"),
        ('payload {"cvv":"abc\\\\\\"defghij"} sent', "defghij"),
    ],
)
def test_escaped_quotes_never_end_a_value_early(text: str, secret: str) -> None:
    for shown in (scrub_text(text), scrub_message(text), BodyObfuscator().obfuscate(text)):
        assert secret not in shown, shown


def test_text_after_a_scrubbed_value_is_kept() -> None:
    assert scrub_message('{"cvv": "12\\"34", "status": "ok"}') == (
        '{"cvv": "********", "status": "ok"}'
    )
    assert scrub_message('\\"cvv\\":\\"123\\",\\"status\\":\\"ok\\"') == (
        '\\"cvv\\":\\"********\\",\\"status\\":\\"ok\\"'
    )


# --- tokens ---------------------------------------------------------------------------------

TOKEN = "0ca037cc-9079-4df7-8f6f-f2a3443ee521"


def test_token_values_are_hidden_in_bodies_urls_and_reprs() -> None:
    body = {
        "cardPaymentMethodSpecificInput": {"token": TOKEN},
        "hostedCheckoutSpecificInput": {"tokens": f"{TOKEN},{TOKEN}"},
        "invalidTokens": [TOKEN],
        "tokenId": TOKEN,
    }
    request = Request("DELETE", f"https://h/v2/1/tokens/{TOKEN}?x=1", [], json.dumps(body).encode())
    formatter = MessageFormatter()
    for shown in (
        formatter.request("id", request),
        repr(request),
        repr(CardPaymentMethodSpecificInput(token=TOKEN)),
        scrub_message(f"token: {TOKEN!r} expired; token={TOKEN}"),
    ):
        assert "9079" not in shown, shown
    assert formatter.url(request) == "https://h/v2/1/tokens/********?x=1"


# --- URL credentials ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://user:pa55word@proxy:3128",
        "https://user:pa55word@proxy/path",
        "http://user:pa55word@",
        "http://pa55word@proxy",
        "http://user:pa/55word@proxy:3128",
        "http://user:pa55@word@proxy:3128",
        "user:pa55word@proxy:3128",
        "ftp://user:pa55word@proxy",
        "'http://user:pa55word@proxy:bad'",
    ],
)
def test_url_credentials_are_hidden_in_messages(url: str) -> None:
    message = f"cannot connect through {url} (refused)"
    for shown in (
        scrub_message(message),
        scrub_text(message),
        str(CommunicationException(message)),
        MessageFormatter().exception("id", REQUEST, RuntimeError(message), 1.0),
    ):
        assert "55" not in shown and "word" not in shown, shown


# --- control characters ---------------------------------------------------------------------

CONTROLS = "\x1b[31m\x07\x00\r\x85\u2028\u202e"


def _raw_controls(text: str, *, newlines: bool) -> list[str]:
    allowed = "\n" if newlines else ""
    return [
        c
        for c in text
        if (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 or c in "\u2028\u202e") and c not in allowed
    ]


def test_control_characters_from_the_server_are_escaped() -> None:
    text = f"bad{CONTROLS}input"
    json_body = json.dumps({"errors": [{"message": text}]}, ensure_ascii=False).encode()
    responses = [
        Response(400, [*JSON, ("X-Echo", text)], json_body),
        Response(502, [("Content-Type", "text/plain")], text.encode()),
    ]
    formatter = MessageFormatter()
    for response in responses:
        logged = formatter.response("id", REQUEST, response, 1.0)
        assert not _raw_controls(logged, newlines=True), logged
        assert "\\x1b[31m" in logged and "\\x07" in logged and "\\x00" in logged
        with pytest.raises(OpayError) as info:
            parse_response(Call(CREATE_PAYMENT), response)
        assert not _raw_controls(str(info.value), newlines=False)
        logged = formatter.exception("id", REQUEST, info.value, 1.0)
        assert not _raw_controls(logged, newlines=True)
    assert not _raw_controls(repr(APIError(message=text)), newlines=False)
    assert escape_controls("a\x1bb\nc", keep_newlines=True) == "a\\x1bb\nc"
    assert escape_controls("a\u202eb\nc") == "a\\u202eb\\x0ac"


def test_an_explicit_api_exception_message_is_escaped() -> None:
    failure = ApiException(400, "", message="line one\nforged log line\x1b[2J")
    assert str(failure) == "line one\\x0aforged log line\\x1b[2J"


# --- the README describes the rules the obfuscator applies ----------------------------------


def test_the_readme_states_the_kept_parts_the_rules_keep() -> None:
    text = " ".join(README.read_text(encoding="utf-8").split())
    claims = re.search(
        r"\(`cardNumber`, `iban` and `accountNumber` keep their last (\d) characters, "
        r"`expiryDate` its last (\d), `bin` its first (\d) — a value no longer than what its "
        r"rule keeps is hidden entirely, so a 6-digit `bin` shows as `(\**)`",
        text,
    )
    assert claims is not None, "the README's sentence on the obfuscation rules changed"
    last, expiry, first, six_digit_bin = claims.groups()
    for name in ("cardNumber", "iban", "accountNumber"):
        value = "5300000000000006"
        assert PROPERTY_RULES[name](value) == "*" * (16 - int(last)) + value[-int(last) :]
    assert PROPERTY_RULES["expiryDate"]("1230") == "*" * (4 - int(expiry)) + "1230"[-int(expiry) :]
    assert PROPERTY_RULES["bin"]("53000000") == "530000"[: int(first)] + "**"
    assert PROPERTY_RULES["bin"]("530000") == six_digit_bin


# --- every rule, pinned ---------------------------------------------------------------------

# Written out here (not read from opay) so that dropping a name from opay fails a test.
HIDDEN_ENTIRELY = [
    "ComputedToken",
    "GTSComputedToken",
    "GeneratedToken",
    "accountHolderName",
    "additionalInfo",
    "apiKey",
    "birthCity",
    "birthZipCode",
    "cardHolderName",
    "cardSecurityCode",
    "cardTokens",
    "cardholderName",
    "cavv",
    "city",
    "crmToken",
    "cryptogram",
    "customerIpAddress",
    "cvc",
    "cvc2",
    "cvv",
    "cvv2",
    "dateOfBirth",
    "decryptedPayload",
    "decryptedPaymentData",
    "driverIdentificationNumber",
    "driverTaxNumber",
    "emailAddress",
    "encryptedCardNumber",
    "encryptedCustomerInput",
    "encryptedPayload",
    "encryptedPaymentData",
    "encryptionKey",
    "ephemeralKey",
    "expiredCardTokens",
    "faxNumber",
    "firstName",
    "fiscalNumber",
    "houseNumber",
    "invalidTokens",
    "ipAddress",
    "key",
    "mobilePhoneNumber",
    "networkToken",
    "pairingToken",
    "passengerName",
    "password",
    "paymentData",
    "paymentRequestToken",
    "phoneNumber",
    "pin",
    "postcode",
    "proxyPassword",
    "recipientName",
    "renterName",
    "secret",
    "secretApiKey",
    "secretKey",
    "securityCode",
    "sessionToken",
    "state",
    "street",
    "surname",
    "surnamePrefix",
    "token",
    "tokenId",
    "tokens",
    "value",
    "workPhoneNumber",
    "xid",
    "zip",
]
KEEP_LAST_4 = [
    "accountNumber",
    "cardNumber",
    "dpan",
    "iban",
    "loyaltyCardNumber",
    "paymentIBAN",
    "reformattedAccountNumber",
]
HEADERS = [
    "Authorization",
    "Cookie",
    "Proxy-Authenticate",
    "Proxy-Authorization",
    "Set-Cookie",
    "WWW-Authenticate",
    "X-Api-Key",
    "X-Auth-Token",
    "X-GCS-Authentication-Token",
    "X-GCS-CallerPassword",
]
PROBE = "Qx7Wv3Zp9Kd2Lm5N"


@pytest.mark.parametrize("name", HIDDEN_ENTIRELY + KEEP_LAST_4 + ["expiryDate", "bin"])
def test_every_named_rule_hides_its_value(name: str) -> None:
    hidden = PROBE[2:-4]  # what no rule shows
    shown = BodyObfuscator().obfuscate(json.dumps({"a": {name: PROBE}, "b": [{name: [PROBE]}]}))
    assert hidden not in shown
    if name in HIDDEN_ENTIRELY:
        assert json.loads(shown)["a"][name] == "********"
    for text in (f"{name}={PROBE}", f'"{name}": "{PROBE}"', f"{name}: '{PROBE}'"):
        assert hidden not in scrub_message(f"rejected {text} here"), text


@pytest.mark.parametrize("name", HEADERS)
def test_every_header_rule_hides_its_value(name: str) -> None:
    assert HeaderObfuscator().obfuscate([(name, PROBE)]) == [(name, "********")]
    assert PROBE not in scrub_message(f"sent {name}: {PROBE}")
