"""The payment state machine of the sandbox, driven through the real client in memory."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from sandbox_app_support import BASE, KEY_ID, MERCHANT, SECRET, card_payment, make_app

from opay import Client
from opay.exceptions import DeclinedPaymentException, ReferenceException, ValidationException
from opay.models import CreatePaymentRequest
from opay.sandbox.app import SandboxApp
from opay.sandbox.cards import TEST_CARDS, Outcome
from opay_transports.memory import MemoryTransport


@pytest.fixture
def events() -> list[dict[str, Any]]:
    return []


@pytest.fixture
def app(events: list[dict[str, Any]]) -> SandboxApp:
    return make_app(on_event=events.append)


@pytest.fixture
def client(app: SandboxApp) -> Iterator[Client]:
    with Client(BASE, KEY_ID, SECRET, transport=MemoryTransport(app.handle)) as c:
        yield c


class Operations:
    """Every operation of the merchant's resource clients, by operation id."""

    def __init__(self, client: Client) -> None:
        self._merchant = client.merchant(MERCHANT)

    def __getattr__(self, name: str) -> Any:
        for resource in (
            "payments",
            "captures",
            "refunds",
            "complete",
            "subsequent",
            "pre_authorization",
        ):
            found = getattr(getattr(self._merchant, resource)(), name, None)
            if found is not None:
                return found
        raise AttributeError(name)


@pytest.fixture
def payments(client: Client) -> Any:
    return Operations(client)


def create(payments: Any, **kwargs: Any) -> Any:
    number = kwargs.pop("number", "4111111111111111")
    return payments.create_payment(
        CreatePaymentRequest.from_dictionary(card_payment(number, **kwargs))
    )


def test_authorised_payment_waits_for_capture(payments: Any) -> None:
    created = create(payments)
    payment = created.payment
    assert payment.status == "PENDING_CAPTURE"
    out = payment.status_output
    assert (out.status_code, out.status_category) == (5, "PENDING_MERCHANT")
    assert out.is_authorized and out.is_cancellable and not out.is_refundable
    assert payment.payment_output.amount_of_money.amount == 1000
    assert payment.payment_output.references.merchant_reference == "order-1"
    card_out = payment.payment_output.card_payment_method_specific_output
    assert card_out.payment_product_id == 1
    assert card_out.card.card_number == "411111******1111"
    assert created.merchant_action is None
    fetched = payments.get_payment(payment.id)
    assert fetched.status == "PENDING_CAPTURE"
    assert fetched.id == payment.id


def test_sale_is_captured_at_once(payments: Any) -> None:
    payment = create(payments, mode="SALE").payment
    assert payment.status == "CAPTURED"
    out = payment.status_output
    assert (out.status_code, out.status_category) == (9, "COMPLETED")
    assert out.is_refundable and not out.is_cancellable and not out.is_authorized
    captures = payments.get_captures(payment.id).captures
    assert [c.capture_output.amount_of_money.amount for c in captures] == [1000]


def test_partial_then_final_capture(payments: Any) -> None:
    payment = create(payments, amount=1000).payment
    first = payments.capture_payment(payment.id, {"amount": 300})
    assert first.status == "CAPTURED"
    assert first.capture_output.amount_of_money.amount == 300
    after_first = payments.get_payment(payment.id)
    assert after_first.status == "CAPTURED"
    assert after_first.status_output.is_cancellable  # 700 left to capture
    assert after_first.status_output.is_refundable
    with pytest.raises(ValidationException) as too_much:
        payments.capture_payment(payment.id, {"amount": 701})
    assert too_much.value.errors[0].property_name == "amount"
    payments.capture_payment(payment.id, {"amount": 200, "isFinal": True})
    final = payments.get_payment(payment.id)
    assert not final.status_output.is_cancellable
    assert final.payment_output.amount_paid == 500
    with pytest.raises(ValidationException):
        payments.capture_payment(payment.id, {"amount": 1})
    captures = payments.get_captures(payment.id).captures
    assert [c.capture_output.amount_of_money.amount for c in captures] == [300, 200]
    assert len({c.id for c in captures}) == 2


def test_cancel_authorised_payment(payments: Any) -> None:
    payment = create(payments).payment
    cancelled = payments.cancel_payment(payment.id, {}).payment
    assert cancelled.status == "CANCELLED"
    out = cancelled.status_output
    assert (out.status_code, out.status_category) == (6, "UNSUCCESSFUL")
    assert not out.is_cancellable and not out.is_refundable and not out.is_authorized
    with pytest.raises(ValidationException):
        payments.capture_payment(payment.id, {})
    with pytest.raises(ValidationException):
        payments.cancel_payment(payment.id, {})


