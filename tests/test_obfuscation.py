"""Obfuscation rules for bodies, URLs, headers and model fields."""

from __future__ import annotations

import json

import pytest

from opay.obfuscation import (
    BodyObfuscator,
    HeaderObfuscator,
    fixed,
    is_sensitive,
    keep_end,
    keep_start,
    model_field_repr,
    obfuscate_value,
    scrub_text,
)

CARD = "4111111111111111"


def obfuscated(body: object, obfuscator: BodyObfuscator | None = None) -> object:
    text = (obfuscator or BodyObfuscator()).obfuscate(json.dumps(body))
    return json.loads(text)


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("cardNumber", CARD, "************1111"),
        ("accountNumber", "123456789", "*****6789"),
        ("iban", "NL91ABNA0417164300", "**************4300"),
        ("expiryDate", "1230", "**30"),
        ("bin", "41111122", "411111**"),
        ("cvv", "123", "********"),
        ("cardholderName", "Wile E. Coyote", "********"),
        ("firstName", "Wile", "********"),
        ("surname", "Coyote", "********"),
        ("street", "Desert Road", "********"),
        ("zip", "1234AB", "********"),
        ("phoneNumber", "+31201234567", "********"),
        ("emailAddress", "wile@acme.example", "********"),
        ("dateOfBirth", "19700101", "********"),
        ("value", "secret attribute", "********"),
        ("key", "k", "********"),
        ("encryptedCustomerInput", "eyJhbGciOi", "********"),
    ],
)
def test_default_rules(name: str, value: str, expected: str) -> None:
    assert obfuscated({name: value}) == {name: expected}
    assert is_sensitive(name)


def test_rule_functions_hide_short_values_entirely() -> None:
    assert keep_end(4)("123") == "***"
    assert keep_start(6)("4111") == "****"
    assert fixed(3)("anything at all") == "***"


def test_other_properties_are_shown_as_they_are() -> None:
    body = {"id": "000000123410000595980000100001", "amount": 1000, "status": "CAPTURED"}
    assert obfuscated(body) == body
    assert not is_sensitive("status")


def test_rules_apply_at_any_depth_and_in_arrays() -> None:
    body = {
        "a": [
            {"b": {"card": {"cardNumber": CARD, "cvv": "123"}}},
            {"iban": "DE89370400440532013000"},
        ]
    }
    assert obfuscated(body) == {
        "a": [
            {"b": {"card": {"cardNumber": "************1111", "cvv": "********"}}},
            {"iban": "******************3000"},
        ]
    }


def test_numbers_and_booleans_under_a_rule_are_obfuscated() -> None:
    assert obfuscated({"cardNumber": int(CARD), "cvv": 123, "value": True, "zip": None}) == {
        "cardNumber": "************1111",
        "cvv": "********",
        "value": "********",
        "zip": None,
    }


def test_names_are_compared_case_insensitively() -> None:
    assert obfuscated({"CARDNUMBER": CARD, "Cvv": "123"}) == {
        "CARDNUMBER": "************1111",
        "Cvv": "********",
    }


def test_a_rule_on_an_object_or_array_covers_everything_inside() -> None:
    body = {"paymentData": {"dpan": CARD, "other": "x", "list": [1, "two"]}}
    assert obfuscated(body) == {
        "paymentData": {"dpan": "************1111", "other": "********", "list": ["********"] * 2}
    }


@pytest.mark.parametrize(
    "text",
    [
        '{"card":{"cardNumber":"4111111111111111","cvv":"123"}}',
        '{\n  "card" : {\n    "cardNumber" :  "4111111111111111",\n    "cvv": "123"\n  }\n}',
        '{"card":{"\\u0063ardNumber":"\\u0034111111111111111","cvv":"\\u0031\\u00323"}}',
    ],
)
def test_any_json_formatting(text: str) -> None:
    shown = BodyObfuscator().obfuscate(text.encode())
    assert json.loads(shown) == {"card": {"cardNumber": "************1111", "cvv": "********"}}


