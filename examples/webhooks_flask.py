"""A webhooks endpoint in a Flask (WSGI) application: verify each request's signature, then
handle its event. Any WSGI framework works the same way: hand the raw body and the headers
to the webhooks helper.

Run: python examples/webhooks_flask.py  (the endpoint is served on 127.0.0.1 and a local
sandbox delivers the events of a payment to it)
"""

from __future__ import annotations

import threading

from _webhook_traffic import KEY_ID, SECRET_KEY, send_forged_event, send_payment_events
from flask import Flask, request
from werkzeug.serving import make_server

from opay.models import WebhooksEvent
from opay.webhooks import InMemorySecretKeyStore, SignatureValidationException, Webhooks

key_store = InMemorySecretKeyStore()
key_store.store_secret_key(KEY_ID, SECRET_KEY)  # the key id and secret from the Merchant Portal
helper = Webhooks.create_helper(key_store)

app = Flask(__name__)
handled: list[WebhooksEvent] = []


def handle(event: WebhooksEvent) -> None:
    """The shop's reaction to an event (here: keep it). Events may come twice: use event.id."""
    if any(seen.id == event.id for seen in handled):
        return
    handled.append(event)
    payment = event.payment
    print(
        f"  {event.type}: payment {payment.id if payment else None} "
        f"{payment.status if payment else None}"
    )


@app.post("/webhooks")
def webhooks() -> tuple[str, int]:
    try:
        event = helper.unmarshal(request.get_data(), request.headers)
    except SignatureValidationException as exc:
        print(f"  rejected a request: {exc}")
        return "", 401
    handle(event)
    return "", 204


def main() -> None:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.port}/webhooks"
    print(f"Flask endpoint listening at {url}")
    try:
        print("the sandbox delivers the events of a payment:")
        sent = send_payment_events(url)
        print(f"events sent: {sent}, verified and handled: {len(handled)}")
        print("a request with a forged signature:")
        print(f"  answered HTTP {send_forged_event(url)}")
    finally:
        server.shutdown()
        thread.join()


if __name__ == "__main__":
    main()
