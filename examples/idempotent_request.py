"""Idempotent requests: a payment whose answer is lost is sent again with the same
idempotence key, and the platform answers with the first outcome instead of charging twice.

opay already does this by itself: a POST without a key gets one generated, and a lost answer
is retried with that key (RetryPolicy: 3 attempts within 30 s by default). When the network
stays down longer than that, the call raises CommunicationException, which says whether the
payment may exist and which key to send it again with later.

Against the local sandbox, the answers are really lost: the sandbox processes the payment,
then drops the connection (fault injection, mode "after").

Run: python examples/idempotent_request.py
"""

from __future__ import annotations

import uuid

from _connect import target

from opay import CallContext, CommunicationException, Factory
from opay.models import (
    AmountOfMoney,
    Card,
    CardPaymentMethodSpecificInput,
    CreatePaymentRequest,
    CreatePaymentResponse,
    Order,
)
from opay.sandbox import Faults


def main() -> None:
    request = CreatePaymentRequest(
        order=Order(amount_of_money=AmountOfMoney(amount=4999, currency_code="EUR")),
        card_payment_method_specific_input=CardPaymentMethodSpecificInput(
            payment_product_id=1,
            card=Card(card_number="4330264936344675", cvv="123", expiry_date="1230"),
        ),
    )
    # One key per logical payment (an order id works well), kept with the order.
    key = f"order-{uuid.uuid4().hex}"
    with target() as where, Factory.create_client_from_configuration(where.configuration) as client:
        payments = client.merchant(where.merchant_id).payments()
        if where.sandbox is not None:
            where.sandbox.faults = Faults(drop_rate=1.0, drop_mode="after")  # the network fails

        result: CreatePaymentResponse | None = None
        try:
            result = payments.create_payment(request, CallContext(idempotence_key=key))
        except CommunicationException as exc:
            print(
                f"first call: no answer after {exc.attempts} attempts; "
                f"may have taken effect: {exc.may_have_taken_effect}"
            )
            print(f"  resend later with idempotence key {exc.idempotence_key}")
            if where.sandbox is not None:
                where.sandbox.faults = None  # the network is back

        if result is None:
            context = CallContext(idempotence_key=key)
            result = payments.create_payment(request, context)
            replayed = context.idempotence_request_timestamp
            if replayed is None:
                print("second call: processed now")
            else:
                print(f"second call: replayed the first outcome (request timestamp {replayed})")
        assert result.payment is not None
        print(f"payment {result.payment.id}: {result.payment.status}")
        if where.sandbox is not None:
            count = len(where.sandbox.payments())
            print(f"payments on the sandbox: {count} (charged once)")

        # Without a key of your own, opay generates one for the call's retries and says which.
        context = CallContext()
        payments.create_payment(request, context)
        print(
            f"a call without a key was sent with the generated key {context.sent_idempotence_key}"
        )


if __name__ == "__main__":
    main()
