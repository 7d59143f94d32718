"""The sans-IO core with your own HTTP stack: opay builds and signs the request, parses the
response and decides the retries; sending it is up to you (here: the standard library's
urllib).

Run: python examples/sans_io.py
"""

from __future__ import annotations

import urllib.error
import urllib.request
import uuid

from _connect import target

from opay import ApiException, CallContext, CommunicationException, RetryPolicy
from opay.attempts import call_steps, drive
from opay.call import Call
from opay.metadata import server_meta_info
from opay.models import (
    AmountOfMoney,
    Card,
    CardPaymentMethodSpecificInput,
    CreatePaymentRequest,
    CreatePaymentResponse,
    Order,
    PaymentResponse,
)
from opay.operations import OPERATIONS
from opay.request import RequestSettings, build_request
from opay.response import parse_response
from opay.transport import Request, Response


def send(request: Request) -> Response:
    """Any HTTP client will do: send the method, URL, headers and body exactly as built."""
    outgoing = urllib.request.Request(
        request.url, data=request.body or None, headers=dict(request.headers), method=request.method
    )
    try:
        with urllib.request.urlopen(outgoing, timeout=30) as answer:
            return Response(answer.status, list(answer.headers.items()), answer.read())
    except urllib.error.HTTPError as error:  # urllib raises for 4xx/5xx: still a response
        with error:
            return Response(error.code, list(error.headers.items()), error.read())


def main() -> None:
    with target() as where:
        settings = RequestSettings(
            endpoint=where.configuration.api_endpoint,
            api_key_id=where.configuration.api_key_id,
            secret_api_key=where.configuration.secret_api_key,
            server_meta_info=server_meta_info("my own HTTP stack"),
        )
        create_payment = OPERATIONS["create_payment"]
        body = CreatePaymentRequest(
            order=Order(amount_of_money=AmountOfMoney(amount=1234, currency_code="EUR")),
            card_payment_method_specific_input=CardPaymentMethodSpecificInput(
                payment_product_id=1,
                card=Card(card_number="4330264936344675", cvv="123", expiry_date="1230"),
            ),
        )
        context = CallContext(idempotence_key=f"sans-io-{uuid.uuid4().hex}")
        # 1. build: a frozen value with the URL, the signed headers and the JSON body
        request = build_request(
            Call(create_payment, {"merchantId": where.merchant_id}, body, None, context), settings
        )
        print(f"built {request.method} {request.url}")
        print(f"  Authorization: {request.header('Authorization')!s:.28}...")
        # 2. send: with anything
        response = send(request)
        print(f"sent; the platform answered HTTP {response.status}")
        # 3. parse: the response model, or the exception the status and body call for
        created: CreatePaymentResponse = parse_response(
            Call(create_payment, context=context), response
        )
        assert created.payment is not None and created.payment.id is not None
        print(f"parsed: payment {created.payment.id} {created.payment.status}")

        get_payment = OPERATIONS["get_payment"]
        missing = Call(get_payment, {"merchantId": where.merchant_id, "paymentId": "0000000000_0"})
        try:
            parse_response(missing, send(build_request(missing, settings)))
        except ApiException as exc:
            print(f"an unknown payment: {type(exc).__name__} (HTTP {exc.status_code})")

        # 4. or let opay decide the retries too: call_steps yields each attempt's request
        # (and the pauses), takes the answers, and resends only what is safe to resend
        lookup = Call(
            get_payment, {"merchantId": where.merchant_id, "paymentId": created.payment.id}
        )
        found: PaymentResponse = drive(call_steps(lookup, settings, RetryPolicy()), send_or_fail)
        print(f"get_payment with opay's retries: {found.id} {found.status}")


def send_or_fail(request: Request) -> Response:
    """``send``, with what urllib raises told as opay tells it: nothing was sent when the
    connection was refused (safe to resend), otherwise the outcome is unknown."""
    try:
        return send(request)
    except ConnectionRefusedError as exc:
        raise CommunicationException(str(exc), may_have_reached_platform=False) from exc
    except (OSError, urllib.error.URLError) as exc:
        raise CommunicationException(str(exc), may_have_reached_platform=True) from exc


if __name__ == "__main__":
    main()
