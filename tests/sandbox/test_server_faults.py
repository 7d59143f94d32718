"""Fault decisions: seeded, proportional to the rates, limited to API requests."""

from __future__ import annotations

import json

import pytest

from opay.exceptions import CommunicationException
from opay.sandbox.faults import Faults, error_response, with_faults
from opay.transport import Request, Response

API = Request("POST", "http://127.0.0.1:1234/v2/m1/payments", ())


def _outcomes(faults: Faults, n: int) -> list[str]:
    out = []
    for _ in range(n):
        decision = faults.decide(API)
        out.append("error" if decision.error_status else "drop" if decision.drop else "ok")
    return out


def test_same_seed_same_decisions() -> None:
    a = Faults(error_rate=0.3, drop_rate=0.2, seed=42)
    b = Faults(error_rate=0.3, drop_rate=0.2, seed=42)
    c = Faults(error_rate=0.3, drop_rate=0.2, seed=43)
    first = [a.decide(API) for _ in range(50)]
    assert first == [b.decide(API) for _ in range(50)]
    assert first != [c.decide(API) for _ in range(50)]


def test_rates_are_respected_over_many_requests() -> None:
    outcomes = _outcomes(Faults(error_rate=0.25, drop_rate=0.25, seed=7), 4000)
    assert 850 < outcomes.count("error") < 1150
    assert 850 < outcomes.count("drop") < 1150


def test_modes_say_whether_the_operation_runs() -> None:
    before = Faults(error_rate=1.0).decide(API)
    after = Faults(error_rate=1.0, error_mode="after").decide(API)
    drop_after = Faults(drop_rate=1.0, drop_mode="after").decide(API)
    assert before.error_status in (500, 502, 503) and not before.executed
    assert after.error_status in (500, 502, 503) and after.executed
    assert drop_after.drop and drop_after.executed


def test_latency_applies_to_every_api_request() -> None:
    decision = Faults(latency_ms=250).decide(API)
    assert decision.delay_seconds == 0.25
    assert not decision.is_fault


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/_sandbox/payments",
        "http://127.0.0.1/hostedcheckout/abc",
        "http://127.0.0.1/challenge/p1",
        "/v1/old",
    ],
)
def test_only_api_requests_are_touched(url: str) -> None:
    faults = Faults(latency_ms=10, error_rate=0.5, drop_rate=0.5)
    assert not faults.decide(Request("GET", url, ())).is_fault
    assert faults.decide(Request("GET", url, ())).delay_seconds == 0


@pytest.mark.parametrize("status", [500, 502, 503])
def test_injected_errors_are_platform_error_responses(status: int) -> None:
    response = error_response(status)
    body = json.loads(response.body)
    assert response.status == status
    assert response.header("Content-Type") == "application/json"
    assert body["errorId"]
    (error,) = body["errors"]
    assert error["httpStatusCode"] == status
    assert error["code"] and error["id"] and error["message"]
    assert error["category"] in ("DIRECT_PLATFORM_ERROR", "IO_ERROR")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"error_rate": 1.5}, "error_rate"),
        ({"drop_rate": -0.1}, "drop_rate"),
        ({"error_rate": 0.6, "drop_rate": 0.6}, "must not exceed 1"),
        ({"latency_ms": -1}, "latency_ms"),
        ({"error_mode": "during"}, "error_mode"),
        ({"drop_mode": "sometimes"}, "drop_mode"),
    ],
)
def test_bad_settings_name_the_problem(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Faults(**kwargs)  # type: ignore[arg-type]


def test_in_memory_wrapper_sleeps_errors_and_drops() -> None:
    calls: list[Request] = []
    slept: list[float] = []
    current: list[Faults | None] = [Faults(latency_ms=20)]

    def handler(request: Request) -> Response:
        calls.append(request)
        return Response(201, (), b"{}")

    faulty = with_faults(handler, lambda: current[0], sleep=slept.append)
    assert faulty(API).status == 201
    assert slept == [0.02]
    current[0] = Faults(drop_rate=1.0, drop_mode="before")
    with pytest.raises(CommunicationException, match="without answering"):
        faulty(API)
    assert len(calls) == 1
    current[0] = Faults(error_rate=1.0, error_mode="after")
    assert faulty(API).status in (500, 502, 503)
    assert len(calls) == 2
    current[0] = None
    assert faulty(API).status == 201
