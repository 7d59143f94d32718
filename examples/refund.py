"""Refunds: part of a captured payment, then the list of its refunds. A declined refund is
reported as DeclinedRefundException, with the refund in ``refund_result``.

Run: python examples/refund.py
"""

from __future__ import annotations

from _connect import connect

from opay import DeclinedRefundException
from opay.models import (
    AmountOfMoney,
    Card,
    CardPaymentMethodSpecificInput,
    CreatePaymentRequest,
    Order,
    PaymentReferences,
    RefundRequest,
)


def main() -> None:
    request = CreatePaymentRequest(
        order=Order(amount_of_money=AmountOfMoney(amount=5000, currency_code="EUR")),
        card_payment_method_specific_input=CardPaymentMethodSpecificInput(
            payment_product_id=1,
            authorization_mode="SALE",
            card=Card(card_number="4330264936344675", cvv="123", expiry_date="1230"),
        ),
    )
    with connect() as (client, merchant_id):
        merchant = client.merchant(merchant_id)
        created = merchant.payments().create_payment(request)
        assert created.payment is not None and created.payment.id is not None
        payment_id = created.payment.id
        print(f"payment {payment_id}: {created.payment.status}")

        refund_request = RefundRequest(
            amount_of_money=AmountOfMoney(amount=1500, currency_code="EUR"),
            references=PaymentReferences(merchant_reference="return-2001-1"),
        )
        try:
            refund = merchant.payments().refund_payment(payment_id, refund_request)
        except DeclinedRefundException as exc:
            declined = exc.refund_result
            print(f"refund declined: {declined.status if declined else 'unknown'}")
            return
        print(f"refunded 15.00 EUR: refund {refund.id} {refund.status}")

        refunds = merchant.refunds().get_refunds(payment_id).refunds or []
        print(f"get_refunds: {len(refunds)} refund(s)")


if __name__ == "__main__":
    main()