def test_partial_refunds_then_full_refund_and_over_refund(payments: Any) -> None:
    payment = create(payments, mode="SALE", amount=1000).payment
    refund = payments.refund_payment(
        payment.id, {"amountOfMoney": {"amount": 400, "currencyCode": "EUR"}}
    )
    assert refund.status == "REFUNDED"
    assert refund.refund_output.amount_of_money.amount == 400
    assert payments.get_payment(payment.id).status == "CAPTURED"
    with pytest.raises(ValidationException) as over:
        payments.refund_payment(
            payment.id, {"amountOfMoney": {"amount": 601, "currencyCode": "EUR"}}
        )
    assert over.value.errors[0].property_name == "amountOfMoney.amount"
    payments.refund_payment(payment.id, {"amountOfMoney": {"amount": 600, "currencyCode": "EUR"}})
    refunded = payments.get_payment(payment.id)
    assert refunded.status == "REFUNDED"
    assert (refunded.status_output.status_code, refunded.status_output.is_refundable) == (8, False)
    refunds = payments.get_refunds(payment.id).refunds
    assert [r.refund_output.amount_of_money.amount for r in refunds] == [400, 600]
    with pytest.raises(ValidationException):
        payments.refund_payment(payment.id, {"amountOfMoney": {"amount": 1, "currencyCode": "EUR"}})


def test_refund_in_another_currency_is_rejected(payments: Any) -> None:
    payment = create(payments, mode="SALE").payment
    with pytest.raises(ValidationException) as wrong:
        payments.refund_payment(payment.id, {"amountOfMoney": {"amount": 1, "currencyCode": "USD"}})
    assert wrong.value.errors[0].property_name == "amountOfMoney.currencyCode"


def test_refund_of_uncaptured_payment_is_rejected(payments: Any) -> None:
    payment = create(payments).payment
    with pytest.raises(ValidationException):
        payments.refund_payment(payment.id, {})


def test_payment_details_list_every_operation(payments: Any) -> None:
    payment = create(payments).payment
    payments.capture_payment(payment.id, {"amount": 1000})
    payments.refund_payment(payment.id, {"amountOfMoney": {"amount": 250, "currencyCode": "EUR"}})
    details = payments.get_payment_details(payment.id)
    kinds = [(op.status, op.amount_of_money.amount) for op in details.operations]
    assert kinds == [("PENDING_CAPTURE", 1000), ("CAPTURED", 1000), ("REFUNDED", 250)]
    assert details.status == "CAPTURED"


@pytest.mark.parametrize(
    "card",
    [c for c in TEST_CARDS if c.outcome in (Outcome.DECLINED, Outcome.INSUFFICIENT_FUNDS)],
    ids=lambda c: c.number,
)
def test_declined_cards_raise_with_the_rejected_payment(
    payments: Any, card: Any, app: SandboxApp
) -> None:
    with pytest.raises(DeclinedPaymentException) as declined:
        create(
            payments,
            number=card.number,
            product_id=card.brand.product_id,
            cvv="1234" if card.brand.cvv_length == 4 else "123",
        )
    assert declined.value.status_code == 402
    result: Any = declined.value.create_payment_result
    assert result is not None
    payment = result.payment
    assert payment.status == "REJECTED"
    assert (payment.status_output.status_code, payment.status_output.status_category) == (
        2,
        "UNSUCCESSFUL",
    )
    assert payment.status_output.errors
    # the declined payment exists on the platform
    assert payments.get_payment(payment.id).status == "REJECTED"
    assert [p["status"] for p in app.payments()] == ["REJECTED"]


def test_three_d_secure_challenge_approved(payments: Any, app: SandboxApp) -> None:
    created = create(
        payments,
        number="4874970686672022",
        threeDSecure={"redirectionData": {"returnUrl": "https://shop.example/back?o=1"}},
    )
    payment = created.payment
    assert payment.status == "REDIRECTED"
    assert (payment.status_output.status_code, payment.status_output.status_category) == (
        46,
        "PENDING_PAYMENT",
    )
    redirect = created.merchant_action.redirect_data
    assert created.merchant_action.action_type == "REDIRECT"
    assert redirect.redirect_url == f"{BASE}/challenge/{payment.id}"
    assert app.challenge(payment.id)["waiting"] is True
    back = app.complete_challenge(payment.id, approve=True)
    parts = urlsplit(back)
    assert (parts.netloc, parts.path) == ("shop.example", "/back")
    query = parse_qs(parts.query)
    assert query["o"] == ["1"]
    assert query["RETURNMAC"] == [redirect.returnmac]
    assert query["paymentId"] == [payment.id]
    assert payments.get_payment(payment.id).status == "PENDING_CAPTURE"
    with pytest.raises(ValueError):
        app.complete_challenge(payment.id, approve=True)


