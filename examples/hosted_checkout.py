"""Hosted Checkout Page: create a checkout, send the customer to its page, and read the
payment once the customer is back on the return URL.

Against the local sandbox, the customer is simulated: the card form is submitted for them.

Run: python examples/hosted_checkout.py
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from _connect import target
from _customer import submit_card

from opay import Factory
from opay.models import (
    AmountOfMoney,
    CreateHostedCheckoutRequest,
    HostedCheckoutSpecificInput,
    Order,
)


def main() -> None:
    with target() as where, Factory.create_client_from_configuration(where.configuration) as client:
        local = where.sandbox is not None
        # the sandbox's stand-in for the shop's page the customer comes back to
        endpoint = where.configuration.api_endpoint
        return_url = f"{endpoint}/_sandbox/return" if local else "https://shop.example/done"
        hosted_checkout = client.merchant(where.merchant_id).hosted_checkout()
        created = hosted_checkout.create_hosted_checkout(
            CreateHostedCheckoutRequest(
                order=Order(amount_of_money=AmountOfMoney(amount=1995, currency_code="EUR")),
                hosted_checkout_specific_input=HostedCheckoutSpecificInput(
                    return_url=return_url, locale="en_GB"
                ),
            )
        )
        checkout_id = created.hosted_checkout_id
        assert checkout_id is not None and created.redirect_url is not None
        print(f"created hosted checkout {checkout_id}")
        print(f"redirect the customer to: {created.redirect_url}")
        # Keep created.returnmac with the order: the return URL carries it back (RETURNMAC).
        if not local:
            print("open that page in a browser and pay; then call get_hosted_checkout")
            return

        back_to = submit_card(created.redirect_url, "4330264936344675")
        returned = parse_qs(urlsplit(back_to).query)
        assert returned["RETURNMAC"] == [created.returnmac], "not the checkout we created"
        print(f"customer paid and came back to {urlsplit(back_to).path} with RETURNMAC")

        status = hosted_checkout.get_hosted_checkout(checkout_id)
        output = status.created_payment_output
        payment = output.payment if output else None
        print(f"get_hosted_checkout: {status.status}")
        print(f"payment {payment.id if payment else None}: {payment.status if payment else None}")


if __name__ == "__main__":
    main()
