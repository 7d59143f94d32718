"""The asyncio client on aiohttp: several payments created concurrently over one pool, then
read back concurrently.

Run: python examples/async_aiohttp.py
"""

from __future__ import annotations

import asyncio

from _connect import target

from opay import AsyncClient, Factory
from opay.models import (
    AmountOfMoney,
    Card,
    CardPaymentMethodSpecificInput,
    CreatePaymentRequest,
    Order,
    OrderReferences,
)
from opay_transports.aiohttp import AiohttpTransport


def order(number: int) -> CreatePaymentRequest:
    """A card payment for order ``number``."""
    return CreatePaymentRequest(
        order=Order(
            amount_of_money=AmountOfMoney(amount=1000 + number, currency_code="EUR"),
            references=OrderReferences(merchant_reference=f"async-order-{number}"),
        ),
        card_payment_method_specific_input=CardPaymentMethodSpecificInput(
            payment_product_id=1,
            authorization_mode="SALE",
            card=Card(card_number="4330264936344675", cvv="123", expiry_date="1230"),
        ),
    )


async def pay_all(client: AsyncClient, merchant_id: str, count: int) -> None:
    payments = client.merchant(merchant_id).payments()
    created = await asyncio.gather(*(payments.create_payment(order(n)) for n in range(count)))
    ids = [c.payment.id for c in created if c.payment is not None and c.payment.id is not None]
    print(f"created {len(ids)} payments concurrently")
    fetched = await asyncio.gather(*(payments.get_payment(payment_id) for payment_id in ids))
    for payment in fetched:
        amount = payment.payment_output.amount_of_money if payment.payment_output else None
        print(f"  {payment.id}: {payment.status} {amount.amount if amount else None} EUR cents")


async def main_async() -> None:
    with target() as where:
        # At most 4 connections: the 8 calls of each batch share them.
        transport = AiohttpTransport(max_connections=4, connect_timeout=5, read_timeout=30)
        client = Factory.create_async_client_from_configuration(
            where.configuration, transport=transport
        )
        async with client:
            await pay_all(client, where.merchant_id, count=8)
    print("client closed: the aiohttp session and its connections are released")


def main() -> None:
    asyncio.run(main_async())


if __name__ == "__main__":
    main()