def test_three_d_secure_challenge_failed(payments: Any, app: SandboxApp) -> None:
    payment = create(
        payments,
        number="5130257474533310",
        product_id=3,
        returnUrl="https://shop.example/back",
    ).payment
    app.complete_challenge(payment.id, approve=False)
    assert payments.get_payment(payment.id).status == "REJECTED"


def test_challenge_card_without_return_url_is_a_validation_error(
    payments: Any, app: SandboxApp
) -> None:
    with pytest.raises(ValidationException) as missing:
        create(payments, number="4874970686672022", tokenize=True)
    assert str(missing.value.errors[0].property_name).endswith("returnUrl")
    assert app.payments() == []
    assert app.events == []


def test_complete_payment_after_redirect(payments: Any) -> None:
    payment = create(payments, number="4874970686672022", returnUrl="https://shop.example/").payment
    completed = payments.complete_payment(payment.id, {})
    assert completed.payment.status == "PENDING_CAPTURE"


def test_unknown_payment_is_a_reference_error(payments: Any) -> None:
    with pytest.raises(ReferenceException) as unknown:
        payments.get_payment("3999999999_0")
    assert unknown.value.status_code == 404


def test_tokenize_then_pay_with_the_token(payments: Any, client: Client) -> None:
    first = create(payments, tokenize=True)
    token_id = first.creation_output.token
    assert first.creation_output.is_new_token
    token: Any = client.merchant(MERCHANT).tokens().get_token(token_id)
    assert token.payment_product_id == 1
    assert token.card.data.card_without_cvv.card_number == "411111******1111"
    again = payments.create_payment(
        CreatePaymentRequest.from_dictionary(
            {
                "order": {"amountOfMoney": {"amount": 500, "currencyCode": "EUR"}},
                "cardPaymentMethodSpecificInput": {"token": token_id, "paymentProductId": 1},
            }
        )
    )
    assert again.payment.status == "PENDING_CAPTURE"
    assert again.payment.payment_output.card_payment_method_specific_output.token == token_id
    client.merchant(MERCHANT).tokens().delete_token(token_id)
    with pytest.raises(ReferenceException):
        client.merchant(MERCHANT).tokens().get_token(token_id)


def test_increment_authorization_of_a_pre_authorisation(payments: Any) -> None:
    payment = create(payments, mode="PRE_AUTHORIZATION", amount=1000).payment
    raised = payments.increment_authorization(
        payment.id, {"amountOfMoney": {"amount": 250, "currencyCode": "EUR"}}
    )
    assert raised.payment.payment_output.amount_of_money.amount == 1250
    captured = payments.capture_payment(payment.id, {})
    assert captured.capture_output.amount_of_money.amount == 1250
    final = create(payments).payment
    with pytest.raises(ValidationException):
        payments.increment_authorization(
            final.id, {"amountOfMoney": {"amount": 1, "currencyCode": "EUR"}}
        )


def test_subsequent_payment_reuses_the_card(payments: Any) -> None:
    first = create(payments, mode="SALE", unscheduledCardOnFileSequenceIndicator="first").payment
    later = payments.subsequent_payment(
        first.id,
        {
            "order": {"amountOfMoney": {"amount": 700, "currencyCode": "EUR"}},
            "subsequentcardPaymentMethodSpecificInput": {"subsequentType": "Recurring"},
        },
    )
    assert later.payment.id != first.id
    assert later.payment.status == "PENDING_CAPTURE"
    assert later.payment.payment_output.amount_of_money.amount == 700


def test_webhook_events_follow_the_state(payments: Any, events: list[dict[str, Any]]) -> None:
    payment = create(payments).payment
    payments.capture_payment(payment.id, {})
    payments.refund_payment(payment.id, {})
    types = [e["type"] for e in events]
    assert types == [
        "payment.created",
        "payment.pending_capture",
        "payment.captured",
        "payment.refunded",
    ]
    assert all(e["apiVersion"] == "v1" and e["merchantId"] == MERCHANT for e in events)
    assert len({e["id"] for e in events}) == len(events)
    assert events[2]["payment"]["status"] == "CAPTURED"
    assert events[3]["refund"]["status"] == "REFUNDED"


def test_ids_are_deterministic_for_a_seed() -> None:
    def ids(seed: int) -> list[str]:
        app = make_app(seed=seed)
        with Client(BASE, KEY_ID, SECRET, transport=MemoryTransport(app.handle)) as c:
            p = Operations(c)
            return [create(p).payment.id for _ in range(3)]

    first = ids(7)
    assert first == ids(7)
    assert first != ids(8)
    assert all(len(i) == 12 and i.endswith("_0") and i[:10].isdigit() for i in first)
