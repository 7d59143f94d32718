"""Runs the whole benchmark: server, capacity check, every contender, micro and import times.

``python -m benchmarks [--quick] [--only CONTENDER ...] [--seconds S]``. Each contender run is
its own worker process (see :mod:`benchmarks.worker`), one after the other, against one
benchmark server process; configurations are the outer loop so that an opay contender and
its raw library run next to each other in time. Writes ``latest.json``, ``latest.md`` and
``latest.png`` into the output folder and prints the table and the targets.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import importlib.util
import json
import os
import platform
import subprocess
import sys
import time
from typing import Any

from benchmarks import imports, report
from benchmarks.contenders import ASYNC, SYNC
from benchmarks.server import ServerProcess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUTPUT = os.path.join(ROOT, "benchmarks", "results")
README = os.path.join(ROOT, "benchmarks", "README.md")
TOP_README = os.path.join(ROOT, "README.md")
RESULTS_START = "<!-- latest results: start -->"
RESULTS_END = "<!-- latest results: end -->"

# (concurrency, pool) pairs; a pool larger than the concurrency would behave like one
# equal to it, so those pairs are left out.
FULL_SYNC = [(1, 1), (8, 1), (8, 4), (32, 1), (32, 4), (32, 16)]
FULL_ASYNC = [(1, 1), (16, 1), (16, 4), (16, 16), (64, 1), (64, 4), (64, 16)]
QUICK_SYNC = [(1, 1), (8, 4)]
QUICK_ASYNC = [(1, 1), (16, 4)]

LIBRARIES = (
    "urllib3",
    "httpx",
    "httpx2",
    "aiohttp",
    "requests",
    "onlinepayments-sdk-python3",
    "attrs",
    "cattrs",
    "orjson",
)


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def library_versions() -> dict[str, str]:
    versions = {}
    for name in LIBRARIES:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return versions


def sdk_installed() -> bool:
    return importlib.util.find_spec("onlinepayments") is not None


def _python_module(module: str, *args: str, timeout: float = 600) -> str:
    done = subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
    )
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["(no output)"]
        raise RuntimeError(f"python -m {module} failed: {tail[0]}")
    return done.stdout


def measure_capacity(server: ServerProcess, seconds: float) -> dict[str, Any]:
    before = server.stats()
    result: dict[str, Any] = json.loads(
        _python_module("benchmarks.capacity", "--port", str(server.port), "--seconds", str(seconds))
    )
    after = server.stats()
    served = after["requests"] - before["requests"]
    result["server_cpu_us_per_request"] = (
        (after["cpu_seconds"] - before["cpu_seconds"]) / served * 1e6 if served else 0.0
    )
    return result


def _failed_run(
    contender: str, mode: str, concurrency: int, pool: int, error: str
) -> dict[str, Any]:
    return {
        "contender": contender,
        "library": "",
        "mode": mode,
        "concurrency": concurrency,
        "pool": pool,
        "requests": 0,
        "errors": 1,
        "first_error": error,
        "seconds": 0.0,
        "cpu_seconds": 0.0,
        "cpu_us_per_request": 0.0,
        "requests_per_second": 0.0,
        "latency_us": {"p50": 0.0, "p99": 0.0, "mean": 0.0},
        "max_rss_kib": 0,
    }


def run_contender(
    server: ServerProcess,
    contender: str,
    concurrency: int,
    pool: int,
    seconds: float,
    warmup: float,
) -> dict[str, Any]:
    """One worker process for one contender and configuration, with the server's view."""
    mode = "sync" if contender in SYNC else "async"
    spec = {
        "contender": contender,
        "endpoint": server.endpoint,
        "concurrency": concurrency,
        "pool": pool,
        "seconds": seconds,
        "warmup": warmup,
    }
    before = server.stats()
    try:
        run: dict[str, Any] = json.loads(
            _python_module("benchmarks.worker", json.dumps(spec), timeout=seconds * 10 + 60)
        )
    except (RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
        run = _failed_run(contender, mode, concurrency, pool, str(exc))
    after = server.stats()
    served = after["requests"] - before["requests"]
    server_us = (after["cpu_seconds"] - before["cpu_seconds"]) / served * 1e6 if served else 0.0
    run["connections_opened"] = int(after["connections"] - before["connections"])
    run["unsigned_requests"] = int(after["unsigned"] - before["unsigned"])
    run["server_cpu_us_per_request"] = server_us
    run["server_busy"] = server_us * run["requests_per_second"] / 1e6
    if run["unsigned_requests"] and not run["errors"]:
        run["errors"] = run["unsigned_requests"]
        run["first_error"] = "requests without a v1HMAC Authorization header reached the server"
    return run


def keep_better(kept: dict[str, Any] | None, run: dict[str, Any]) -> dict[str, Any]:
    """Of two runs of the same contender and configuration, the one to report: a failed run
    always (failures are never hidden), else the one with the least CPU per request (the
    least disturbed by the rest of the machine). Every run's CPU per request is listed."""
    if kept is None:
        run["cpu_us_per_request_all"] = [run["cpu_us_per_request"]]
        return run
    every = [*kept["cpu_us_per_request_all"], run["cpu_us_per_request"]]
    if kept["errors"]:
        better = kept
    elif run["errors"]:
        better = run
    else:
        better = run if run["cpu_us_per_request"] < kept["cpu_us_per_request"] else kept
    better["cpu_us_per_request_all"] = every
    return better


def plan(quick: bool, only: list[str], include_sdk: bool) -> list[tuple[str, int, int]]:
    """Every (contender, concurrency, pool) to run, configurations outermost."""
    sync_configs = QUICK_SYNC if quick else FULL_SYNC
    async_configs = QUICK_ASYNC if quick else FULL_ASYNC
    wanted = set(only) if only else {*SYNC, *ASYNC}
    unknown = wanted - {*SYNC, *ASYNC}
    if unknown:
        known = ", ".join(sorted({*SYNC, *ASYNC}))
        raise SystemExit(f"unknown contender(s) {', '.join(sorted(unknown))}; known: {known}")
    if not include_sdk:
        wanted.discard("sdk/requests")
    steps = []
    for configs, names in ((sync_configs, SYNC), (async_configs, ASYNC)):
        for concurrency, pool in configs:
            steps += [(name, concurrency, pool) for name in names if name in wanted]
    return steps


def micro(quick: bool, include_sdk: bool) -> dict[str, Any]:
    sides = ["opay", "sdk"] if include_sdk else ["opay"]
    out: dict[str, Any] = {}
    for side in sides:
        args = ["--quick"] if quick else []
        try:
            out[side] = json.loads(_python_module("benchmarks.micro", side, *args))
        except RuntimeError as exc:
            out[side] = None
            out[f"{side}_error"] = str(exc)
    return out


def import_times(quick: bool, include_sdk: bool) -> dict[str, Any]:
    runs = 5 if quick else 15
    out: dict[str, Any] = {"runs": runs, "statements": dict(imports.STATEMENTS)}
    for name, statement in imports.STATEMENTS.items():
        if name == "sdk" and not include_sdk:
            continue
        try:
            out[name] = imports.best_import_seconds(statement, runs)
        except subprocess.CalledProcessError as exc:
            out[name] = None
            out[f"{name}_error"] = (exc.stderr or "").strip().splitlines()[-1:]
    return out


def headline(table: str) -> str:
    """The project README's share of a results table: the run line, the server's capacity
    and the targets (everything before the per-contender table), then the chart."""
    head = table.split("\n| contender |", 1)[0].rstrip()
    return f"{head}\n\n![Throughput and client CPU per request](benchmarks/results/latest.png)\n"


def update_readme(table: str, path: str = README) -> bool:
    """Put ``table`` between the result markers of the benchmarks' README (if it has them)."""
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError:
        return False
    start, end = text.find(RESULTS_START), text.find(RESULTS_END)
    if start < 0 or end < start:
        return False
    text = text[: start + len(RESULTS_START)] + "\n" + table + text[end:]
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--quick", action="store_true", help="a subset, in under two minutes")
    parser.add_argument("--only", action="append", default=[], metavar="CONTENDER")
    parser.add_argument("--seconds", type=float, help="measured seconds per run")
    parser.add_argument("--warmup", type=float, help="warm-up seconds per run")
    parser.add_argument(
        "--repeat", type=int, help="rounds over every run, keeping the least CPU per request"
    )
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="folder for the results")
    parser.add_argument("--name", default="latest", help="file name stem of the results")
    parser.add_argument("--skip-micro", action="store_true")
    parser.add_argument("--skip-imports", action="store_true")
    parser.add_argument("--skip-capacity", action="store_true")
    parser.add_argument("--no-chart", action="store_true")
    args = parser.parse_args(argv)

    seconds = args.seconds or (0.6 if args.quick else 2.0)
    repeat = args.repeat or (1 if args.quick else 2)
    warmup = args.warmup if args.warmup is not None else (0.2 if args.quick else 0.5)
    include_sdk = sdk_installed()
    if not include_sdk:
        print("note: onlinepayments-sdk-python3 is not installed; the SDK is left out", flush=True)
    steps = plan(args.quick, args.only, include_sdk)
    command = "python -m benchmarks" + (" " + " ".join(argv) if argv else "")
    if argv is None and sys.argv[1:]:
        command = "python -m benchmarks " + " ".join(sys.argv[1:])
    results: dict[str, Any] = {
        "meta": {
            "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "quick": args.quick,
            "command": command,
            "python": platform.python_version(),
            "implementation": platform.python_implementation(),
            "platform": platform.platform(),
            "nproc": os.cpu_count(),
            "cpu_model": cpu_model(),
            "seconds": seconds,
            "warmup": warmup,
            "repeat": repeat,
            "libraries": library_versions(),
        },
        "server": {},
        "runs": [],
    }
    started = time.perf_counter()
    with ServerProcess() as server:
        if not args.skip_capacity:
            capacity = measure_capacity(server, 0.5 if args.quick else 2.0)
            results["server"]["capacity"] = capacity
            print(
                f"server capacity: {capacity['requests_per_second']:,.0f} requests/s "
                f"({capacity['server_cpu_us_per_request']:.1f} µs server CPU per request)",
                flush=True,
            )
        kept: dict[tuple[str, int, int], dict[str, Any]] = {}
        total = len(steps) * repeat
        for index, (contender, concurrency, pool) in enumerate(steps * repeat, 1):
            run = run_contender(server, contender, concurrency, pool, seconds, warmup)
            key = (contender, concurrency, pool)
            kept[key] = keep_better(kept.get(key), run)
            note = f"  ERROR {run['first_error']}" if run["errors"] else ""
            print(
                f"[{index}/{total}] {contender:21} c={concurrency:<3} p={pool:<3} "
                f"{run['requests_per_second']:8,.0f} req/s {run['cpu_us_per_request']:7.0f} µs CPU/req "
                f"p50 {run['latency_us']['p50']:7.0f} µs p99 {run['latency_us']['p99']:8.0f} µs "
                f"conns {run['connections_opened']}{note}",
                flush=True,
            )
        results["runs"] = [kept[step] for step in steps]
    busy = [run["server_busy"] for run in results["runs"] if run["requests"]]
    results["server"]["max_busy"] = max(busy, default=0.0)
    if not args.skip_micro:
        results["micro"] = micro(args.quick, include_sdk)
    if not args.skip_imports:
        results["imports"] = import_times(args.quick, include_sdk)
    results["targets"] = report.targets(results)
    results["breakdown"] = report.breakdown(results)
    results["meta"]["elapsed_seconds"] = time.perf_counter() - started

    os.makedirs(args.output, exist_ok=True)
    stem = os.path.join(args.output, args.name)
    with open(stem + ".json", "w", encoding="utf-8") as handle:
        json.dump(results, handle, indent=2)
        handle.write("\n")
    table = report.markdown(results)
    with open(stem + ".md", "w", encoding="utf-8") as handle:
        handle.write(table)
    if not args.no_chart:
        report.chart(results, stem + ".png")
    full = not (args.quick or args.only or args.seconds or args.repeat or args.warmup is not None)
    if full and os.path.abspath(args.output) == DEFAULT_OUTPUT and args.name == "latest":
        update_readme(table)
        update_readme(headline(table), TOP_README)
    print()
    print(table)
    for line in report.target_lines(results):
        print(line)
    print(
        f"\nwrote {stem}.json, .md{'' if args.no_chart else ', .png'} "
        f"in {results['meta']['elapsed_seconds']:.0f} s"
    )
    return 1 if any(run["errors"] for run in results["runs"]) else 0
