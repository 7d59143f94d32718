"""Runs one contender at one concurrency in this process and prints its figures as JSON.

``python -m benchmarks.worker '{"contender": "opay/urllib3", "endpoint": "http://...",
"concurrency": 8, "pool": 4, "seconds": 2.0, "warmup": 0.3}'``

Sync contenders run ``concurrency`` threads sharing one client; async ones run
``concurrency`` tasks on one event loop. Every thread or task repeats create-then-get. After
a warm-up (connections opened, caches filled) all of them start measuring together; the
process's CPU time (all threads, user + system) and the wall time of the measured phase
are divided by the number of HTTP requests completed in it.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import threading
import time
from typing import Any

from benchmarks.contenders import ASYNC, SYNC, AsyncContender, SyncContender


class Spec:
    """What to run, read from the JSON argument."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.contender = str(raw["contender"])
        self.endpoint = str(raw["endpoint"])
        self.concurrency = int(raw["concurrency"])
        self.pool = int(raw["pool"])
        self.seconds = float(raw["seconds"])
        self.warmup = float(raw.get("warmup", 0.3))
        if self.contender not in SYNC and self.contender not in ASYNC:
            known = ", ".join(sorted({*SYNC, *ASYNC}))
            raise ValueError(f"unknown contender {self.contender!r}; known: {known}")
        if self.concurrency < 1 or self.pool < 1 or self.seconds <= 0:
            raise ValueError("concurrency and pool must be >= 1 and seconds > 0")


class Measured:
    """The raw outcome of the measured phase."""

    def __init__(self) -> None:
        self.latencies_ns: list[int] = []
        self.errors = 0
        self.first_error = ""
        self.wall = 0.0
        self.cpu = 0.0
        self.lock = threading.Lock()

    def failed(self, exc: BaseException) -> None:
        with self.lock:
            self.errors += 1
            if not self.first_error:
                self.first_error = f"{type(exc).__name__}: {exc}"


def _percentile(ordered: list[int], fraction: float) -> float:
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))
    return ordered[index] / 1000.0


def run_sync(spec: Spec, contender: SyncContender) -> Measured:
    measured = Measured()
    barrier = threading.Barrier(spec.concurrency + 1)
    stop = threading.Event()
    calls = (contender.create, contender.get)

    def loop() -> None:
        warm_until = time.perf_counter() + spec.warmup
        try:
            while time.perf_counter() < warm_until:
                for call in calls:
                    call()
        except Exception as exc:
            measured.failed(exc)
        barrier.wait()
        mine: list[int] = []
        clock = time.perf_counter_ns
        while not stop.is_set():
            for call in calls:
                start = clock()
                try:
                    call()
                except Exception as exc:
                    measured.failed(exc)
                    continue
                mine.append(clock() - start)
        with measured.lock:
            measured.latencies_ns.extend(mine)

    threads = [threading.Thread(target=loop, daemon=True) for _ in range(spec.concurrency)]
    for thread in threads:
        thread.start()
    barrier.wait()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    time.sleep(spec.seconds)
    stop.set()
    for thread in threads:
        thread.join()
    measured.wall = time.perf_counter() - wall0
    measured.cpu = time.process_time() - cpu0
    contender.close()
    return measured


async def run_async(spec: Spec, contender: AsyncContender) -> Measured:
    measured = Measured()
    ready = 0
    all_ready = asyncio.Event()
    go = asyncio.Event()
    stopped = False
    calls = (contender.create, contender.get)

    async def loop() -> None:
        nonlocal ready
        warm_until = time.perf_counter() + spec.warmup
        try:
            while time.perf_counter() < warm_until:
                for call in calls:
                    await call()
        except Exception as exc:
            measured.failed(exc)
        ready += 1
        if ready == spec.concurrency:
            all_ready.set()
        await go.wait()
        clock = time.perf_counter_ns
        mine = measured.latencies_ns
        while not stopped:
            for call in calls:
                start = clock()
                try:
                    await call()
                except Exception as exc:
                    measured.failed(exc)
                    continue
                mine.append(clock() - start)

    tasks = [asyncio.create_task(loop()) for _ in range(spec.concurrency)]
    await all_ready.wait()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    go.set()
    await asyncio.sleep(spec.seconds)
    stopped = True
    await asyncio.gather(*tasks)
    measured.wall = time.perf_counter() - wall0
    measured.cpu = time.process_time() - cpu0
    await contender.close()
    return measured


def run(spec: Spec) -> dict[str, Any]:
    """Build the contender, measure it, and return its figures."""
    library = ""
    if spec.contender in SYNC:
        sync_contender = SYNC[spec.contender](spec.endpoint, spec.pool)
        library = sync_contender.library
        measured = run_sync(spec, sync_contender)
    else:

        async def main() -> Measured:
            nonlocal library
            async_contender = ASYNC[spec.contender](spec.endpoint, spec.pool)
            library = async_contender.library
            return await run_async(spec, async_contender)

        measured = asyncio.run(main())
    ordered = sorted(measured.latencies_ns)
    requests = len(ordered)
    return {
        "contender": spec.contender,
        "library": library,
        "mode": "sync" if spec.contender in SYNC else "async",
        "concurrency": spec.concurrency,
        "pool": spec.pool,
        "requests": requests,
        "errors": measured.errors,
        "first_error": measured.first_error,
        "seconds": measured.wall,
        "cpu_seconds": measured.cpu,
        "cpu_us_per_request": measured.cpu / requests * 1e6 if requests else 0.0,
        "requests_per_second": requests / measured.wall if measured.wall else 0.0,
        "latency_us": {
            "p50": _percentile(ordered, 0.50),
            "p99": _percentile(ordered, 0.99),
            "mean": sum(ordered) / requests / 1000.0 if requests else 0.0,
        },
        "max_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        raise SystemExit("usage: python -m benchmarks.worker '<json spec>'")
    print(json.dumps(run(Spec(json.loads(args[0])))))


if __name__ == "__main__":
    main()
