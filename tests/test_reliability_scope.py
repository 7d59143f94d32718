"""The idempotence scope over real sockets, for every transport and both clients: the sandbox
executes each request and then closes the connection without answering (the answer is lost
after the platform acted), and its record says what happened.

- ``increment_authorization`` (not deduplicated by the platform) is sent once, increments
  once, and raises with ``may_have_taken_effect`` and ``resend_may_act_twice``;
- ``create_payment`` (deduplicated) is resent with the same key and yields exactly one
  payment, the resend being the platform's replay;
- a bad idempotence key raises ValueError before any request reaches the sandbox.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from reliability_support import (
    ASYNC_TRANSPORTS,
    SYNC_TRANSPORTS,
    make_transport,
    payment_for,
    payment_id,
)

from opay.client import AsyncClient, Client
from opay.context import CallContext
from opay.exceptions import CommunicationException
from opay.retry import RetryPolicy
from opay.sandbox import Faults, Sandbox
from opay.transport import Request, Response

POLICY = RetryPolicy(max_attempts=4, base_delay=0.001, max_delay=0.005, deadline=10.0)
INCREMENT = {"amountOfMoney": {"amount": 250, "currencyCode": "EUR"}}
LOSE_EVERY_ANSWER = Faults(drop_rate=1.0, drop_mode="after")
BAD_KEYS = ["", " ", "k" * 41, "clé"]


class LoseFirstAnswer:
    """A communicator logger that turns the sandbox's faults off once an attempt failed: the
    first answer is lost, the next attempts are answered."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def log_request(self, request_id: str, request: Request) -> None:
        pass

    def log_response(
        self, request_id: str, request: Request, response: Response, duration_ms: float
    ) -> None:
        pass

    def log_exception(
        self, request_id: str, request: Request, exception: BaseException, duration_ms: float
    ) -> None:
        self.sandbox.faults = None


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(seed=3) as sb:
        yield sb


def requests_of(sb: Sandbox, operation_id: str) -> list[dict[str, Any]]:
    log: list[dict[str, Any]] = sb.app.requests  # type: ignore[attr-defined]
    return [r for r in log if r["operationId"] == operation_id]


def pre_authorized(reference: str) -> dict[str, Any]:
    body = payment_for(reference)
    body["cardPaymentMethodSpecificInput"]["authorizationMode"] = "PRE_AUTHORIZATION"
    return body


def check_the_increment(sb: Sandbox, error: CommunicationException) -> None:
    assert error.may_have_taken_effect is True
    assert error.resend_may_act_twice is True
    assert error.idempotence_key is None
    assert error.attempts == 1
    assert "increment_authorization may have taken effect" in str(error)
    assert "may act twice" in str(error)
    assert len(requests_of(sb, "increment_authorization")) == 1, "it was resent"
    (payment,) = sb.payments()
    assert payment["amount"] == 1234 + 250, "the increment happened exactly once"


@pytest.mark.parametrize("name", sorted(SYNC_TRANSPORTS))
def test_sync_lost_answers_follow_the_scope(sandbox: Sandbox, name: str) -> None:
    sb = sandbox
    with Client(
        sb.endpoint,
        sb.api_key_id,
        sb.secret_api_key,
        transport=make_transport(SYNC_TRANSPORTS[name]),
        retry=POLICY,
    ) as client:
        merchant = client.merchant(sb.merchant_id)
        authorized = payment_id(merchant.payments().create_payment(pre_authorized("inc")))
        sb.faults = LOSE_EVERY_ANSWER
        with pytest.raises(CommunicationException) as caught:
            merchant.pre_authorization().increment_authorization(authorized, INCREMENT)
        sb.faults = None
        check_the_increment(sb, caught.value)

        for key in BAD_KEYS:
            with pytest.raises(ValueError):
                merchant.payments().create_payment(
                    payment_for("bad"), CallContext(idempotence_key=key)
                )
        assert len(requests_of(sb, "create_payment")) == 1

        client.enable_logging(LoseFirstAnswer(sb))
        sb.faults = LOSE_EVERY_ANSWER
        created = merchant.payments().create_payment(payment_for("once"))
        assert sb.faults is None
        check_the_payment_log(requests_of(sb, "create_payment")[1:])
        assert [p["id"] for p in sb.payments() if p["merchantReference"] == "once"] == [
            payment_id(created)
        ]


def check_the_payment_log(creations: list[dict[str, Any]]) -> None:
    """The lost first attempt and its resend: the same key, the second a replay."""
    assert len(creations) == 2
    first, second = creations
    assert first["idempotenceKey"] and first["idempotenceKey"] == second["idempotenceKey"]
    assert (first["replayed"], second["replayed"]) == (False, True)


@pytest.mark.parametrize("name", sorted(ASYNC_TRANSPORTS))
async def test_async_lost_answers_follow_the_scope(sandbox: Sandbox, name: str) -> None:
    sb = sandbox
    async with AsyncClient(
        sb.endpoint,
        sb.api_key_id,
        sb.secret_api_key,
        transport=make_transport(ASYNC_TRANSPORTS[name]),
        retry=POLICY,
    ) as client:
        merchant = client.merchant(sb.merchant_id)
        authorized = payment_id(await merchant.payments().create_payment(pre_authorized("inc")))
        sb.faults = LOSE_EVERY_ANSWER
        with pytest.raises(CommunicationException) as caught:
            await merchant.pre_authorization().increment_authorization(authorized, INCREMENT)
        sb.faults = None
        check_the_increment(sb, caught.value)

        for key in BAD_KEYS:
            with pytest.raises(ValueError):
                await merchant.payments().create_payment(
                    payment_for("bad"), CallContext(idempotence_key=key)
                )
        assert len(requests_of(sb, "create_payment")) == 1

        client.enable_logging(LoseFirstAnswer(sb))
        sb.faults = LOSE_EVERY_ANSWER
        created = await merchant.payments().create_payment(payment_for("once"))
        assert sb.faults is None
        check_the_payment_log(requests_of(sb, "create_payment")[1:])
        assert [p["id"] for p in sb.payments() if p["merchantReference"] == "once"] == [
            payment_id(created)
        ]
