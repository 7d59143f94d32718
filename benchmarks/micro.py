"""Microbenchmarks of the per-call work that does not touch the network.

``python -m benchmarks.micro opay|sdk [--quick]`` times, in this process, for one side:

- ``marshal_request``: the create-payment request model to the JSON sent on the wire
  (opay: ``opay.marshal.to_json_bytes``; the platform SDK: its ``DefaultMarshaller.marshal``,
  that is ``to_dictionary()`` and ``json.dumps``);
- ``unmarshal_create_response`` / ``unmarshal_payment_response``: the 201 and 200 bodies to
  models (opay: ``from_json_bytes``; the SDK: ``DefaultMarshaller.unmarshal``, that is
  ``json.loads`` and ``from_dictionary()``). The SDK is handed the body as ``str``, as its
  connection does; opay gets ``bytes``, as its transports do;
- ``sign``: the v1HMAC ``Authorization`` value of the create request (opay:
  ``opay.signing.authorization_header``; the SDK: ``V1HmacAuthenticator.get_authorization``);
- ``calls_in_memory``: the benchmark's two calls (create a payment, then get it) through the
  whole client with the network left out: opay's ``Client`` on a ``MemoryTransport``, the
  SDK's ``Factory`` client on a connection object answering the same canned responses. It is
  each SDK's own CPU cost per pair of calls: everything but the HTTP library.

Each operation is timed with :mod:`timeit`: the loop count is calibrated so that one sample
takes a fixed time, several samples are taken, and the fastest is kept (the least disturbed
by the rest of the machine). Prints one JSON object of seconds per operation.
"""

from __future__ import annotations

import argparse
import json
import time
import timeit
from collections.abc import Callable

from benchmarks import payloads

Operations = dict[str, Callable[[], object]]

_DATE = "Wed, 25 Nov 2026 17:00:00 GMT"
_META = "eyJwbGF0Zm9ybUlkZW50aWZpZXIiOiJiZW5jaCJ9"


def opay_operations() -> Operations:
    from opay.marshal import from_json_bytes, to_json_bytes
    from opay.models import CreatePaymentRequest, CreatePaymentResponse, PaymentResponse
    from opay.signing import authorization_header

    request = from_json_bytes(CreatePaymentRequest, payloads.CREATE_PAYMENT_REQUEST_BODY)
    created = payloads.CREATE_PAYMENT_RESPONSE_BODY
    payment = payloads.PAYMENT_RESPONSE_BODY
    headers = [
        ("Date", _DATE),
        ("X-GCS-ServerMetaInfo", _META),
        ("Content-Type", "application/json"),
    ]
    key_id, secret, path = payloads.API_KEY_ID, payloads.SECRET_API_KEY, payloads.CREATE_PATH
    calls = _opay_calls_in_memory(request)
    return {
        "marshal_request": lambda: to_json_bytes(request),
        "unmarshal_create_response": lambda: from_json_bytes(CreatePaymentResponse, created),
        "unmarshal_payment_response": lambda: from_json_bytes(PaymentResponse, payment),
        "sign": lambda: authorization_header(key_id, secret, "POST", path, headers),
        "calls_in_memory": calls,
    }


def _opay_calls_in_memory(request: object) -> Callable[[], object]:
    import opay
    from opay.transport import Request, Response
    from opay_transports.memory import MemoryTransport

    json_headers = [("Content-Type", "application/json")]
    created = Response(201, json_headers, payloads.CREATE_PAYMENT_RESPONSE_BODY)
    payment = Response(200, json_headers, payloads.PAYMENT_RESPONSE_BODY)

    def answer(sent: Request) -> Response:
        return created if sent.method == "POST" else payment

    client = opay.Client(
        "http://127.0.0.1:1",
        payloads.API_KEY_ID,
        payloads.SECRET_API_KEY,
        transport=MemoryTransport(answer),
    )

    def calls() -> object:
        payments = client.merchant(payloads.MERCHANT_ID).payments()
        payments.create_payment(request)  # type: ignore[arg-type]
        return client.merchant(payloads.MERCHANT_ID).payments().get_payment(payloads.PAYMENT_ID)

    return calls


