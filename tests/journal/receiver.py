"""A webhook receiver process for the inbox tests:
``python tests/journal/receiver.py STORE_SPEC KEY_ID SECRET OUTPUT``.

It serves on a free port of 127.0.0.1 (printed as the JSON line ``{"port": N}``), handles each
POST with an :class:`opay.webhooks.Inbox` on the given store, and appends one line per
delivery to OUTPUT: the outcome and the event id (``processed`` lines are written by the
handler itself). It stops when its standard input closes.
"""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from journal_support import StoreSpec

from opay.models import WebhooksEvent
from opay.webhooks import Inbox, InMemorySecretKeyStore, Webhooks


def main(spec: str, key_id: str, secret: str, output: str) -> None:
    keys = InMemorySecretKeyStore()
    keys.store_secret_key(key_id, secret)
    inbox = Inbox(Webhooks.create_helper(keys), StoreSpec.from_json(spec).open())
    lock = threading.Lock()

    def write(line: str) -> None:
        with lock, open(output, "a", encoding="utf-8") as out:
            out.write(line + "\n")

    def handle(event: WebhooksEvent) -> None:
        write(f"processed {event.id}")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            receipt = inbox.receive(body, dict(self.headers.items()), handle)
            if not receipt.processed:
                write(f"{receipt.outcome.value} {receipt.event.id}")
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(json.dumps({"port": server.server_address[1]}), flush=True)
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main(*sys.argv[1:])
