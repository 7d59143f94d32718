"""Proof by crash: a worker killed (SIGKILL) after its ``create_payment`` reached the sandbox
and before the answer came back; a new process finds the call in doubt, resumes it, and the
sandbox holds exactly one payment. Then many workers sharing a journal under the sandbox's
drop and error faults: every call exactly once. With each store."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator

import pytest
from journal_support import StoreSpec, run_worker, start_worker
from reliability_support import payment_for

from opay import CallContext
from opay.journal import Journal, State
from opay.retry import RetryPolicy
from opay.sandbox import Faults, Sandbox, SandboxApp
from opay.transport import Request


class Gate:
    """A sandbox hook that holds the first ``create_payment`` until released."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()
        self._armed = True

    def __call__(self, request: Request) -> None:
        if self._armed and request.method == "POST" and request.url.endswith("/payments"):
            self._armed = False
            self.reached.set()
            self.release.wait(30)


def wait_until(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.01)


@pytest.fixture
def gated() -> Iterator[tuple[Sandbox, Gate]]:
    gate = Gate()
    sandbox = Sandbox(app=SandboxApp(before_handling=gate)).start()
    yield sandbox, gate
    gate.release.set()
    sandbox.stop()


def create_payment_requests(app: SandboxApp) -> list[dict[str, object]]:
    return [r for r in app.requests if r["operationId"] == "create_payment"]


def test_a_killed_worker_call_is_resumed_once(
    store_spec: StoreSpec, gated: tuple[Sandbox, Gate]
) -> None:
    sandbox, gate = gated
    app = sandbox.app
    assert isinstance(app, SandboxApp)
    spec, endpoint = store_spec.to_json(), sandbox.endpoint
    worker = start_worker("pay", spec, endpoint, "order-4711", "ref-4711")
    try:
        assert gate.reached.wait(30), "the worker's create_payment never reached the sandbox"
        journal = Journal(store_spec.open())
        (entry,) = journal.in_doubt()
        assert (entry.operation_id, entry.merchant_id) == ("create_payment", sandbox.merchant_id)
        assert entry.business_key == "order-4711" and entry.state is State.PENDING
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(10)
    finally:
        if worker.poll() is None:
            worker.kill()
        worker.communicate()
    gate.release.set()  # the sandbox now creates the payment; its answer goes nowhere
    wait_until(lambda: len(create_payment_requests(app)) == 1)
    assert len(sandbox.payments()) == 1
    (payment,) = sandbox.payments()

    resumed = run_worker("recover", spec, endpoint)
    assert resumed == {"resumed": [payment["id"]]}
    assert len(sandbox.payments()) == 1
    requests = create_payment_requests(app)
    assert [r["replayed"] for r in requests] == [False, True]
    assert journal.in_doubt() == []

    again = run_worker("pay", spec, endpoint, "order-4711", "ref-4711")
    assert again == {"payment": payment["id"]}
    assert len(sandbox.payments()) == 1
    assert len(create_payment_requests(app)) == 2  # answered from the journal: nothing sent
    journal.close()


def test_a_second_process_waits_for_the_first_ones_outcome(
    store_spec: StoreSpec, gated: tuple[Sandbox, Gate]
) -> None:
    sandbox, gate = gated
    spec, endpoint = store_spec.to_json(), sandbox.endpoint
    first = start_worker("pay", spec, endpoint, "order-1", "ref-1", "20")
    assert gate.reached.wait(30)
    second = start_worker("pay", spec, endpoint, "order-1", "ref-1", "20")
    assert second.stdout is not None
    assert json.loads(second.stdout.readline()) == {"started": True}
    impatient = run_worker("pay", spec, endpoint, "order-1", "ref-1", "0")
    assert impatient == {"error": "CallInProgressError"}
    gate.release.set()
    out_first, _ = first.communicate(timeout=30)
    out_second, _ = second.communicate(timeout=30)
    ids = {json.loads(out.splitlines()[-1])["payment"] for out in (out_first, out_second)}
    assert len(ids) == 1 and len(sandbox.payments()) == 1
    assert isinstance(sandbox.app, SandboxApp)
    assert len(create_payment_requests(sandbox.app)) == 1


@pytest.mark.parametrize("kind", ["redis"])
def test_eight_workers_under_faults_make_every_call_once(
    kind: str, make_spec: Callable[[str], StoreSpec]
) -> None:
    spec = make_spec(kind)
    faults = Faults(error_rate=0.1, drop_rate=0.1, error_mode="after", drop_mode="after", seed=3)
    total, workers = 500, 8
    block = total // (workers // 2)
    with Sandbox(faults=faults) as sandbox:
        # workers i and i + 4 run the same block of business keys at the same time
        started = [
            start_worker(
                "batch", spec.to_json(), sandbox.endpoint, str(block * (i % 4)), str(block)
            )
            for i in range(workers)
        ]
        for worker in started:
            _out, err = worker.communicate(timeout=120)
            assert worker.returncode == 0, err
        journal = Journal(spec.open())
        retry = RetryPolicy(max_attempts=6, base_delay=0.005, max_delay=0.05)
        with sandbox.client(journal=journal, retry=retry) as client:
            for _ in range(20):  # the recovery routine, until nothing is in doubt
                in_doubt = journal.in_doubt()
                if not in_doubt:
                    break
                for entry in in_doubt:
                    with contextlib.suppress(Exception):
                        client.resume(entry)
            assert journal.in_doubt() == []
            # a re-run of any job sends nothing and creates nothing
            rerun = (
                client.merchant(sandbox.merchant_id)
                .payments()
                .create_payment(payment_for("ref-7"), CallContext(business_key="order-7"))
            )
        references = Counter(p["merchantReference"] for p in sandbox.payments())
        assert len(references) == total
        assert set(references.values()) == {1}
        assert rerun.payment is not None
        assert {p["id"]: p["merchantReference"] for p in sandbox.payments()}[
            rerun.payment.id
        ] == "ref-7"
        journal.close()
