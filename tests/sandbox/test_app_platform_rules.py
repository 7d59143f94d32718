"""The sandbox's errors come from its catalogue, and its validation follows the rules the
platform documents (held as data in the API description)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sandbox_app_support import body_of, call, card_payment, make_app, payments_path

from opay.exceptions import PlatformException
from opay.sandbox import Sandbox, errors, validation
from opay.sandbox import error_catalogue as catalogue
from opay.sandbox.app import SandboxApp
from opay.sandbox.faults import error_response
from opay.transport import Request, Response

APP = make_app()
ERROR_STATUSES = {400, 402, 403, 404, 405, 409, 410, 500, 502, 503}


def _matches_an_entry(error: dict[str, Any]) -> bool:
    for entry in catalogue.ENTRIES:
        if (error["code"], error["id"], error["category"]) != (
            entry.code,
            entry.id,
            entry.category,
        ):
            continue
        pattern = re.escape(entry.message).replace(re.escape("{value}"), ".*")
        if re.fullmatch(pattern, error["message"]) and error.get("errorCode") == entry.error_code:
            return True
    return False


def assert_catalogued(response: Response) -> dict[str, Any]:
    """An error answer whose every error is an entry of the catalogue."""
    assert response.status in ERROR_STATUSES, response.body
    body: dict[str, Any] = body_of(response)
    assert isinstance(body["errorId"], str) and body["errorId"]
    assert body["errors"]
    for error in body["errors"]:
        assert _matches_an_entry(error), error
        assert error["httpStatusCode"] == response.status
    return body


def only_error(response: Response, entry: catalogue.Entry, prop: str | None = None) -> Any:
    body = assert_catalogued(response)
    (error,) = body["errors"]
    assert (error["code"], error["id"]) == (entry.code, entry.id), error
    assert error.get("propertyName") == prop, error
    return error


# ------------------------------------------------------------------------- the catalogue


@pytest.mark.parametrize("entry", catalogue.ENTRIES, ids=lambda e: e.name)
def test_every_entry_is_complete_and_sourced(entry: catalogue.Entry) -> None:
    assert re.fullmatch(r"\d{4,8}", entry.code)
    assert entry.error_code is None or re.fullmatch(r"\d{8}", entry.error_code)
    assert entry.category in (catalogue.DIRECT_PLATFORM_ERROR, catalogue.IO_ERROR)
    assert entry.http_status in ERROR_STATUSES
    assert entry.id and entry.message and entry.source


def test_entry_names_are_unique() -> None:
    names = [e.name for e in catalogue.ENTRIES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_come_from_the_catalogue(status: int) -> None:
    response = error_response(status)
    error = only_error(response, catalogue.BY_STATUS[status])
    assert error["httpStatusCode"] == status


_PATHS = st.sampled_from(
    [
        ("POST", ("payments",)),
        ("POST", ("hostedcheckouts",)),
        ("POST", ("paymentlinks",)),
        ("POST", ("mandates",)),
        ("POST", ("services", "getIINdetails")),
        ("POST", ("tokens",)),
        ("POST", ("payouts",)),
        ("GET", ("products",)),
        ("GET", ("payments", "3000000000_0")),
        ("GET", ("payments", "x")),
        ("POST", ("payments", "3000000000_0", "capture")),
        ("GET", ("nothing",)),
        ("DELETE", ("payments",)),
    ]
)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
_BODIES = st.one_of(
    _JSON,
    st.just(card_payment()),
    st.builds(
        lambda key, value: {**card_payment(), key: value},
        st.sampled_from(["order", "cardPaymentMethodSpecificInput", "colour", "customer"]),
        _JSON,
    ),
)
_QUERIES = st.sampled_from(
    ["", "?countryCode=NL&currencyCode=EUR", "?isRecurring=maybe", "?amount=x", "?countryCode=nl"]
)


@settings(max_examples=150, deadline=None)
@given(_PATHS, _BODIES, _QUERIES)
def test_every_error_answer_is_a_catalogue_entry(
    route: tuple[str, tuple[str, ...]], body: Any, query: str
) -> None:
    method, parts = route
    response = call(APP, method, payments_path(*parts) + query, body if method == "POST" else None)
    if response.status >= 400:
        assert_catalogued(response)


def test_authentication_errors_come_from_the_catalogue() -> None:
    app = make_app()
    response = call(app, "GET", payments_path("products"), secret="wrong")
    only_error(response, catalogue.MISSING_OR_INVALID_AUTHORIZATION)
    assert response.status == 403


# ------------------------------------------------------------------------- rules as data


@pytest.fixture
def app() -> SandboxApp:
    return make_app()


def test_a_missing_bin_is_the_documented_error(app: SandboxApp) -> None:
    response = call(app, "POST", payments_path("services", "getIINdetails"), {})
    error = only_error(response, catalogue.PARAMETER_NOT_FOUND_IN_REQUEST, "bin")
    assert error["message"] == (
        "The parameter shown above was not found in the request received by OnlinePayments."
    )


@pytest.mark.parametrize(("bin_", "ok"), [("41111", False), ("411111", True), ("4" * 20, False)])
def test_bin_length_is_6_to_19(app: SandboxApp, bin_: str, ok: bool) -> None:
    response = call(app, "POST", payments_path("services", "getIINdetails"), {"bin": bin_})
    if ok:
        assert response.status == 200, response.body
    else:
        only_error(response, catalogue.INVALID_VALUE, "bin")


@pytest.mark.parametrize("currency", ["eur", "EURO", "E1R"])
def test_currency_codes_are_three_capital_letters(app: SandboxApp, currency: str) -> None:
    body = card_payment()
    body["order"]["amountOfMoney"]["currencyCode"] = currency
    response = call(app, "POST", payments_path("payments"), body)
    only_error(response, catalogue.INVALID_VALUE, "order.amountOfMoney.currencyCode")


@pytest.mark.parametrize(
    ("query", "prop"),
    [("?countryCode=nl", "countryCode"), ("?countryCode=NLD", "countryCode"),
     ("?currencyCode=eur", "currencyCode")],
)  # fmt: skip
def test_query_country_and_currency_codes_follow_iso(
    app: SandboxApp, query: str, prop: str
) -> None:
    only_error(call(app, "GET", payments_path("products") + query), catalogue.INVALID_VALUE, prop)


@pytest.mark.parametrize("spelling", ["true", "True", "TRUE", "false", "False"])
def test_query_booleans_in_any_case(app: SandboxApp, spelling: str) -> None:
    response = call(app, "GET", payments_path("products") + f"?isRecurring={spelling}")
    assert response.status == 200, response.body


def test_the_sdks_true_filters_like_true(app: SandboxApp) -> None:
    lower = body_of(call(app, "GET", payments_path("products") + "?isRecurring=true"))
    title = body_of(call(app, "GET", payments_path("products") + "?isRecurring=True"))
    assert lower == title


@pytest.mark.parametrize("spelling", ["1", "0", "yes", ""])
def test_other_booleans_are_rejected(app: SandboxApp, spelling: str) -> None:
    response = call(app, "GET", payments_path("products") + f"?isRecurring={spelling}")
    only_error(response, catalogue.INVALID_VALUE, "isRecurring")


def test_a_malformed_payment_id_is_400_and_an_unknown_one_404(app: SandboxApp) -> None:
    only_error(
        call(app, "GET", payments_path("payments", "abc")), catalogue.INVALID_VALUE, "paymentId"
    )
    only_error(
        call(app, "GET", payments_path("payments", "3000000000_0")), catalogue.REQUEST_ERROR_404
    )
    only_error(
        call(app, "GET", payments_path("payments", "3000000000")), catalogue.REQUEST_ERROR_404
    )


def test_the_bare_payid_names_the_payment(app: SandboxApp) -> None:
    created = body_of(call(app, "POST", payments_path("payments"), card_payment()))
    payment_id = created["payment"]["id"]
    bare = payment_id.split("_")[0]
    assert call(app, "GET", payments_path("payments", bare)).status == 200


def test_a_non_numeric_product_id_is_a_400(app: SandboxApp) -> None:
    response = call(app, "GET", payments_path("products", "visa"))
    only_error(response, catalogue.INVALID_VALUE, "paymentProductId")
    only_error(call(app, "GET", payments_path("products", "999999")), catalogue.REQUEST_ERROR_404)


def _hosted_checkout(app: SandboxApp, specific: dict[str, Any]) -> Response:
    return call(
        app,
        "POST",
        payments_path("hostedcheckouts"),
        {
            "order": {"amountOfMoney": {"amount": 100, "currencyCode": "EUR"}},
            "hostedCheckoutSpecificInput": {"returnUrl": "https://shop.example", **specific},
        },
    )


@pytest.mark.parametrize(("attempts", "ok"), [(0, False), (1, True), (10, True), (11, False)])
def test_payment_attempts_are_1_to_10(app: SandboxApp, attempts: int, ok: bool) -> None:
    response = _hosted_checkout(app, {"allowedNumberOfPaymentAttempts": attempts})
    if ok:
        assert response.status == 201, response.body
    else:
        only_error(
            response,
            catalogue.INVALID_VALUE,
            "hostedCheckoutSpecificInput.allowedNumberOfPaymentAttempts",
        )


@pytest.mark.parametrize(("delay", "ok"), [(-1, False), (0, True), (43200, True), (43201, False)])
def test_auto_capture_delay_is_0_to_30_days(app: SandboxApp, delay: int, ok: bool) -> None:
    body = card_payment()
    body["cardPaymentMethodSpecificInput"]["authorizationMode"] = "PRE_AUTHORIZATION"
    body["cardPaymentMethodSpecificInput"]["autoCapture"] = {"delayInMinutes": delay}
    response = call(app, "POST", payments_path("payments"), body)
    if ok:
        assert response.status == 201, response.body
    else:
        only_error(
            response,
            catalogue.INVALID_VALUE,
            "cardPaymentMethodSpecificInput.autoCapture.delayInMinutes",
        )


@pytest.mark.parametrize(("birth", "ok"), [("19800131", True), ("1980-01-31", False),
                                           ("19801331", False), ("1980013", False)])  # fmt: skip
def test_dates_of_birth_are_yyyymmdd(app: SandboxApp, birth: str, ok: bool) -> None:
    body = card_payment()
    body["order"]["customer"] = {"personalInformation": {"dateOfBirth": birth}}
    response = call(app, "POST", payments_path("payments"), body)
    if ok:
        assert response.status == 201, response.body
    else:
        only_error(
            response, catalogue.INVALID_VALUE, "order.customer.personalInformation.dateOfBirth"
        )


def test_gender_is_at_most_50_characters(app: SandboxApp) -> None:
    body = card_payment()
    body["order"]["customer"] = {"personalInformation": {"gender": "x" * 51}}
    only_error(
        call(app, "POST", payments_path("payments"), body),
        catalogue.INVALID_VALUE,
        "order.customer.personalInformation.gender",
    )
    body["order"]["customer"]["personalInformation"]["gender"] = "x" * 50
    assert call(app, "POST", payments_path("payments"), body).status == 201


def test_a_mandate_needs_the_documented_customer_details(app: SandboxApp) -> None:
    response = call(
        app,
        "POST",
        payments_path("mandates"),
        {"customer": {"bankAccountIban": {"iban": "NL91ABNA0417164300"}}},
    )
    body = assert_catalogued(response)
    missing = {e["propertyName"] for e in body["errors"]}
    assert missing == {"customer.mandateAddress", "customer.personalInformation"}
    assert {e["id"] for e in body["errors"]} == {"PARAMETER_NOT_FOUND_IN_REQUEST"}


def test_a_link_locale_is_language_dash_country(app: SandboxApp) -> None:
    link = body_of(
        call(
            app,
            "POST",
            payments_path("paymentlinks"),
            {"order": {"amountOfMoney": {"amount": 100, "currencyCode": "EUR"}}},
        )
    )["paymentLinkId"]
    share = payments_path("paymentlinks", link, "share")
    base = {"channel": "EMAIL", "recipient": "wile@example.com"}
    only_error(
        call(app, "POST", share, {**base, "locale": "fr_BE"}), catalogue.INVALID_VALUE, "locale"
    )
    assert call(app, "POST", share, {**base, "locale": "fr-BE"}).status < 300


def test_a_wrong_state_is_operation_not_possible(app: SandboxApp) -> None:
    created = body_of(call(app, "POST", payments_path("payments"), card_payment()))
    payment = payments_path("payments", created["payment"]["id"])
    assert call(app, "POST", payment + "/cancel", {}).status == 200
    only_error(call(app, "POST", payment + "/cancel", {}), catalogue.OPERATION_NOT_POSSIBLE)


def test_a_method_a_path_does_not_have_is_405(app: SandboxApp) -> None:
    only_error(call(app, "DELETE", payments_path("payments")), catalogue.REQUEST_ERROR_405)


# ------------------------------------------------------------------------- the validator


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_length_limits_hold_for_any_text(text: str) -> None:
    problems = validation.validate({"gender": text}, "PersonalInformation")
    assert bool(problems) == (len(text) > 50)


@settings(max_examples=100, deadline=None)
@given(st.integers(-100, 50000))
def test_ranges_hold_for_any_integer(delay: int) -> None:
    problems = validation.validate({"delayInMinutes": delay}, "AutoCapture")
    assert bool(problems) == (not 0 <= delay <= 43200)


@settings(max_examples=100, deadline=None)
@given(st.dates())
def test_every_calendar_date_is_a_valid_yyyymmdd(day: Any) -> None:
    text = day.strftime("%Y%m%d").rjust(8, "0")
    assert validation.validate({"dateOfBirth": text}, "PersonalInformation") == []


def test_every_rule_in_the_description_notes_its_source() -> None:
    spec = validation.spec()
    keywords = {"pattern", "minLength", "maxLength", "minimum", "maximum", "maxItems", "enum"}

    def sourced(schema: dict[str, Any], holder: dict[str, Any]) -> bool:
        return not (keywords & schema.keys()) or "x-source" in holder

    for name, schema in spec["components"]["schemas"].items():
        if "required" in schema and not schema.get("x-immutable"):
            assert "x-source" in schema, name
        for prop_name, prop in schema.get("properties", {}).items():
            assert sourced(prop, prop), f"{name}.{prop_name}"
    for item in spec["paths"].values():
        for op in item.values():
            for param in op.get("parameters", []):
                assert sourced(param.get("schema", {}), param), (op["operationId"], param["name"])


def test_the_sandboxs_own_crash_is_the_unknown_server_error() -> None:
    def crash(request: Request) -> None:
        raise RuntimeError("boom")

    app = make_app(before_handling=crash)
    with Sandbox(app=app) as sb, sb.client() as client, pytest.raises(PlatformException) as caught:
        client.merchant(sb.merchant_id).products().get_payment_products()
    assert caught.value.status_code == 500
    (error,) = caught.value.errors
    assert (error.code, error.id) == ("9999", "UNKNOWN_SERVER_ERROR")


def test_the_guide_lists_every_catalogue_entry() -> None:
    page = (Path(__file__).resolve().parents[2] / "docs" / "sandbox-errors.md").read_text()
    for entry in catalogue.ENTRIES:
        row = f"| `{entry.name}` | {entry.code} | {entry.error_code or ''} | `{entry.id}` |"
        assert row.replace("|  |", "| |") in page, entry.name


def test_a_documented_message_shows_the_offending_value() -> None:
    failure = errors.bad_request("expired", "card.expiryDate", errors.CARD_EXPIRED, value="1210")
    (error,) = failure.body("id")["errors"]
    assert error["message"] == (
        "paymentMethodSpecificInput.card.expiryDate (1210) IS IN THE PAST OR NOT IN CORRECT "
        "MMYY FORMAT"
    )
    assert str(failure) == "expired"  # the detail stays out of the answer


MANDATE_CUSTOMER = {
    "bankAccountIban": {"iban": "NL91ABNA0417164300"},
    "personalInformation": {"name": {"firstName": "Wile", "surname": "Coyote"}},
    "mandateAddress": {
        "city": "Amsterdam",
        "countryCode": "NL",
        "street": "Damrak",
        "zip": "1012LG",
    },
}


@pytest.mark.parametrize(
    ("field", "value", "ok"),
    [("signatureType", "AIS", True), ("signatureType", "TICK_BOX", True),
     ("signatureType", "INK", False), ("recurrenceType", "ONCE", False),
     ("language", "nl", True), ("language", "pt", False)],
)  # fmt: skip
def test_mandate_fields_take_the_documented_values(
    app: SandboxApp, field: str, value: str, ok: bool
) -> None:
    body = {"customer": MANDATE_CUSTOMER, "recurrenceType": "RECURRING", field: value}
    response = call(app, "POST", payments_path("mandates"), body)
    if ok:
        assert response.status == 201, response.body
    else:
        only_error(response, catalogue.INVALID_VALUE, field)


def test_a_revocation_reason_is_one_of_the_documented_ones(app: SandboxApp) -> None:
    body = {"customer": MANDATE_CUSTOMER, "recurrenceType": "RECURRING"}
    reference = body_of(call(app, "POST", payments_path("mandates"), body))["mandate"][
        "uniqueMandateReference"
    ]
    revoke = payments_path("mandates", reference, "revoke")
    only_error(
        call(app, "POST", revoke, {"revocationReason": "moved"}),
        catalogue.INVALID_VALUE,
        "revocationReason",
    )
    assert call(app, "POST", revoke, {"revocationReason": "userAction"}).status == 200
