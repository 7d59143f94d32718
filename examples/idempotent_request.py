"""Idempotent requests: a payment whose answer is lost is sent again with the same
idempotence key, and the platform answers with the first outcome instead of charging twice.

Against the local sandbox, the first answer is really lost: the sandbox processes the
payment, then drops the connection (fault injection, mode "after").

Run: python examples/idempotent_request.py
"""

from __future__ import annotations

import time
import uuid

from _connect import target

from opay import CallContext, CommunicationException, Factory, IdempotenceException
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
            card=Card(card_number="4111111111111111", cvv="123", expiry_date="1230"),
        ),
    )
    # One key per logical payment (an order id works well), reused for every attempt.
    key = f"order-{uuid.uuid4()}"
    with target() as where, Factory.create_client_from_configuration(where.configuration) as client:
        payments = client.merchant(where.merchant_id).payments()
        if where.sandbox is not None:
            where.sandbox.faults = Faults(drop_rate=1.0, drop_mode="after")

        result: CreatePaymentResponse | None = None
        for attempt in range(1, 6):
            context = CallContext(idempotence_key=key)
            try:
                result = payments.create_payment(request, context)
            except CommunicationException as exc:
                print(f"attempt {attempt}: no answer ({type(exc).__name__}); sending again")
                if where.sandbox is not None:
                    where.sandbox.faults = None  # the network is back
                continue
            except IdempotenceException:
                print(f"attempt {attempt}: the first attempt is still running; waiting")
                time.sleep(0.5 * attempt)
                continue
            replayed = context.idempotence_request_timestamp
            if replayed is None:
                print(f"attempt {attempt}: processed now")
            else:
                print(
                    f"attempt {attempt}: replayed the first outcome (request timestamp {replayed})"
                )
            break
        assert result is not None and result.payment is not None
        print(f"payment {result.payment.id}: {result.payment.status}")

        if where.sandbox is not None:
            count = len(where.sandbox.payments())
            print(f"payments on the sandbox: {count} (charged once)")


if __name__ == "__main__":
    main()