def test_json_inside_a_string_value_is_obfuscated_too() -> None:
    body = {"data": json.dumps({"cardNumber": CARD})}
    assert json.loads(obfuscated(body)["data"]) == {"cardNumber": "************1111"}  # type: ignore[index]


def test_a_message_echoing_a_sensitive_value_is_obfuscated() -> None:
    body = {"errors": [{"message": f"cardNumber: {CARD} is invalid", "id": "1234567890"}]}
    assert obfuscated(body) == {
        "errors": [{"message": "cardNumber: ************1111 is invalid", "id": "1234567890"}]
    }


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ('{"card":{"cardNumber":"4111111111111111","cvv":"123"', ["4111111111111111", '"123"']),
        ('{"card":{"cardNumber":"41111111111', ["41111111111"]),
        ("cardNumber=4111111111111111&cvv=123&amount=1", ["4111111111111111", "=123"]),
        ("Card(cardNumber='4111111111111111', cvv='123')", ["4111111111111111", "'123'"]),
        ('{"name":{"firstName":"Wile","surname":"Coyote"} trailing', ["Wile", "Coyote"]),
        ('{"paymentData":{"opaque":"abcdefgh","n":[1,2]}, "x"', ["abcdefgh"]),
        ("<html>card 4111 1111 1111 1111 phone 06-12345678</html>", ["1111 1111", "12345678"]),
        ('"{\\"cvv\\":\\"abcdef\\"}" not json', ["abcdef"]),
        ('{"\\u0063vv": "abcdef", "cut', ["abcdef"]),
    ],
)
def test_text_that_is_not_json_is_scrubbed(text: str, hidden: list[str]) -> None:
    shown = BodyObfuscator().obfuscate(text.encode())
    for value in hidden:
        assert value not in shown
    assert scrub_text(text) == shown


def test_scrubbing_keeps_what_a_rule_keeps_and_short_numbers() -> None:
    shown = scrub_text('HTTP 502 after 30 s; {"cardNumber": "4111111111111111", "bin": "41111122"')
    assert shown == 'HTTP 502 after 30 s; {"cardNumber": "************1111", "bin": "411111**"'


def test_bodies_that_cannot_be_decoded_do_not_break_obfuscation() -> None:
    assert "4111111111111111" not in BodyObfuscator().obfuscate(b"\xff\xfe4111111111111111")
    assert BodyObfuscator().obfuscate(b"") == ""
    assert BodyObfuscator().obfuscate(None) == ""
    # A lone surrogate escape must not make the result unwritable as UTF-8.
    BodyObfuscator().obfuscate(b'{"description": "\\ud800"}').encode("utf-8")
    deep = b"[" * 100_000
    assert BodyObfuscator().obfuscate(deep) == deep.decode()


def test_extra_rules_add_to_the_defaults() -> None:
    obfuscator = BodyObfuscator().with_rules({"merchantReference": keep_end(2)})
    assert obfuscated({"merchantReference": "order-1234", "cvv": "1"}, obfuscator) == {
        "merchantReference": "********34",
        "cvv": "********",
    }
    by_name = BodyObfuscator(["customField"])
    assert obfuscated({"customField": "x", "cvv": "1"}, by_name) == {
        "customField": "********",
        "cvv": "********",
    }
    assert "order-1234" not in obfuscator.scrub_text("merchantReference=order-1234")


def test_extra_rules_can_replace_a_default_or_stand_alone() -> None:
    obfuscator = BodyObfuscator({"cardNumber": fixed(4)})
    assert obfuscated({"cardNumber": CARD}, obfuscator) == {"cardNumber": "****"}
    only = BodyObfuscator({"x": fixed()}, defaults=False)
    assert obfuscated({"x": "1", "cvv": "123"}, only) == {"x": "********", "cvv": "123"}


def test_bad_rules_are_rejected() -> None:
    with pytest.raises(TypeError, match="not callable"):
        BodyObfuscator({"x": "stars"})
    with pytest.raises(TypeError, match="not a str"):
        HeaderObfuscator("Authorization")


