"""Concurrency: one synchronous client shared by 32 threads for 10,000 calls, and one
asynchronous client running 500 calls at once, against the sandbox served over sockets.

Each call checks that its answer belongs to it (the payment it created carries its own
merchant reference, and fetching that payment returns it); the server counts the connections
it holds open at once, which never exceed the client's ``max_connections``; after ``close()``
no connection and no file descriptor is left, and no ResourceWarning was issued.
"""

from __future__ import annotations

import asyncio
import gc
import os
import threading
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from reliability_support import AttemptCounter, payment_for, payment_id

from opay.sandbox import Sandbox

THREADS = 32
SYNC_CALLS = 10_000
ASYNC_CALLS = 500
MAX_CONNECTIONS = 8


def open_descriptors() -> int:
    """How many file descriptors this process holds (sockets included)."""
    return len(os.listdir("/proc/self/fd"))


@pytest.fixture
def no_resource_warnings() -> Iterator[None]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        yield
        gc.collect()
    leaks = [w for w in caught if issubclass(w.category, ResourceWarning)]
    assert not leaks, [str(w.message) for w in leaks]


def reference_of(payment: Any) -> str:
    """The merchant reference a payment carries."""
    return str(payment.payment_output.references.merchant_reference)


def check_own_payment(reference: str, created: Any) -> str:
    """The created payment carries the caller's reference; returns its id."""
    assert reference_of(created.payment) == reference
    return payment_id(created)


@pytest.mark.usefixtures("no_resource_warnings")
def test_one_client_shared_by_32_threads() -> None:
    with Sandbox() as sb:
        before = open_descriptors()
        counter = AttemptCounter()
        client = sb.client(max_connections=MAX_CONNECTIONS)
        client.enable_logging(counter)
        payments = client.merchant(sb.merchant_id).payments()
        problems: list[str] = []
        start = threading.Barrier(THREADS)

        def work(thread: int) -> None:
            start.wait()
            try:
                for n in range(thread, SYNC_CALLS // 2, THREADS):  # a create and a get each
                    reference = f"t-{n}"
                    created = payments.create_payment(payment_for(reference))
                    own = check_own_payment(reference, created)
                    fetched = payments.get_payment(own)
                    assert fetched.id == own
                    assert reference_of(fetched) == reference
            except Exception as exc:  # reported below, with the thread that saw it
                problems.append(f"thread {thread}: {exc!r}")

        threads = [threading.Thread(target=work, args=(t,)) for t in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        client.close()

        assert problems == []
        assert counter.failures == 0, counter.errors[:3]
        assert counter.attempts == SYNC_CALLS
        assert len(sb.payments()) == SYNC_CALLS // 2
        assert 1 <= sb.peak_connections <= MAX_CONNECTIONS
        assert sb.wait_for_open_connections(0), f"{sb.open_connections} connections left open"
        assert open_descriptors() == before


@pytest.mark.usefixtures("no_resource_warnings")
async def test_one_async_client_running_500_calls_at_once() -> None:
    with Sandbox() as sb:
        before = open_descriptors()
        counter = AttemptCounter()
        client = sb.async_client(max_connections=MAX_CONNECTIONS)
        client.enable_logging(counter)
        payments = client.merchant(sb.merchant_id).payments()

        async def one(n: int) -> None:
            reference = f"a-{n}"
            created = await payments.create_payment(payment_for(reference))
            own = check_own_payment(reference, created)
            fetched = await payments.get_payment(own)
            assert fetched.id == own
            assert reference_of(fetched) == reference

        await asyncio.gather(*(one(n) for n in range(ASYNC_CALLS)))
        await client.aclose()

        assert counter.failures == 0, counter.errors[:3]
        assert counter.attempts == 2 * ASYNC_CALLS
        assert len(sb.payments()) == ASYNC_CALLS
        assert 1 <= sb.peak_connections <= MAX_CONNECTIONS
        closed = await asyncio.to_thread(sb.wait_for_open_connections, 0)
        assert closed, f"{sb.open_connections} connections left open"
        assert open_descriptors() == before
