"""The benchmark harness works end to end; no timing is asserted here.

The benchmarks themselves run with ``make bench``; these tests only check that the canned
messages are platform-shaped, that the benchmark server answers and counts, and that one
short run of one contender produces results of the documented shape.
"""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from benchmarks import payloads, report
from benchmarks.runner import keep_better
from benchmarks.server import ServerProcess
from opay.marshal import from_json_bytes, to_dict
from opay.models import CreatePaymentRequest, CreatePaymentResponse, PaymentResponse

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS: dict[str, Any] = json.loads((ROOT / "opay" / "openapi.json").read_text("utf-8"))[
    "components"
]["schemas"]


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _off_schema(value: object, schema: dict[str, Any], path: str) -> list[str]:
    schema = _resolve(schema)
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        problems = []
        for key, item in value.items():
            if key not in properties:
                problems.append(f"{path}.{key} is not in the API description")
            else:
                problems += _off_schema(item, properties[key], f"{path}.{key}")
        return problems
    if isinstance(value, list):
        return [
            p
            for i, item in enumerate(value)
            for p in _off_schema(item, schema["items"], f"{path}[{i}]")
        ]
    kinds = {"string": (str,), "integer": (int,), "boolean": (bool,), "number": (int, float)}
    wanted = kinds.get(schema.get("type", ""), ())
    wrong_bool = schema.get("type") in ("integer", "number") and isinstance(value, bool)
    if not isinstance(value, wanted) or wrong_bool:
        return [f"{path} is {value!r}, not a {schema.get('type')}"]
    return []


@pytest.mark.parametrize(
    ("message", "schema"),
    [
        (payloads.CREATE_PAYMENT_REQUEST, "CreatePaymentRequest"),
        (payloads.CREATE_PAYMENT_RESPONSE, "CreatePaymentResponse"),
        (payloads.PAYMENT_RESPONSE, "PaymentResponse"),
    ],
)
def test_canned_messages_follow_the_api_description(message: dict[str, Any], schema: str) -> None:
    assert _off_schema(message, {"$ref": schema}, schema) == []


def test_opay_reads_the_canned_messages_without_losing_a_field() -> None:
    request = from_json_bytes(CreatePaymentRequest, payloads.CREATE_PAYMENT_REQUEST_BODY)
    created = from_json_bytes(CreatePaymentResponse, payloads.CREATE_PAYMENT_RESPONSE_BODY)
    payment = from_json_bytes(PaymentResponse, payloads.PAYMENT_RESPONSE_BODY)
    assert to_dict(request) == payloads.CREATE_PAYMENT_REQUEST
    assert to_dict(created) == payloads.CREATE_PAYMENT_RESPONSE
    assert payment.id == payloads.PAYMENT_ID


def _call(
    conn: http.client.HTTPConnection, method: str, path: str, body: bytes = b""
) -> tuple[int, bytes]:
    headers = {"Authorization": "GCS v1HMAC:key:sig"}
    conn.request(method, path, body=body or None, headers=headers)
    response = conn.getresponse()
    return response.status, response.read()


def test_server_answers_the_two_calls_and_counts_connections_and_unsigned_requests() -> None:
    with ServerProcess() as server:
        before = server.stats()
        conn = http.client.HTTPConnection(server.host, server.port, timeout=10)
        try:
            created = _call(
                conn, "POST", payloads.CREATE_PATH, payloads.CREATE_PAYMENT_REQUEST_BODY
            )
            read = _call(conn, "GET", payloads.GET_PATH)
            missing = _call(conn, "GET", "/v2/bench-merchant/unknown")
            conn.request("GET", payloads.GET_PATH)  # no Authorization header
            conn.getresponse().read()
        finally:
            conn.close()
        after = server.stats()
    assert created == (201, payloads.CREATE_PAYMENT_RESPONSE_BODY)
    assert read == (200, payloads.PAYMENT_RESPONSE_BODY)
    assert missing[0] == 404
    assert after["connections"] - before["connections"] == 1
    assert after["requests"] - before["requests"] == 4
    assert after["unsigned"] - before["unsigned"] == 1