def test_query_parameters_are_obfuscated_by_name() -> None:
    url = "https://h/v2/1/products?countryCode=NL&cardNumber=4111111111111111&x"
    assert (
        BodyObfuscator().obfuscate_url(url)
        == "https://h/v2/1/products?countryCode=NL&cardNumber=************1111&x"
    )
    assert BodyObfuscator().obfuscate_url("https://h/v2/1") == "https://h/v2/1"


def test_sensitive_headers_are_replaced() -> None:
    headers = [
        ("Authorization", "GCS v1HMAC:key:c2lnbmF0dXJl"),
        ("x-gcs-authentication-token", "tok"),
        ("X-GCS-CallerPassword", "pw"),
        ("Proxy-Authorization", "Basic dTpw"),
        ("Cookie", "a=b"),
        ("Set-Cookie", "a=b"),
        ("Date", "Mon, 01 Jan 2024 00:00:00 GMT"),
    ]
    shown = HeaderObfuscator().obfuscate(headers)
    assert [value for _, value in shown] == ["********"] * 6 + ["Mon, 01 Jan 2024 00:00:00 GMT"]


def test_extra_header_rules() -> None:
    obfuscator = HeaderObfuscator().with_rules({"X-Custom": keep_end(2)}).with_rules(["X-Other"])
    assert obfuscator.obfuscate(
        [("x-custom", "abcdef"), ("X-OTHER", "v"), ("Authorization", "a")]
    ) == [
        ("x-custom", "****ef"),
        ("X-OTHER", "********"),
        ("Authorization", "********"),
    ]


def test_model_field_repr_obfuscates_scalars_and_lists() -> None:
    assert model_field_repr("cardNumber")(CARD) == repr("************1111")
    assert model_field_repr("cardNumber")(None) == "None"
    assert model_field_repr("cvv")(123) == repr("********")
    assert model_field_repr("value")(["a", "b"]) == repr(["********", "********"])
    assert obfuscate_value("iban", {"x": "NL91ABNA0417164300"}) == repr({"x": "**************4300"})


def test_scrubbing_keeps_ids_in_url_paths_but_not_in_queries() -> None:
    text = (
        "GET https://h/v2/1234/payments/000000123410000595980000100001?ref=4111111111111111"
        "&cvv=123 timed out (4111111111111111)"
    )
    assert scrub_text(text) == (
        "GET https://h/v2/1234/payments/000000123410000595980000100001?ref=****************"
        "&cvv=******** timed out (****************)"
    )


def test_requests_and_responses_show_obfuscated_values_in_repr() -> None:
    from opay.transport import Request, Response

    request = Request(
        "POST",
        "https://h/v2/1/tokens?cvv=123",
        [("Authorization", "GCS v1HMAC:key:c2lnbmF0dXJl"), ("Date", "today")],
        b'{"card": {"cardNumber": "4111111111111111"}}',
    )
    assert repr(request) == (
        "Request(method='POST', url='https://h/v2/1/tokens?cvv=********', "
        "headers=(('Authorization', '********'), ('Date', 'today')), "
        """body=<44 bytes: '{"card":{"cardNumber":"************1111"}}'>)"""
    )
    assert request.body == b'{"card": {"cardNumber": "4111111111111111"}}'
    response = Response(200, [("Set-Cookie", "s=1")], b"")
    assert repr(response) == "Response(status=200, headers=(('Set-Cookie', '********'),), body=b'')"


def test_scrubbing_hides_sensitive_header_lines_and_hmac_credentials() -> None:
    text = (
        "sent\r\nAUTHORIZATION: GCS v1HMAC:key:c2ln\r\nDate: today\r\nretry with v1HMAC:k2:c2lnMg=="
    )
    assert scrub_text(text) == (
        "sent\r\nAUTHORIZATION: ********\r\nDate: today\r\nretry with v1HMAC:********"
    )
    assert (
        scrub_text("X-GCS-Authentication-Token:abc, more") == "X-GCS-Authentication-Token:********"
    )
