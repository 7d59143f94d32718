"""A guided tour of opay against its local sandbox: ``python -m opay.demo`` (or ``make demo``).

It starts the sandbox on a free local port, plus a small webhook endpoint standing in for
the merchant's, and walks through the everyday flows with a real client over real sockets,
printing what happens:

1. a card payment authorised for later capture (status PENDING_CAPTURE);
2. its capture;
3. a partial refund;
4. a declined card, caught as DeclinedPaymentException;
5. a hosted checkout, whose page the customer would be redirected to;
6. an idempotent retry: the same idempotence key twice gives the same payment back;
7. webhooks received by the merchant and verified with opay's webhooks helper.

Nothing leaves this machine, and no account is needed.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, TextIO

from opay import CallContext, DeclinedPaymentException
from opay.models import (
    AmountOfMoney,
    CapturePaymentRequest,
    Card,
    CardPaymentMethodSpecificInput,
    CreateHostedCheckoutRequest,
    CreatePaymentRequest,
    HostedCheckoutSpecificInput,
    Order,
    OrderReferences,
    RefundRequest,
)
from opay.sandbox import Sandbox, WebhookReceiver
from opay.webhooks import InMemorySecretKeyStore, Webhooks

if TYPE_CHECKING:
    from opay.resources import MerchantClient

WEBHOOK_KEY_ID = "demo-webhook-key"
WEBHOOK_SECRET = "demo-webhook-secret"  # a sandbox secret, shown on purpose
APPROVED_CARD = "4330264936344675"
DECLINED_CARD = "4012003360932265"


def card_payment(card_number: str, amount: int, reference: str) -> CreatePaymentRequest:
    """A card payment authorised now and captured later."""
    return CreatePaymentRequest(
        order=Order(
            amount_of_money=AmountOfMoney(amount=amount, currency_code="EUR"),
            references=OrderReferences(merchant_reference=reference),
        ),
        card_payment_method_specific_input=CardPaymentMethodSpecificInput(
            payment_product_id=1,
            authorization_mode="PRE_AUTHORIZATION",
            card=Card(
                card_number=card_number,
                cardholder_name="Ada Lovelace",
                cvv="123",
                expiry_date="1230",
            ),
        ),
    )


def _euros(amount: int | None) -> str:
    return f"{(amount or 0) / 100:.2f} EUR"


def run(out: TextIO = sys.stdout) -> int:
    """Run every step, writing the transcript to ``out``; returns the exit status."""

    def say(line: str = "") -> None:
        print(line, file=out, flush=True)

    with (
        WebhookReceiver() as receiver,
        Sandbox(
            webhook_url=receiver.url,
            webhook_key_id=WEBHOOK_KEY_ID,
            webhook_secret=WEBHOOK_SECRET,
            webhook_base_delay=0.05,
        ) as sandbox,
        sandbox.client(integrator="opay demo") as client,
    ):
        say("opay demo: the SDK against its local sandbox (nothing leaves this machine)")
        say(f"  sandbox endpoint: {sandbox.endpoint}   merchant: {sandbox.merchant_id}")
        say(f"  webhooks go to:   {receiver.url}")
        merchant = client.merchant(sandbox.merchant_id)
        steps: list[tuple[str, Callable[[], None]]] = [
            ("Card payment", lambda: _payment_capture_refund(merchant, say)),
            ("Declined card", lambda: _declined(merchant, say)),
            ("Hosted checkout", lambda: _hosted_checkout(merchant, say)),
            ("Idempotent retry", lambda: _idempotent_retry(merchant, say)),
            ("Webhooks", lambda: _webhooks(sandbox, receiver, say)),
        ]
        for title, step in steps:
            say()
            say(f"== {title}")
            step()
    say()
    say("Done. Run the sandbox yourself with: python -m opay.sandbox --port 8080")
    return 0


def _payment_capture_refund(merchant: MerchantClient, say: Callable[[str], None]) -> None:
    request = card_payment(APPROVED_CARD, 2500, "order-1001")
    say(f"create_payment: {_euros(2500)} with Visa test card {APPROVED_CARD}")
    created = merchant.payments().create_payment(request)
    payment = created.payment
    assert payment is not None and payment.id is not None
    say(f"  -> payment {payment.id} status {payment.status}")
    capture = merchant.payments().capture_payment(
        payment.id, CapturePaymentRequest(amount=2500, is_final=True)
    )
    say(f"capture_payment: {_euros(2500)}")
    say(f"  -> capture {capture.id} status {capture.status}")
    after = merchant.payments().get_payment(payment.id)
    say(f"get_payment: payment {after.id} status {after.status}")
    refund = merchant.payments().refund_payment(
        payment.id, RefundRequest(amount_of_money=AmountOfMoney(amount=1000, currency_code="EUR"))
    )
    say(f"refund_payment: {_euros(1000)}")
    say(f"  -> refund {refund.id} status {refund.status}")


def _declined(merchant: MerchantClient, say: Callable[[str], None]) -> None:
    say(f"create_payment with the declined test card {DECLINED_CARD}")
    try:
        merchant.payments().create_payment(card_payment(DECLINED_CARD, 1500, "order-1002"))
    except DeclinedPaymentException as exc:
        result = exc.create_payment_result
        payment = result.payment if result is not None else None
        status = payment.status if payment is not None else "?"
        ident = payment.id if payment is not None else "?"
        codes = ", ".join(str(e.error_code or e.code) for e in exc.errors) or "none"
        say(f"  -> DeclinedPaymentException (HTTP {exc.status_code}): payment {ident}")
        say(f"     status {status}, error codes: {codes}")
    else:
        raise RuntimeError("the sandbox accepted a card it documents as declined")


def _hosted_checkout(merchant: MerchantClient, say: Callable[[str], None]) -> None:
    request = CreateHostedCheckoutRequest(
        order=Order(amount_of_money=AmountOfMoney(amount=4200, currency_code="EUR")),
        hosted_checkout_specific_input=HostedCheckoutSpecificInput(
            return_url="https://shop.example/checkout/done"
        ),
    )
    created = merchant.hosted_checkout().create_hosted_checkout(request)
    say(f"create_hosted_checkout: {_euros(4200)}")
    say(f"  -> hosted checkout {created.hosted_checkout_id}")
    say(f"  -> redirect the customer to: {created.redirect_url}")
    status = merchant.hosted_checkout().get_hosted_checkout(str(created.hosted_checkout_id))
    say(f"get_hosted_checkout: status {status.status} (open that URL in a browser to pay)")


def _idempotent_retry(merchant: MerchantClient, say: Callable[[str], None]) -> None:
    key = f"demo-{uuid.uuid4().hex}"
    request = card_payment(APPROVED_CARD, 990, "order-1003")
    say(f"create_payment twice with idempotence key {key}")
    first_context = CallContext(idempotence_key=key)
    first = merchant.payments().create_payment(request, first_context)
    second_context = CallContext(idempotence_key=key)
    second = merchant.payments().create_payment(request, second_context)
    first_id = first.payment.id if first.payment else None
    second_id = second.payment.id if second.payment else None
    say(f"  -> first call:  payment {first_id} ({_replay(first_context)})")
    say(f"  -> second call: payment {second_id} ({_replay(second_context)})")
    verdict = "same payment, not charged twice" if first_id == second_id else "DIFFERENT"
    say(f"  -> {verdict}")


def _replay(context: CallContext) -> str:
    stamp = context.idempotence_request_timestamp
    if stamp is None:
        return "processed now"
    first = datetime.fromtimestamp(stamp / 1000, timezone.utc).isoformat(timespec="seconds")
    return f"replayed; first request at {first}, replay timestamp {stamp}"


def _webhooks(sandbox: Sandbox, receiver: WebhookReceiver, say: Callable[[str], None]) -> None:
    expected = len(sandbox.events())
    assert sandbox.webhooks is not None
    sandbox.webhooks.flush(timeout=10)
    store = InMemorySecretKeyStore()
    store.store_secret_key(WEBHOOK_KEY_ID, WEBHOOK_SECRET)
    helper = Webhooks.create_helper(store)
    accepted = receiver.accepted
    say(f"the sandbox sent {expected} events; the merchant's endpoint accepted {len(accepted)}")
    for received in accepted:
        event = helper.unmarshal(received.body, received.headers)
        subject = event.refund if str(event.type).startswith("refund.") else event.payment
        subject_id = getattr(subject, "id", None)
        subject_status = getattr(subject, "status", None)
        say(f"  verified {event.type}: {subject_id} {subject_status}")
    say(f"  every signature checked with key {WEBHOOK_KEY_ID} (X-GCS-Signature, HMAC-SHA256)")


def main() -> None:
    sys.exit(run())


if __name__ == "__main__":
    main()
