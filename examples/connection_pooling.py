"""Connection pooling: one communicator (one pool of connections) shared by several clients,
each with its own X-GCS-ClientMetaInfo, used from several threads at once.

Run: python examples/connection_pooling.py
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from _connect import target

from opay import Client, Factory
from opay.models import (
    AmountOfMoney,
    Card,
    CardPaymentMethodSpecificInput,
    CreatePaymentRequest,
    Order,
)
from opay_transports.urllib3 import Urllib3Transport


def pay(client: Client, merchant_id: str, amount: int) -> str:
    """Create one payment; its id."""
    created = (
        client.merchant(merchant_id)
        .payments()
        .create_payment(
            CreatePaymentRequest(
                order=Order(amount_of_money=AmountOfMoney(amount=amount, currency_code="EUR")),
                card_payment_method_specific_input=CardPaymentMethodSpecificInput(
                    payment_product_id=1,
                    card=Card(card_number="4330264936344675", cvv="123", expiry_date="1230"),
                ),
            )
        )
    )
    assert created.payment is not None and created.payment.id is not None
    return created.payment.id


def main() -> None:
    with target() as where:
        # One pool of at most 5 connections. From a properties file instead:
        # Factory.create_communicator_from_file("payments_sdk.prp", key_id, secret)
        communicator = Factory.create_communicator_from_configuration(
            where.configuration, transport=Urllib3Transport(max_connections=5)
        )
        with communicator:
            web_shop = Factory.create_client_from_communicator(communicator)
            mobile_app = web_shop.with_client_meta_info('{"platform": "mobile app"}')
            print(
                f"two clients, one communicator: {web_shop.communicator is mobile_app.communicator}"
            )

            with ThreadPoolExecutor(max_workers=10) as threads:
                jobs = [
                    threads.submit(
                        pay, web_shop if n % 2 else mobile_app, where.merchant_id, 100 + n
                    )
                    for n in range(20)
                ]
                ids = [job.result() for job in jobs]
            print(f"created {len(ids)} payments from 10 threads over at most 5 connections")
        # Closing the communicator closed the pool of every client made from it.
        print(f"communicator closed: {communicator.closed}")


if __name__ == "__main__":
    main()