def test_one_short_run_writes_results_of_the_documented_shape(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--quick",
            "--only",
            "opay/stdlib",
            "--seconds",
            "0.3",
            "--warmup",
            "0.1",
            "--skip-micro",
            "--skip-imports",
            "--skip-capacity",
            "--no-chart",
            "--output",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads((tmp_path / "latest.json").read_text("utf-8"))
    assert set(results) >= {"meta", "server", "runs", "targets"}
    assert results["meta"]["quick"] is True
    runs = results["runs"]
    assert [(r["contender"], r["concurrency"], r["pool"]) for r in runs] == [
        ("opay/stdlib", 1, 1),
        ("opay/stdlib", 8, 4),
    ]
    for run in runs:
        assert run["errors"] == 0, run["first_error"]
        assert run["requests"] > 0
        assert run["cpu_us_per_request"] > 0
        assert run["requests_per_second"] > 0
        assert 0 < run["latency_us"]["p50"] <= run["latency_us"]["p99"]
        assert run["max_rss_kib"] > 0
        assert 1 <= run["connections_opened"] <= run["pool"]
        assert run["unsigned_requests"] == 0
    names = [t["name"] for t in results["targets"]]
    assert len(names) == 9
    for target in results["targets"]:
        assert target["passed"] in (True, False, None)
    table = (tmp_path / "latest.md").read_text("utf-8")
    assert "| opay/stdlib |" in table


def _run(contender: str, cpu: float, concurrency: int = 1, pool: int = 1, errors: int = 0) -> Any:
    return {
        "contender": contender,
        "concurrency": concurrency,
        "pool": pool,
        "requests": 100,
        "errors": errors,
        "cpu_us_per_request": cpu,
    }


def test_targets_are_ratios_of_the_same_run_with_pass_miss_or_unknown() -> None:
    results: dict[str, Any] = {
        "runs": [
            _run("opay/urllib3", 120.0),
            _run("opay/urllib3+timeout", 125.0),
            _run("raw/urllib3", 100.0),
            _run("sdk/requests", 300.0),
            _run("opay/stdlib", 200.0),
            _run("raw/http.client", 100.0),
            _run("opay/aiohttp", 100.0, errors=1),  # a failed run is never compared
            _run("raw/aiohttp", 100.0),
        ],
        "micro": {
            "opay": dict.fromkeys(report.MARSHAL_OPS, 1.0),
            "sdk": dict.fromkeys(report.MARSHAL_OPS, 2.5),
        },
        "imports": {"opay": 0.05, "sdk": 0.1},
    }
    by_name = {t["name"].split(" (")[0]: t for t in report.targets(results)}
    assert by_name["CPU/request opay/urllib3 / raw/urllib3"]["value"] == pytest.approx(1.2)
    assert by_name["CPU/request opay/urllib3 / raw/urllib3"]["passed"] is True
    assert by_name["CPU/request opay/stdlib / raw/http.client"]["passed"] is False
    assert by_name["CPU/request opay/aiohttp / raw/aiohttp"]["passed"] is None
    assert by_name["CPU/request opay/urllib3"]["value"] == pytest.approx(0.4)
    assert by_name["marshal+unmarshal speed-up over the platform SDK"]["value"] == pytest.approx(
        2.5
    )
    assert by_name["marshal+unmarshal speed-up over the platform SDK"]["passed"] is False
    assert by_name["import opay"]["passed"] is True
    timed = by_name["CPU/request opay/urllib3 with a per-call timeout / raw/urllib3"]
    assert timed["value"] == pytest.approx(1.25) and timed["passed"] is True
    assert [report.verdict(t) for t in report.targets({"runs": []})] == ["n/a"] * 9


def test_repeated_runs_keep_the_least_disturbed_one_but_never_hide_a_failure() -> None:
    kept = keep_better(None, _run("raw/urllib3", 120.0))
    kept = keep_better(kept, _run("raw/urllib3", 100.0))
    assert kept["cpu_us_per_request"] == 100.0
    assert kept["cpu_us_per_request_all"] == [120.0, 100.0]
    failed = keep_better(kept, _run("raw/urllib3", 90.0, errors=2))
    assert failed["errors"] == 2
    assert keep_better(failed, _run("raw/urllib3", 80.0))["errors"] == 2


def test_breakdown_splits_the_extra_cost_between_adapter_and_core() -> None:
    results = {
        "runs": [
            _run("raw/urllib3", 100.0),
            _run("transport/urllib3", 110.0),
            _run("opay/urllib3", 160.0),
        ]
    }
    (row,) = report.breakdown(results)
    assert (row["contender"], row["adapter_extra"], row["core_extra"]) == (
        "opay/urllib3",
        10.0,
        50.0,
    )


def test_threaded_comparison_reports_cpu_and_context_switches_per_request(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from benchmarks import interleave

    interleave.main(["--threads", "2", "--pool", "1", "--blocks", "1", "--pairs", "4"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "2 threads sharing 1 connections, per request:"
    reported = {line.split()[0]: line for line in lines[1:]}
    assert set(reported) == {"raw/urllib3", "transport/urllib3", "opay/urllib3"}
    for line in reported.values():
        assert " µs CPU (" in line and line.endswith(" voluntary context switches")
    assert "(1.00x)" in reported["raw/urllib3"]
