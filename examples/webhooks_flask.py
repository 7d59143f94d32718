"""A webhooks endpoint in a Flask (WSGI) application: an inbox verifies each request's
signature, then runs the handler once per event, however often the event is delivered and by
however many processes (they share the inbox's store). Any WSGI framework works the same
way: hand the raw body and the headers to the inbox.

Run: python examples/webhooks_flask.py  (the endpoint is served on 127.0.0.1 and a local
sandbox delivers the events of a payment to it)
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

from _webhook_traffic import KEY_ID, SECRET_KEY, send_forged_event, send_payment_events
from flask import Flask, request
from werkzeug.serving import make_server

from opay.journal import SqliteStore
from opay.models import WebhooksEvent
from opay.webhooks import Inbox, InMemorySecretKeyStore, SignatureValidationException, Webhooks

key_store = InMemorySecretKeyStore()
key_store.store_secret_key(KEY_ID, SECRET_KEY)  # the key id and secret from the Merchant Portal
helper = Webhooks.create_helper(key_store)
# Every receiver process opens the same store (SQLite on one machine; PostgresStore or
# RedisStore for several).
store = SqliteStore(Path(tempfile.mkdtemp()) / "inbox.db")
inbox = Inbox(helper, store)

app = Flask(__name__)
handled: list[WebhooksEvent] = []
acknowledged: list[str] = []


def handle(event: WebhooksEvent) -> None:
    """The shop's reaction to an event (here: keep it). The inbox runs it once per event."""
    handled.append(event)
    payment = event.payment
    print(
        f"  {event.type}: payment {payment.id if payment else None} "
        f"{payment.status if payment else None}"
    )


@app.post("/webhooks")
def webhooks() -> tuple[str, int]:
    try:
        receipt = inbox.receive(request.get_data(), request.headers, handle)
    except SignatureValidationException as exc:
        print(f"  rejected a request: {exc}")
        return "", 401
    if not receipt.processed:  # a duplicate, or an event older than one handled: acknowledge
        acknowledged.append(receipt.outcome.value)
    return "", 204


def main() -> None:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.port}/webhooks"
    print(f"Flask endpoint listening at {url}")
    try:
        print("the sandbox delivers the events of a payment:")
        sent = send_payment_events(url, duplicate_rate=1.0)
        print(f"events sent: {sent}, verified and handled: {len(handled)}")
        print(f"redeliveries acknowledged without handling: {len(acknowledged)}")
        print("a request with a forged signature:")
        print(f"  answered HTTP {send_forged_event(url)}")
    finally:
        server.shutdown()
        thread.join()


if __name__ == "__main__":
    main()
