"""What to do with each kind of failure when creating a payment: a declined card, invalid
input, a payment that does not exist, and the platform being unreachable.

Run: python examples/declined_payment.py
"""

from __future__ import annotations

from collections.abc import Callable

from _connect import connect

from opay import (
    ApiException,
    AuthorizationException,
    CommunicationException,
    DeclinedPaymentException,
    IdempotenceException,
    PlatformException,
    ReferenceException,
    ValidationException,
)
from opay.models import (
    AmountOfMoney,
    Card,
    CardPaymentMethodSpecificInput,
    CreatePaymentRequest,
    CreatePaymentResponse,
    Order,
)


def card_payment(card_number: str, currency: str = "EUR") -> CreatePaymentRequest:
    """A payment of 12.00 with ``card_number``."""
    return CreatePaymentRequest(
        order=Order(amount_of_money=AmountOfMoney(amount=1200, currency_code=currency)),
        card_payment_method_specific_input=CardPaymentMethodSpecificInput(
            payment_product_id=1,
            card=Card(card_number=card_number, cvv="123", expiry_date="1230"),
        ),
    )


CreatePayment = Callable[[CreatePaymentRequest], CreatePaymentResponse]


def pay(create_payment: CreatePayment, request: CreatePaymentRequest) -> None:
    """Create a payment, with one answer per kind of failure."""
    try:
        created = create_payment(request)
    except DeclinedPaymentException as exc:
        # The payment exists but was refused by the issuer or acquirer: tell the customer,
        # offer another card. Its id and status are in create_payment_result.
        result = exc.create_payment_result
        payment = result.payment if result else None
        codes = ", ".join(str(error.error_code) for error in exc.errors)
        print(
            f"  declined: payment {payment.id if payment else '?'} "
            f"{payment.status if payment else '?'} (error codes {codes})"
        )
    except ValidationException as exc:
        # The request is wrong: fix the code or the customer's input, do not retry as is.
        for error in exc.errors:
            print(f"  invalid: {error.property_name}: {error.message}")
    except AuthorizationException as exc:
        print(f"  not allowed (check the API key and merchant id): {exc}")
    except IdempotenceException as exc:
        print(f"  the first request with this idempotence key is still running: {exc}")
    except ReferenceException as exc:
        print(f"  an object referred to does not exist or conflicts: {exc}")
    except PlatformException as exc:
        print(f"  the platform or a partner failed; retry later with the same key: {exc}")
    except ApiException as exc:
        print(f"  other API error (HTTP {exc.status_code}): {exc}")
    except CommunicationException as exc:
        # opay has already retried. When may_have_taken_effect is True the payment may exist:
        # resend later with CallContext(idempotence_key=exc.idempotence_key), which cannot
        # charge twice, or look it up by merchant reference.
        print(
            f"  no answer after {exc.attempts} attempts "
            f"(may have taken effect: {exc.may_have_taken_effect}): {exc}"
        )
    else:
        assert created.payment is not None
        print(f"  accepted: payment {created.payment.id} {created.payment.status}")


def main() -> None:
    with connect() as (client, merchant_id):
        merchant = client.merchant(merchant_id)
        for title, request in [
            ("approved card 4330264936344675", card_payment("4330264936344675")),
            ("declined card 4012003360932265", card_payment("4012003360932265")),
            ("insufficient funds 4999000000000013", card_payment("4999000000000013")),
            ("invalid currency code", card_payment("4330264936344675", currency="EURO")),
        ]:
            print(f"{title}:")
            pay(merchant.payments().create_payment, request)
        print("unknown payment id:")
        try:
            merchant.payments().get_payment("0000000000_0")
        except ReferenceException as exc:
            print(f"  not found: HTTP {exc.status_code}, error id {exc.error_id}")


if __name__ == "__main__":
    main()
