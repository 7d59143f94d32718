"""A webhooks endpoint in a Starlette (ASGI) application: served by uvicorn; FastAPI works the
same way. An inbox verifies each request and awaits the handler once per event, however often
it is delivered. The body must be read as bytes (``await request.body()``): the signature
covers the exact bytes received.

Run: python examples/webhooks_starlette.py  (the endpoint is served on 127.0.0.1 and a local
sandbox delivers the events of a payment to it)
"""

from __future__ import annotations

import socket
import tempfile
import threading
from pathlib import Path

import uvicorn
from _webhook_traffic import KEY_ID, SECRET_KEY, send_forged_event, send_payment_events
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from opay.journal import SqliteStore
from opay.models import WebhooksEvent
from opay.webhooks import Inbox, InMemorySecretKeyStore, SignatureValidationException, Webhooks

key_store = InMemorySecretKeyStore()
key_store.store_secret_key(KEY_ID, SECRET_KEY)  # the key id and secret from the Merchant Portal
helper = Webhooks.create_helper(key_store)
# Every receiver process opens the same store (SQLite on one machine; PostgresStore or
# RedisStore for several).
inbox = Inbox(helper, SqliteStore(Path(tempfile.mkdtemp()) / "inbox.db"))
handled: list[WebhooksEvent] = []
acknowledged: list[str] = []


async def handle(event: WebhooksEvent) -> None:
    """The shop's reaction to an event (here: keep it). The inbox awaits it once per event."""
    handled.append(event)
    payment = event.payment
    print(
        f"  {event.type}: payment {payment.id if payment else None} "
        f"{payment.status if payment else None}"
    )


async def webhooks(request: Request) -> Response:
    try:
        receipt = await inbox.areceive(await request.body(), request.headers, handle)
    except SignatureValidationException as exc:
        print(f"  rejected a request: {exc}")
        return Response(status_code=401)
    if not receipt.processed:  # a duplicate, or an event older than one handled: acknowledge
        acknowledged.append(receipt.outcome.value)
    return Response(status_code=204)


app = Starlette(routes=[Route("/webhooks", webhooks, methods=["POST"])])


def main() -> None:
    # In production: `uvicorn webhooks_starlette:app`. Here the server runs in a thread on a
    # socket bound beforehand, so that it accepts connections at once.
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}/webhooks"
    print(f"Starlette endpoint listening at {url}")
    try:
        print("the sandbox delivers the events of a payment:")
        sent = send_payment_events(url, duplicate_rate=1.0)
        print(f"events sent: {sent}, verified and handled: {len(handled)}")
        print(f"redeliveries acknowledged without handling: {len(acknowledged)}")
        print("a request with a forged signature:")
        print(f"  answered HTTP {send_forged_event(url)}")
    finally:
        server.should_exit = True
        thread.join()
        sock.close()


if __name__ == "__main__":
    main()
