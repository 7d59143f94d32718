"""Worker processes for the journal's crash and concurrency tests.

``python tests/journal/worker.py COMMAND STORE_SPEC ENDPOINT ...``; every command prints
JSON lines, the last one its result:

- ``pay SPEC ENDPOINT BUSINESS_KEY REFERENCE [WAIT]``: one ``create_payment`` with the
  business key; prints ``{"started": true}`` first, then the payment id, or the name of the
  exception raised.
- ``recover SPEC ENDPOINT``: the recovery routine: resume every call in doubt.
- ``batch SPEC ENDPOINT FIRST COUNT``: ``create_payment`` for business keys
  ``order-FIRST`` .. ``order-(FIRST+COUNT-1)``, each once; a call that fails stays in the
  journal for the recovery routine.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

from journal_support import StoreSpec
from reliability_support import payment_for

from opay import CallContext, Client
from opay.journal import Journal
from opay.retry import RetryPolicy

API_KEY_ID = "sandbox-key"
SECRET = "sandbox-secret"
MERCHANT = "sandbox-merchant"


def _client(spec: str, endpoint: str, wait: float = 5.0) -> Client:
    journal = Journal(StoreSpec.from_json(spec).open(), wait=wait)
    retry = RetryPolicy(max_attempts=4, base_delay=0.005, max_delay=0.05, deadline=10.0)
    return Client(endpoint, API_KEY_ID, SECRET, journal=journal, retry=retry, read_timeout=10.0)


def _say(value: Any) -> None:
    print(json.dumps(value), flush=True)


def pay(spec: str, endpoint: str, business_key: str, reference: str, wait: str = "5") -> None:
    with _client(spec, endpoint, float(wait)) as client:
        _say({"started": True})
        try:
            created = (
                client.merchant(MERCHANT)
                .payments()
                .create_payment(payment_for(reference), CallContext(business_key=business_key))
            )
        except Exception as exc:
            _say({"error": type(exc).__name__})
            return
        assert created.payment is not None
        _say({"payment": created.payment.id})


def recover(spec: str, endpoint: str) -> None:
    with _client(spec, endpoint) as client:
        assert client.journal is not None
        resumed = []
        for entry in client.journal.in_doubt():
            created = client.resume(entry)
            resumed.append(created.payment.id)
        _say({"resumed": resumed})


def batch(spec: str, endpoint: str, first: str, count: str) -> None:
    failed: Counter[str] = Counter()
    with _client(spec, endpoint, wait=0.5) as client:
        payments = client.merchant(MERCHANT).payments()
        for number in range(int(first), int(first) + int(count)):
            try:
                payments.create_payment(
                    payment_for(f"ref-{number}"), CallContext(business_key=f"order-{number}")
                )
            except Exception as exc:
                failed[type(exc).__name__] += 1
    _say({"failed": dict(failed)})


COMMANDS: dict[str, Callable[..., None]] = {"pay": pay, "recover": recover, "batch": batch}

if __name__ == "__main__":
    COMMANDS[sys.argv[1]](*sys.argv[2:])
