"""Hosted Tokenization Page: the customer types the card into a page of the platform (usually
in an iframe of the shop), the shop gets a token and pays with it, never seeing the card.

Against the local sandbox, the customer is simulated: the card form is submitted for them.

Run: python examples/hosted_tokenization.py
"""

from __future__ import annotations

from _connect import target
from _customer import submit_card

from opay import Factory
from opay.models import (
    AmountOfMoney,
    CardPaymentMethodSpecificInput,
    CreateHostedTokenizationRequest,
    CreatePaymentRequest,
    Order,
)


def main() -> None:
    with target() as where, Factory.create_client_from_configuration(where.configuration) as client:
        merchant = client.merchant(where.merchant_id)
        created = merchant.hosted_tokenization().create_hosted_tokenization(
            CreateHostedTokenizationRequest(ask_consumer_consent=True, locale="en_GB")
        )
        tokenization_id = created.hosted_tokenization_id
        assert tokenization_id is not None and created.hosted_tokenization_url is not None
        print(f"created hosted tokenization {tokenization_id}")
        print(f"show this page in an iframe: {created.hosted_tokenization_url}")
        if where.sandbox is None:
            print("enter a card on that page, then call get_hosted_tokenization")
            return

        submit_card(created.hosted_tokenization_url, "5555555555554444", "Grace Hopper")
        print("customer entered a card on the page")

        tokenization = merchant.hosted_tokenization().get_hosted_tokenization(tokenization_id)
        token = tokenization.token
        assert token is not None and token.id is not None
        print(f"get_hosted_tokenization: {tokenization.token_status}, token {token.id}")

        payment = merchant.payments().create_payment(
            CreatePaymentRequest(
                order=Order(amount_of_money=AmountOfMoney(amount=3500, currency_code="EUR")),
                card_payment_method_specific_input=CardPaymentMethodSpecificInput(
                    token=token.id, payment_product_id=token.payment_product_id
                ),
            )
        )
        assert payment.payment is not None
        print(f"paid with the token: payment {payment.payment.id} {payment.payment.status}")


if __name__ == "__main__":
    main()
