"""Exactly once under faults: 1,000 ``create_payment`` calls per transport through the sandbox
served over real sockets, with injected drops and server errors before and after the payment
is created, checked against the sandbox's own record of payments.

Each call carries its own ``merchantReference``, so the record tells how many payments each
call created. The proof, per transport:

- every call that returned created exactly one payment, the one it returned;
- no call created two payments;
- every call that raised an opay exception says whether its payment may exist, and a call
  that says "no" created none;
- calling again later with the idempotence key from the exception never creates a second
  payment: the call ends with exactly one.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from reliability_support import (
    ASYNC_TRANSPORTS,
    SYNC_TRANSPORTS,
    AttemptCounter,
    make_transport,
    payment_for,
    payment_id,
)

from opay.client import AsyncClient, Client
from opay.context import CallContext
from opay.exceptions import OpayError
from opay.retry import RetryPolicy
from opay.sandbox import Faults, Sandbox

CALLS = 1000
PHASES = (("before", "before"), ("after", "after"), ("before", "after"), ("after", "before"))
ERROR_RATE = 0.1
DROP_RATE = 0.1
POLICY = RetryPolicy(max_attempts=4, base_delay=0.001, max_delay=0.005, deadline=10.0)


@attrs.define
class Outcome:
    """What one logical call ended with: the payment it returned, or its exception."""

    reference: str
    payment_id: str | None = None
    error: OpayError | None = None


def phases(sb: Sandbox) -> Iterator[list[int]]:
    """Switch the sandbox's faults phase by phase; yields the call numbers of each phase."""
    size = CALLS // len(PHASES)
    for number, (error_mode, drop_mode) in enumerate(PHASES):
        sb.faults = Faults(
            error_rate=ERROR_RATE,
            drop_rate=DROP_RATE,
            error_mode=error_mode,  # type: ignore[arg-type]
            drop_mode=drop_mode,  # type: ignore[arg-type]
            seed=number,
        )
        yield list(range(number * size, (number + 1) * size))
    sb.faults = None


def record(outcome: Outcome, payments: Any) -> None:
    try:
        created = payments.create_payment(payment_for(outcome.reference))
    except OpayError as exc:
        outcome.error = exc
    else:
        outcome.payment_id = payment_id(created)


def check_the_record(
    sb: Sandbox, outcomes: list[Outcome], counter: AttemptCounter
) -> dict[str, str]:
    """Check the calls' outcomes against the sandbox's payments; returns the id of the
    payment of each merchant reference that has one."""
    payments = sb.payments()
    created = Counter(p["merchantReference"] for p in payments)
    assert set(created.values()) <= {1}, "a call created more than one payment"
    assert counter.failures >= 0.10 * counter.attempts, (
        f"only {counter.failures} of {counter.attempts} attempts failed"
    )
    replays = [r for r in sb.app.requests if r["replayed"]]  # type: ignore[attr-defined]
    assert replays, "no failure happened after a payment was created"
    ids = {p["merchantReference"]: p["id"] for p in payments}
    failed = [o for o in outcomes if o.error is not None]
    assert len(failed) < 0.1 * len(outcomes)
    for outcome in outcomes:
        if outcome.error is None:
            assert ids.get(outcome.reference) == outcome.payment_id
        else:
            assert outcome.error.idempotence_key, outcome.error
            if not outcome.error.may_have_taken_effect:
                assert outcome.reference not in ids, outcome.error
    return ids


def check_the_later_retries(
    sb: Sandbox, outcomes: list[Outcome], ids: dict[str, str], later: dict[str, str]
) -> None:
    """Calls retried later with their exception's idempotence key: a payment that existed
    is replayed, not created again; in the end every call has exactly one payment."""
    assert set(later) == {o.reference for o in outcomes if o.error is not None}
    for reference, again in later.items():
        if reference in ids:
            assert again == ids[reference], "the later retry was not a replay"
    final = Counter(p["merchantReference"] for p in sb.payments())
    assert final == Counter(o.reference for o in outcomes)


def later_body_and_context(outcome: Outcome) -> tuple[dict[str, Any], CallContext]:
    assert outcome.error is not None
    return payment_for(outcome.reference), CallContext(outcome.error.idempotence_key)


@pytest.mark.parametrize("name", sorted(SYNC_TRANSPORTS))
def test_every_sync_call_creates_its_payment_at_most_once(name: str) -> None:
    counter = AttemptCounter()
    with (
        Sandbox(seed=1) as sb,
        Client(
            sb.endpoint,
            sb.api_key_id,
            sb.secret_api_key,
            transport=make_transport(SYNC_TRANSPORTS[name]),
            retry=POLICY,
        ) as client,
    ):
        client.enable_logging(counter)
        payments = client.merchant(sb.merchant_id).payments()
        outcomes = [Outcome(f"{name}-{n}") for n in range(CALLS)]
        for numbers in phases(sb):
            for n in numbers:
                record(outcomes[n], payments)
        client.disable_logging()
        ids = check_the_record(sb, outcomes, counter)
        later = {
            o.reference: payment_id(payments.create_payment(*later_body_and_context(o)))
            for o in outcomes
            if o.error is not None
        }
        check_the_later_retries(sb, outcomes, ids, later)


@pytest.mark.parametrize("name", sorted(ASYNC_TRANSPORTS))
async def test_every_async_call_creates_its_payment_at_most_once(name: str) -> None:
    counter = AttemptCounter()
    with Sandbox(seed=1) as sb:
        async with AsyncClient(
            sb.endpoint,
            sb.api_key_id,
            sb.secret_api_key,
            transport=make_transport(ASYNC_TRANSPORTS[name]),
            retry=POLICY,
        ) as client:
            client.enable_logging(counter)
            payments = client.merchant(sb.merchant_id).payments()
            outcomes = [Outcome(f"{name}-{n}") for n in range(CALLS)]

            async def one(outcome: Outcome) -> None:
                try:
                    created = await payments.create_payment(payment_for(outcome.reference))
                except OpayError as exc:
                    outcome.error = exc
                else:
                    outcome.payment_id = payment_id(created)

            for numbers in phases(sb):
                for start in range(0, len(numbers), 25):
                    batch = numbers[start : start + 25]
                    await asyncio.gather(*(one(outcomes[n]) for n in batch))
            client.disable_logging()
            ids = check_the_record(sb, outcomes, counter)
            later: dict[str, str] = {}
            for outcome in outcomes:
                if outcome.error is not None:
                    again = await payments.create_payment(*later_body_and_context(outcome))
                    later[outcome.reference] = payment_id(again)
            check_the_later_retries(sb, outcomes, ids, later)
