"""Authorise now, capture later: a pre-authorisation captured in two parts.

Run: python examples/capture.py
"""

from __future__ import annotations

from _connect import connect

from opay.models import (
    AmountOfMoney,
    CapturePaymentRequest,
    Card,
    CardPaymentMethodSpecificInput,
    CreatePaymentRequest,
    Order,
)


def main() -> None:
    request = CreatePaymentRequest(
        order=Order(amount_of_money=AmountOfMoney(amount=10000, currency_code="EUR")),
        card_payment_method_specific_input=CardPaymentMethodSpecificInput(
            payment_product_id=3,  # MasterCard
            authorization_mode="PRE_AUTHORIZATION",
            card=Card(card_number="5555555555554444", cvv="123", expiry_date="1230"),
        ),
    )
    with connect() as (client, merchant_id):
        merchant = client.merchant(merchant_id)
        created = merchant.payments().create_payment(request)
        assert created.payment is not None and created.payment.id is not None
        payment_id = created.payment.id
        print(f"authorised payment {payment_id}: {created.payment.status}")

        first = merchant.payments().capture_payment(
            payment_id, CapturePaymentRequest(amount=6000, is_final=False)
        )
        print(f"captured 60.00 EUR: capture {first.id} {first.status}")
        last = merchant.payments().capture_payment(
            payment_id, CapturePaymentRequest(amount=4000, is_final=True)
        )
        print(f"captured 40.00 EUR: capture {last.id} {last.status}")

        captures = merchant.captures().get_captures(payment_id).captures or []
        print(f"get_captures: {len(captures)} captures")
        print(f"payment status: {merchant.payments().get_payment(payment_id).status}")


if __name__ == "__main__":
    main()