def _sdk_calls_in_memory(request: object) -> Callable[[], object]:
    from onlinepayments.sdk.communication.connection import Connection
    from onlinepayments.sdk.communicator_configuration import CommunicatorConfiguration
    from onlinepayments.sdk.factory import Factory

    json_headers = {"Content-Type": "application/json"}

    class CannedConnection(Connection):  # type: ignore[misc]
        """Answers the SDK's requests from memory, as the benchmark server would."""

        def get(self, url: object, request_headers: object) -> object:
            return 200, json_headers, [payloads.PAYMENT_RESPONSE_BODY]

        def post(self, url: object, request_headers: object, body: object) -> object:
            return 201, json_headers, [payloads.CREATE_PAYMENT_RESPONSE_BODY]

        def put(self, url: object, request_headers: object, body: object) -> object:
            raise NotImplementedError("the benchmark only creates and gets payments")

        def delete(self, url: object, request_headers: object) -> object:
            raise NotImplementedError("the benchmark only creates and gets payments")

        def close(self) -> None:
            return None

        def enable_logging(self, communicator_logger: object) -> None:
            return None

        def disable_logging(self) -> None:
            return None

        def set_body_obfuscator(self, body_obfuscator: object) -> None:
            return None

        def set_header_obfuscator(self, header_obfuscator: object) -> None:
            return None

    configuration = CommunicatorConfiguration(
        api_endpoint="http://127.0.0.1:1",
        api_key_id=payloads.API_KEY_ID,
        secret_api_key=payloads.SECRET_API_KEY,
        authorization_type="v1HMAC",
        connect_timeout=5,
        socket_timeout=30,
        integrator="opay benchmarks",
    )
    client = Factory.create_client_from_configuration(configuration, connection=CannedConnection())

    def calls() -> object:
        client.merchant(payloads.MERCHANT_ID).payments().create_payment(request)
        return client.merchant(payloads.MERCHANT_ID).payments().get_payment(payloads.PAYMENT_ID)

    return calls


def sdk_operations() -> Operations:
    from urllib.parse import urlparse

    from onlinepayments.sdk.authentication.v1hmac_authenticator import V1HmacAuthenticator
    from onlinepayments.sdk.communication.request_header import RequestHeader
    from onlinepayments.sdk.communicator_configuration import CommunicatorConfiguration
    from onlinepayments.sdk.domain.create_payment_request import CreatePaymentRequest
    from onlinepayments.sdk.domain.create_payment_response import CreatePaymentResponse
    from onlinepayments.sdk.domain.payment_response import PaymentResponse
    from onlinepayments.sdk.json.default_marshaller import DefaultMarshaller

    marshaller = DefaultMarshaller.instance()
    request = CreatePaymentRequest().from_dictionary(payloads.CREATE_PAYMENT_REQUEST)
    created = payloads.CREATE_PAYMENT_RESPONSE_BODY.decode("utf-8")
    payment = payloads.PAYMENT_RESPONSE_BODY.decode("utf-8")
    configuration = CommunicatorConfiguration(
        api_endpoint="http://127.0.0.1:1",
        api_key_id=payloads.API_KEY_ID,
        secret_api_key=payloads.SECRET_API_KEY,
        authorization_type="v1HMAC",
        connect_timeout=5,
        socket_timeout=30,
    )
    authenticator = V1HmacAuthenticator(configuration)
    uri = urlparse("http://127.0.0.1:1" + payloads.CREATE_PATH)
    headers = [
        RequestHeader("Date", _DATE),
        RequestHeader("X-GCS-ServerMetaInfo", _META),
        RequestHeader("Content-Type", "application/json"),
    ]
    return {
        "marshal_request": lambda: marshaller.marshal(request),
        "unmarshal_create_response": lambda: marshaller.unmarshal(created, CreatePaymentResponse),
        "unmarshal_payment_response": lambda: marshaller.unmarshal(payment, PaymentResponse),
        "sign": lambda: authenticator.get_authorization("POST", uri, headers),
        "calls_in_memory": _sdk_calls_in_memory(request),
    }


def best_time(operation: Callable[[], object], sample_seconds: float, samples: int) -> float:
    """Seconds per call: the fastest of ``samples`` timings of a calibrated loop, after the
    operation ran for one sample's time (in a short run the first operation measured was
    otherwise up to twice as slow as the same one measured later)."""
    warm_until = time.perf_counter() + sample_seconds
    while time.perf_counter() < warm_until:
        operation()
    timer = timeit.Timer(operation)
    number = 1
    while True:
        elapsed = timer.timeit(number)
        if elapsed >= sample_seconds / 4:
            break
        number *= 2 if elapsed > 0 else 10
    number = max(1, int(number * sample_seconds / max(elapsed, 1e-9)))
    return min(timer.repeat(repeat=samples, number=number)) / number


def measure(side: str, quick: bool) -> dict[str, float]:
    """Seconds per operation for ``side`` ("opay" or "sdk")."""
    operations = {"opay": opay_operations, "sdk": sdk_operations}[side]()
    sample_seconds, samples = (0.05, 3) if quick else (0.2, 7)
    return {name: best_time(op, sample_seconds, samples) for name, op in operations.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("side", choices=("opay", "sdk"))
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.side, args.quick)))


if __name__ == "__main__":
    main()
