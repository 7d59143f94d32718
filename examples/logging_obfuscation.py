"""Logging and obfuscation: the communication with the platform written to Python's logging,
with card numbers, CVVs and secrets obfuscated, and extra rules of your own.

Run: python examples/logging_obfuscation.py
"""

from __future__ import annotations

import io
import logging

from _connect import connect

from opay.log import PythonCommunicatorLogger
from opay.models import (
    AmountOfMoney,
    Card,
    CardPaymentMethodSpecificInput,
    CreatePaymentRequest,
    Order,
    OrderReferences,
)
from opay.obfuscation import BodyObfuscator, keep_end


def main() -> None:
    captured = io.StringIO()
    handler = logging.StreamHandler(captured)
    logger = logging.getLogger("myshop.payments")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)

    with connect() as (client, merchant_id):
        client.enable_logging(
            PythonCommunicatorLogger(
                logger,
                level=logging.DEBUG,
                body_obfuscator=BodyObfuscator().with_rules({"merchantReference": keep_end(4)}),
            )
        )
        client.merchant(merchant_id).payments().create_payment(
            CreatePaymentRequest(
                order=Order(
                    amount_of_money=AmountOfMoney(amount=2500, currency_code="EUR"),
                    references=OrderReferences(merchant_reference="customer-42-order-7788"),
                ),
                card_payment_method_specific_input=CardPaymentMethodSpecificInput(
                    payment_product_id=1,
                    card=Card(card_number="4330264936344675", cvv="123", expiry_date="1230"),
                ),
            )
        )
        client.disable_logging()

    log = captured.getvalue()
    print(log)
    print(f"card number in the log: {'4330264936344675' in log}")
    print(f"merchant reference in the log: {'customer-42-order-7788' in log}")


if __name__ == "__main__":
    main()
