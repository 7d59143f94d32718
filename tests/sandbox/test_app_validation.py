"""What the sandbox checks before it acts: signature, Date, API key, merchant, request
bodies, card rules and routes; each failure with a platform-shaped error body."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from sandbox_app_support import (
    BASE,
    body_of,
    call,
    card_payment,
    make_app,
    past_expiry,
    payments_path,
    signed_request,
)

from opay.sandbox import validation
from opay.sandbox.app import SandboxApp
from opay.transport import Request, Response


@pytest.fixture
def app() -> SandboxApp:
    return make_app()


def assert_error(response: Response, status: int, prop: str | None = None) -> dict[str, Any]:
    assert response.status == status, response.body
    assert response.header("Content-Type") == "application/json"
    body: dict[str, Any] = body_of(response)
    assert validation.validate(body, "ErrorResponse") == [] or "paymentResult" in body
    assert len(body["errorId"]) == 36
    first = body["errors"][0]
    assert first["httpStatusCode"] == status
    assert first["code"] and first["id"] and first["message"] and first["category"]
    if prop is not None:
        assert prop in [e.get("propertyName") for e in body["errors"]], body
    return body


def create(app: SandboxApp, body: Any, **kwargs: Any) -> Response:
    return call(app, "POST", payments_path("payments"), body, **kwargs)


def test_a_valid_request_passes(app: SandboxApp) -> None:
    assert create(app, card_payment()).status == 201


def test_wrong_secret_is_forbidden(app: SandboxApp) -> None:
    assert_error(create(app, card_payment(), secret="not-the-secret"), 403)


def test_unknown_api_key_is_forbidden(app: SandboxApp) -> None:
    assert_error(create(app, card_payment(), key_id="someone-else"), 403)


def test_added_api_key_and_merchant_are_accepted(app: SandboxApp) -> None:
    app.add_api_key("second-key", "second-secret")
    app.add_merchant("second-merchant")
    response = call(
        app,
        "POST",
        "/v2/second-merchant/payments",
        card_payment(),
        key_id="second-key",
        secret="second-secret",
    )
    assert response.status == 201


def test_unknown_merchant_is_forbidden(app: SandboxApp) -> None:
    assert_error(call(app, "POST", "/v2/other/payments", card_payment()), 403)


@pytest.mark.parametrize("minutes", [-16, 16])
def test_date_too_far_from_the_clock_is_forbidden(app: SandboxApp, minutes: int) -> None:
    moment = datetime.now(timezone.utc) + timedelta(minutes=minutes)
    assert_error(create(app, card_payment(), date=moment), 403)


def test_date_within_fifteen_minutes_is_accepted(app: SandboxApp) -> None:
    moment = datetime.now(timezone.utc) - timedelta(minutes=14)
    assert create(app, card_payment(), date=moment).status == 201


def test_date_is_judged_by_the_app_clock() -> None:
    app = make_app(clock=lambda: datetime(2030, 1, 1, tzinfo=timezone.utc))
    assert_error(create(app, card_payment()), 403)
    in_2030 = datetime(2030, 1, 1, 0, 5, tzinfo=timezone.utc)
    assert create(app, card_payment(expiry="1240"), date=in_2030).status == 201
    # the card expiry is judged by the same clock
    assert_error(
        create(app, card_payment(expiry="1229"), date=in_2030),
        400,
        "cardPaymentMethodSpecificInput.card.expiryDate",
    )


def test_missing_authorization_is_forbidden(app: SandboxApp) -> None:
    request = Request(
        "GET",
        BASE + payments_path("services", "testconnection"),
        (("Date", "Mon, 01 Dec 2025 08:30:15 GMT"),),
    )
    assert_error(app.handle(request), 403)


def test_signed_x_gcs_headers_are_part_of_the_signature(app: SandboxApp) -> None:
    request = signed_request(
        "GET",
        payments_path("services", "testconnection"),
        headers=(("X-GCS-ServerMetaInfo", "abc"),),
    )
    assert app.handle(request).status == 200
    headers = tuple(
        (n, "changed" if n == "X-GCS-ServerMetaInfo" else v) for n, v in request.headers
    )
    assert_error(app.handle(Request("GET", request.url, headers)), 403)


def test_unparseable_date_is_forbidden(app: SandboxApp) -> None:
    request = Request(
        "GET",
        BASE + payments_path("services", "testconnection"),
        (("Date", "yesterday"), ("Authorization", "GCS v1HMAC:sandbox-key:x")),
    )
    assert_error(app.handle(request), 403)


def test_unknown_property_is_rejected_with_its_path(app: SandboxApp) -> None:
    body = card_payment()
    body["cardPaymentMethodSpecificInput"]["card"]["colour"] = "blue"
    error = assert_error(create(app, body), 400, "cardPaymentMethodSpecificInput.card.colour")
    # the documentation gives no unknown-property error: the catalogue answers INVALID_VALUE
    assert (error["errors"][0]["code"], error["errors"][0]["id"]) == ("21000020", "INVALID_VALUE")


def test_wrong_type_deep_in_the_body_is_rejected(app: SandboxApp) -> None:
    body = card_payment()
    body["order"]["shoppingCart"] = {"items": [{"amountOfMoney": {"amount": "12"}}]}
    assert_error(create(app, body), 400, "order.shoppingCart.items[0].amountOfMoney.amount")


def test_every_problem_is_reported(app: SandboxApp) -> None:
    body = card_payment()
    body["order"]["amountOfMoney"]["amount"] = 10.5
    body["extra"] = True
    error = assert_error(create(app, body), 400)
    assert {e["propertyName"] for e in error["errors"]} == {"order.amountOfMoney.amount", "extra"}


@pytest.mark.parametrize("missing", ["amount", "currencyCode"])
def test_amount_and_currency_are_required(app: SandboxApp, missing: str) -> None:
    body = card_payment()
    del body["order"]["amountOfMoney"][missing]
    assert_error(create(app, body), 400, f"order.amountOfMoney.{missing}")


def test_unknown_currency_is_rejected(app: SandboxApp) -> None:
    assert_error(create(app, card_payment(currency="EUX")), 400, "order.amountOfMoney.currencyCode")


def test_card_failing_luhn_is_rejected(app: SandboxApp) -> None:
    assert_error(
        create(app, card_payment("4111111111111112")),
        400,
        "cardPaymentMethodSpecificInput.card.cardNumber",
    )


def test_card_of_no_known_brand_is_rejected(app: SandboxApp) -> None:
    assert_error(
        create(app, card_payment("9000000000000008", product_id=None)),
        400,
        "cardPaymentMethodSpecificInput.card.cardNumber",
    )


def test_past_expiry_date_is_rejected(app: SandboxApp) -> None:
    assert_error(
        create(app, card_payment(expiry=past_expiry())),
        400,
        "cardPaymentMethodSpecificInput.card.expiryDate",
    )


@pytest.mark.parametrize("expiry", ["1330", "12/30", "123", "abcd"])
def test_malformed_expiry_date_is_rejected(app: SandboxApp, expiry: str) -> None:
    assert_error(
        create(app, card_payment(expiry=expiry)),
        400,
        "cardPaymentMethodSpecificInput.card.expiryDate",
    )


def test_brand_and_product_mismatch_is_rejected(app: SandboxApp) -> None:
    body = assert_error(
        create(app, card_payment("5555555555554444", product_id=1)),
        400,
        "cardPaymentMethodSpecificInput.card.cardNumber",
    )
    # no documented mismatch error: the catalogue answers the card-number error
    assert body["errors"][0]["code"] == "21000020"
    assert body["errors"][0]["message"] == (
        "VALUE **************** OF FIELD CREDITCARDNUMBER DID NOT PASS THE LUHNCHECK"
    )


def test_brand_is_found_without_product_id(app: SandboxApp) -> None:
    response = create(app, card_payment("378282246310005", product_id=None, cvv="1234"))
    assert response.status == 201
    card_output = body_of(response)["payment"]["paymentOutput"]["cardPaymentMethodSpecificOutput"]
    assert card_output["paymentProductId"] == 2


def test_cvv_length_follows_the_brand(app: SandboxApp) -> None:
    assert_error(
        create(app, card_payment("378282246310005", product_id=2, cvv="123")),
        400,
        "cardPaymentMethodSpecificInput.card.cvv",
    )


def test_malformed_json_is_rejected(app: SandboxApp) -> None:
    assert_error(create(app, None, raw=b"{not json"), 400)


def test_gzip_body_is_accepted(app: SandboxApp) -> None:
    assert create(app, card_payment(), compress=True).status == 201


def test_corrupt_gzip_body_is_rejected(app: SandboxApp) -> None:
    response = call(
        app,
        "POST",
        payments_path("payments"),
        raw=b"\x1f\x8b garbage",
        headers=(("Content-Encoding", "gzip"),),
    )
    assert_error(response, 400)


def test_query_parameter_types_are_checked(app: SandboxApp) -> None:
    assert (
        call(app, "GET", payments_path("products") + "?amount=100&isRecurring=true").status == 200
    )
    assert_error(call(app, "GET", payments_path("products") + "?amount=ten"), 400, "amount")
    assert_error(
        call(app, "GET", payments_path("products") + "?isRecurring=yes"), 400, "isRecurring"
    )


def test_unknown_api_path_is_a_json_404(app: SandboxApp) -> None:
    assert_error(call(app, "GET", payments_path("nothing", "here")), 404)


def test_path_outside_the_api_is_a_plain_404(app: SandboxApp) -> None:
    response = call(app, "GET", "/favicon.ico")
    assert response.status == 404
    assert str(response.header("Content-Type")).startswith("text/plain")


def test_unknown_object_is_a_404(app: SandboxApp) -> None:
    assert_error(call(app, "GET", payments_path("payments", "3000000000_0")), 404)
    assert_error(call(app, "GET", payments_path("tokens", "nope")), 404)


def test_problem_details_for_hosted_fields_sessions(app: SandboxApp) -> None:
    response = call(app, "GET", payments_path("hostedfields", "sessions", "nope"))
    assert response.status == 404
    body = body_of(response)
    assert validation.validate(body, "ProblemDetailsResponse") == []
    assert body["status"] == 404


def test_validator_accepts_conforming_values_and_names_problems() -> None:
    assert validation.validate({"amount": 1, "currencyCode": "EUR"}, "AmountOfMoney") == []
    assert validation.validate({"amount": True}, "AmountOfMoney")[0].path == "amount"
    assert validation.validate([], "AmountOfMoney")[0].kind == "type"
    problems = validation.validate({"creator": "x"}, "ShoppingCartExtension")
    assert {p.path for p in problems if p.kind == "missing"} == {"name", "version"}
    bad_date = validation.validate({"expirationDate": "tomorrow"}, "CreatePaymentLinkRequest")
    assert bad_date[0].kind == "format"
    assert validation.validate({"order": None}, "CreatePaymentRequest") == []


def test_inspection_needs_no_authentication_and_is_read_only(app: SandboxApp) -> None:
    create(app, card_payment(reference="inspect-me"))
    listed = app.handle(Request("GET", BASE + "/_sandbox/payments", ()))
    assert listed.status == 200
    [entry] = json.loads(listed.body)
    assert entry["merchantReference"] == "inspect-me"
    assert (entry["status"], entry["amount"], entry["currencyCode"]) == (
        "PENDING_CAPTURE",
        1000,
        "EUR",
    )
    requests = json.loads(app.handle(Request("GET", BASE + "/_sandbox/requests", ())).body)
    assert requests[-1]["operationId"] == "create_payment"
    assert requests[-1]["status"] == 201
    events = json.loads(app.handle(Request("GET", BASE + "/_sandbox/events", ())).body)
    assert [e["type"] for e in events] == ["payment.created", "payment.pending_capture"]
    assert app.handle(Request("POST", BASE + "/_sandbox/payments", ())).status == 405
