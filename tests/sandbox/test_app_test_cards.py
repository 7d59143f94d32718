"""The platform's test cards through the sandbox, with the sync and the async client: each
card's documented outcome, and what a GET right after a create answers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import pytest
from sandbox_app_support import (
    body_of,
    call,
    card_payment,
    future_expiry,
    make_app,
    payments_path,
    signed_request,
)

from opay.exceptions import DeclinedPaymentException
from opay.sandbox import Sandbox, cards, errors
from opay.sandbox.cards import TEST_CARDS, Outcome, TestCard
from opay.transport import Response

RETURN_URL = "https://shop.example/back"
AUTHORISED = (Outcome.AUTHORISED, Outcome.ATTEMPTED)
CHALLENGED = (Outcome.CHALLENGE, Outcome.CHALLENGE_REJECTED)
REJECTED_AT_ONCE = (
    Outcome.AUTHENTICATION_FAILED,
    Outcome.AUTHENTICATION_REJECTED,
    Outcome.DECLINED,
    Outcome.INSUFFICIENT_FUNDS,
)
PLATFORM_CARDS = [c for c in TEST_CARDS if c.source != cards.SANDBOX_OWN]


def request_for(card: TestCard, cvv: str = "123", **card_input: Any) -> dict[str, Any]:
    return card_payment(
        card.number,
        product_id=card.brand.product_id,
        cvv=cvv,
        threeDSecure={"redirectionData": {"returnUrl": RETURN_URL}},
        **card_input,
    )


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(in_memory=True) as sb:
        yield sb


def status_triple(payment: Any) -> tuple[str, str, int]:
    out = payment.status_output
    return payment.status, out.status_category, out.status_code


def test_every_outcome_has_a_card_and_every_card_a_source() -> None:
    assert {c.outcome for c in TEST_CARDS} == set(Outcome)
    for card in TEST_CARDS:
        assert card.source.startswith(("Test cases", cards.SANDBOX_OWN)), card
    assert len({c.number for c in TEST_CARDS}) == len(TEST_CARDS)
    # keep the sandbox's own cards few and labelled
    own = [c for c in TEST_CARDS if c.source == cards.SANDBOX_OWN]
    assert {c.outcome for c in own} == {Outcome.DECLINED, Outcome.INSUFFICIENT_FUNDS}


@pytest.mark.parametrize("card", TEST_CARDS, ids=lambda c: c.number)
@pytest.mark.parametrize("cvv", ["123", "1234"])
def test_documented_test_cards_pass_every_validation(card: TestCard, cvv: str) -> None:
    # "Use any 3- or 4-digit number for the CVV" and any future expiry date (Test cases)
    checked = cards.check_card(
        {"cardNumber": card.number, "expiryDate": future_expiry(1), "cvv": cvv},
        card.brand.product_id,
        datetime.now(timezone.utc),
        "card",
        cvv_required=True,
    )
    assert checked.brand is card.brand
    # without a paymentProductId the brand is found from the number
    assert cards.check_card_number(card.number, None, "card") is card.brand


@pytest.mark.parametrize("card", TEST_CARDS, ids=lambda c: c.number)
def test_each_test_card_has_its_outcome(sandbox: Sandbox, card: TestCard) -> None:
    with sandbox.client() as client:
        payments = client.merchant(sandbox.merchant_id).payments()
        if card.outcome in REJECTED_AT_ONCE:
            with pytest.raises(DeclinedPaymentException) as declined:
                payments.create_payment(request_for(card))
            result: Any = declined.value.create_payment_result
            payment = result.payment
            assert status_triple(payment) == ("REJECTED", "UNSUCCESSFUL", 2)
            assert payment.status_output.errors
        else:
            created: Any = payments.create_payment(request_for(card))
            payment = created.payment
            if card.outcome in AUTHORISED:
                assert status_triple(payment) == ("PENDING_CAPTURE", "PENDING_MERCHANT", 5)
                assert created.merchant_action is None
            else:
                assert status_triple(payment) == ("REDIRECTED", "PENDING_PAYMENT", 46)
                assert created.merchant_action.action_type == "REDIRECT"
        # a GET right after the create answers the same state
        fetched = payments.get_payment(payment.id)
        assert status_triple(fetched) == status_triple(payment)


@pytest.mark.parametrize("card", TEST_CARDS, ids=lambda c: c.number)
async def test_each_test_card_has_its_outcome_with_the_async_client(
    sandbox: Sandbox, card: TestCard
) -> None:
    async with sandbox.async_client() as client:
        payments = client.merchant(sandbox.merchant_id).payments()
        if card.outcome in REJECTED_AT_ONCE:
            with pytest.raises(DeclinedPaymentException) as declined:
                await payments.create_payment(request_for(card))
            result: Any = declined.value.create_payment_result
            ident = result.payment.id
            expected = ("REJECTED", "UNSUCCESSFUL", 2)
        else:
            created: Any = await payments.create_payment(request_for(card))
            ident = created.payment.id
            expected = (
                ("PENDING_CAPTURE", "PENDING_MERCHANT", 5)
                if card.outcome in AUTHORISED
                else ("REDIRECTED", "PENDING_PAYMENT", 46)
            )
        assert status_triple(await payments.get_payment(ident)) == expected


@pytest.mark.parametrize(
    "card", [c for c in TEST_CARDS if c.outcome in CHALLENGED], ids=lambda c: c.number
)
@pytest.mark.parametrize("approve", [True, False])
def test_challenge_cards_after_the_challenge(
    sandbox: Sandbox, card: TestCard, approve: bool
) -> None:
    with sandbox.client() as client:
        payments = client.merchant(sandbox.merchant_id).payments()
        payment: Any = payments.create_payment(request_for(card)).payment
        results = payment.payment_output.card_payment_method_specific_output
        assert results.three_d_secure_results.authentication_status == "C"
        sandbox.app.complete_challenge(payment.id, approve=approve)
        after: Any = payments.get_payment(payment.id)
        if approve and card.outcome is Outcome.CHALLENGE:
            assert status_triple(after) == ("PENDING_CAPTURE", "PENDING_MERCHANT", 5)
            expected_3ds = "Y"
        else:
            assert status_triple(after) == ("REJECTED", "UNSUCCESSFUL", 2)
            # the issuer of a challenge-rejected card rejects whatever the customer does
            expected_3ds = "R" if card.outcome is Outcome.CHALLENGE_REJECTED else "N"
        three_ds = after.payment_output.card_payment_method_specific_output.three_d_secure_results
        assert three_ds.flow == "challenge"
        assert three_ds.authentication_status == expected_3ds


@pytest.mark.parametrize(
    ("outcome", "status"),
    [
        (Outcome.AUTHORISED, "Y"),
        (Outcome.ATTEMPTED, "A"),
        (Outcome.AUTHENTICATION_FAILED, "N"),
        (Outcome.AUTHENTICATION_REJECTED, "R"),
    ],
)
def test_frictionless_cards_report_their_authentication(
    sandbox: Sandbox, outcome: Outcome, status: str
) -> None:
    for card in (c for c in PLATFORM_CARDS if c.outcome is outcome):
        response = call_create(sandbox, request_for(card))
        payment = body_of(response)["payment"] if response.status == 201 else None
        if payment is None:
            payment = body_of(response)["paymentResult"]["payment"]
        three_ds = payment["paymentOutput"]["cardPaymentMethodSpecificOutput"][
            "threeDSecureResults"
        ]
        assert (three_ds["flow"], three_ds["authenticationStatus"]) == ("frictionless", status)


def handle(sandbox: Sandbox, method: str, path: str, body: Any = None) -> Response:
    return sandbox.app.handle(signed_request(method, path, body))


def call_create(sandbox: Sandbox, body: dict[str, Any]) -> Response:
    return handle(sandbox, "POST", payments_path("payments"), body)


@pytest.mark.parametrize(
    "card", [c for c in TEST_CARDS if not c.outcome.declined], ids=lambda c: c.number
)
def test_skipping_authentication_leaves_only_the_issuer(sandbox: Sandbox, card: TestCard) -> None:
    with sandbox.client() as client:
        payments = client.merchant(sandbox.merchant_id).payments()
        body = request_for(card)
        body["cardPaymentMethodSpecificInput"]["threeDSecure"]["skipAuthentication"] = True
        payment: Any = payments.create_payment(body).payment
        assert status_triple(payment) == ("PENDING_CAPTURE", "PENDING_MERCHANT", 5)
        specific = payment.payment_output.card_payment_method_specific_output
        assert specific.three_d_secure_results is None


@pytest.mark.parametrize("card", TEST_CARDS, ids=lambda c: c.number)
def test_payouts_to_test_cards(sandbox: Sandbox, card: TestCard) -> None:
    response = handle(
        sandbox,
        "POST",
        payments_path("payouts"),
        {
            "amountOfMoney": {"amount": 500, "currencyCode": "EUR"},
            "cardPayoutMethodSpecificInput": {
                "paymentProductId": card.brand.product_id,
                "card": {"cardNumber": card.number, "expiryDate": future_expiry()},
            },
        },
    )
    declined = card.outcome.declined or card.outcome.rejected_by_authentication
    body = body_of(response)
    if declined:
        assert response.status == 402
        payout = body["payoutResult"]
        assert (payout["status"], payout["statusOutput"]["statusCategory"]) == (
            "REJECTED",
            "UNSUCCESSFUL",
        )
    else:
        assert response.status == 201
        payout = body
        assert (payout["status"], payout["statusOutput"]["statusCategory"]) == (
            "ACCOUNT_CREDITED",
            "COMPLETED",
        )
    fetched = body_of(handle(sandbox, "GET", payments_path("payouts", payout["id"])))
    assert fetched["status"] == payout["status"]


# GET right after a create ------------------------------------------------------------------


def test_hosted_checkout_reads_in_progress_with_no_payment_until_the_customer_pays() -> None:
    app = make_app()
    created = body_of(
        call(
            app,
            "POST",
            payments_path("hostedcheckouts"),
            {
                "order": {"amountOfMoney": {"amount": 900, "currencyCode": "EUR"}},
                "hostedCheckoutSpecificInput": {"returnUrl": RETURN_URL},
            },
        )
    )
    path = payments_path("hostedcheckouts", created["hostedCheckoutId"])
    assert body_of(call(app, "GET", path)) == {"status": "IN_PROGRESS"}
    card = {"cardNumber": "4874970686672022", "expiryDate": future_expiry(), "cvv": "123"}
    app.complete_hosted_checkout(created["hostedCheckoutId"], card)
    waiting = body_of(call(app, "GET", path))
    assert waiting["status"] == "PAYMENT_CREATED"
    output = waiting["createdPaymentOutput"]
    assert output["payment"]["status"] == "REDIRECTED"
    assert output["paymentStatusCategory"] == "STATUS_UNKNOWN"
    app.complete_challenge(output["payment"]["id"], approve=True)
    paid = body_of(call(app, "GET", path))["createdPaymentOutput"]
    assert (paid["payment"]["status"], paid["paymentStatusCategory"]) == (
        "PENDING_CAPTURE",
        "SUCCESSFUL",
    )


def test_hosted_tokenization_has_no_token_until_the_customer_submits_a_card() -> None:
    app = make_app()
    created = body_of(call(app, "POST", payments_path("hostedtokenizations"), {}))
    path = payments_path("hostedtokenizations", created["hostedTokenizationId"])
    before = call(app, "GET", path)
    assert (before.status, body_of(before)) == (200, {})  # the session, with no token yet
    card = {"cardNumber": "4330264936344675", "expiryDate": future_expiry(), "cvv": "1234"}
    app.complete_hosted_tokenization(created["hostedTokenizationId"], card)
    assert body_of(call(app, "GET", path))["tokenStatus"] == "CREATED"
    with pytest.raises(ValueError, match="already been saved"):
        app.complete_hosted_tokenization(created["hostedTokenizationId"], card)
    again = body_of(call(app, "POST", payments_path("hostedtokenizations"), {}))
    app.complete_hosted_tokenization(again["hostedTokenizationId"], card)
    path = payments_path("hostedtokenizations", again["hostedTokenizationId"])
    assert body_of(call(app, "GET", path))["tokenStatus"] == "UNCHANGED"


def test_captures_refunds_links_and_mandates_right_after_their_create() -> None:
    app = make_app()
    payment = body_of(call(app, "POST", payments_path("payments"), card_payment()))["payment"]
    capture = body_of(call(app, "POST", payments_path("payments", payment["id"], "capture"), {}))
    assert (capture["status"], capture["statusOutput"]["statusCode"]) == ("CAPTURED", 9)
    (listed,) = body_of(call(app, "GET", payments_path("payments", payment["id"], "captures")))[
        "captures"
    ]
    assert listed["status"] == "CAPTURED"
    refund = body_of(call(app, "POST", payments_path("payments", payment["id"], "refund"), {}))
    assert (refund["status"], refund["statusOutput"]["statusCategory"]) == (
        "REFUNDED",
        "REFUNDED",
    )
    after = body_of(call(app, "GET", payments_path("payments", payment["id"])))
    assert (after["status"], after["statusOutput"]["statusCode"]) == ("REFUNDED", 8)
    link = body_of(
        call(
            app,
            "POST",
            payments_path("paymentlinks"),
            {"order": {"amountOfMoney": {"amount": 100, "currencyCode": "EUR"}}},
        )
    )
    fetched = body_of(call(app, "GET", payments_path("paymentlinks", link["paymentLinkId"])))
    assert fetched["status"] == link["status"] == "ACTIVE"
    mandate = body_of(
        call(
            app,
            "POST",
            payments_path("mandates"),
            {
                "customer": {
                    "bankAccountIban": {"iban": "NL91ABNA0417164300"},
                    "personalInformation": {"name": {"firstName": "Wile", "surname": "Coyote"}},
                    "mandateAddress": {
                        "city": "Amsterdam",
                        "countryCode": "NL",
                        "street": "Damrak",
                        "zip": "1012LG",
                    },
                },
                "recurrenceType": "RECURRING",
            },
        )
    )["mandate"]
    got = body_of(call(app, "GET", payments_path("mandates", mandate["uniqueMandateReference"])))
    assert got["mandate"]["status"] == mandate["status"] == "ACTIVE"
    # an illegal transition answers the wrong-state error the handlers use
    unblock = call(
        app, "POST", payments_path("mandates", mandate["uniqueMandateReference"], "unblock")
    )
    wrong_state = errors.wrong_state("")
    assert unblock.status == wrong_state.status
    assert body_of(unblock)["errors"][0]["id"] == wrong_state.errors[0].code.id
