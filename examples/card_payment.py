"""A card payment (server-to-server): create it, then read its status.

Run: python examples/card_payment.py  (a local sandbox is started unless OPAY_* are set)
"""

from __future__ import annotations

from _connect import connect

from opay.models import (
    AmountOfMoney,
    Card,
    CardPaymentMethodSpecificInput,
    CreatePaymentRequest,
    Order,
    OrderReferences,
)


def main() -> None:
    request = CreatePaymentRequest(
        order=Order(
            amount_of_money=AmountOfMoney(amount=2980, currency_code="EUR"),
            references=OrderReferences(merchant_reference="order-2001"),
        ),
        card_payment_method_specific_input=CardPaymentMethodSpecificInput(
            payment_product_id=1,  # Visa
            authorization_mode="SALE",  # authorise and capture at once
            card=Card(
                card_number="4330264936344675",
                cardholder_name="Wile E. Coyote",
                cvv="123",
                expiry_date="1230",
            ),
        ),
    )
    with connect() as (client, merchant_id):
        payments = client.merchant(merchant_id).payments()
        created = payments.create_payment(request)
        assert created.payment is not None and created.payment.id is not None
        print(f"created payment {created.payment.id}: {created.payment.status}")

        payment = payments.get_payment(created.payment.id)
        category = payment.status_output.status_category if payment.status_output else None
        print(f"get_payment: status {payment.status}, category {category}")


if __name__ == "__main__":
    main()
