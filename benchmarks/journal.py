"""What the journal adds to each deduplicated call: CPU and latency, per store, beside opay
without a journal, in the same run.

``python -m benchmarks.journal [--blocks N] [--calls N] [--postgres DSN] [--redis URL]``

Starts the benchmark server (canned answers, :mod:`benchmarks.server`) and measures, in this
process, ``create_payment`` through opay's client on its default urllib3 transport:

- ``none``: without a journal;
- ``sqlite``, ``postgres``, ``redis``: with a :class:`~opay.journal.Journal` on that store,
  every call with its own business key (one claim and one completion); ``sqlite`` is the
  default ``synchronous="NORMAL"``, ``sqlite-full`` and ``sqlite-off`` the other settings;
- ``no-store``: the journal on a store that keeps nothing (every claim wins), to tell the
  journal's own work (request digest, keys, entries) from its store's.

Blocks of each variant alternate and medians are reported: CPU µs per call of this process
(``time.process_time``) and wall µs per call. The database servers' own CPU is not in the
CPU column (it is in the latency). Without ``--postgres``/``--redis`` throwaway servers are
started (Debian's postgresql and redis-server, as for the tests); a store that cannot be
opened is reported and left out.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks import payloads
from benchmarks.server import ServerProcess

Call = Callable[[], object]
_SERVERS = Path(__file__).resolve().parent.parent / "tests" / "journal" / "servers.py"


def _servers_module() -> ModuleType:
    """The tests' throwaway-server helper (tests/journal/servers.py)."""
    spec = importlib.util.spec_from_file_location("journal_test_servers", _SERVERS)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {_SERVERS}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


class _NoStore:
    """A journal store that keeps nothing: what the journal costs without its store."""

    def claim(self, entry: Any, replaces: int | None = None) -> bool:
        return True

    def complete(self, slot: str, generation: int, state: Any, **outcome: Any) -> bool:
        return True

    def get(self, slot: str) -> None:
        return None

    def pending(self, started_before: float) -> list[Any]:
        return []

    def close(self) -> None:
        pass


@contextmanager
def _stores(args: argparse.Namespace) -> Iterator[dict[str, Any]]:
    """The stores to measure, by name (those that could be opened)."""
    from opay.journal import SqliteStore

    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        stores: dict[str, Any] = {
            "no-store": _NoStore(),
            "sqlite": SqliteStore(folder / "journal.db"),
            "sqlite-full": SqliteStore(folder / "journal-full.db", synchronous="FULL"),
            "sqlite-off": SqliteStore(folder / "journal-off.db", synchronous="OFF"),
        }
        servers = None
        dsn, url = args.postgres, args.redis
        try:
            if dsn is None or url is None:
                servers = _servers_module()
            if dsn is None:
                assert servers is not None
                postgres = servers.start_postgres()
                stack.callback(postgres.stop)
                dsn = postgres.dsn
            if url is None:
                assert servers is not None
                redis = servers.start_redis()
                stack.callback(redis.stop)
                url = redis.url
        except Exception as exc:  # reported, and measured without
            print(f"(a database server could not start: {exc})", file=sys.stderr)
        if dsn is not None:
            from opay.journal import PostgresStore

            stores["postgres"] = PostgresStore(dsn)
        if url is not None:
            from opay.journal import RedisStore

            stores["redis"] = RedisStore(url)
        yield stores
        for store in stores.values():
            store.close()


def _cost(call: Call, calls: int) -> tuple[float, float]:
    """CPU and wall µs per call of ``call``."""
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(calls):
        call()
    return (
        (time.process_time() - cpu) / calls * 1e6,
        (time.perf_counter() - wall) / calls * 1e6,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.journal", description=__doc__)
    parser.add_argument("--blocks", type=int, default=7, help="alternating blocks (default 7)")
    parser.add_argument("--calls", type=int, default=300, help="calls per block (default 300)")
    parser.add_argument("--postgres", help="DSN of a PostgreSQL to use (else a throwaway one)")
    parser.add_argument("--redis", help="URL of a Redis to use (else a throwaway one)")
    args = parser.parse_args(argv)

    import opay
    from opay.journal import Journal
    from opay.marshal import from_json_bytes
    from opay.models import CreatePaymentRequest

    request = from_json_bytes(CreatePaymentRequest, payloads.CREATE_PAYMENT_REQUEST_BODY)
    keys = itertools.count()
    with ServerProcess() as server, _stores(args) as stores:
        clients: dict[str, opay.Client] = {
            "none": opay.Client(server.endpoint, payloads.API_KEY_ID, payloads.SECRET_API_KEY)
        }
        for name, store in stores.items():
            clients[name] = opay.Client(
                server.endpoint,
                payloads.API_KEY_ID,
                payloads.SECRET_API_KEY,
                journal=Journal(store),
            )

        def caller(client: opay.Client, journaled: bool) -> Call:
            payments = client.merchant(payloads.MERCHANT_ID).payments()
            if not journaled:
                return lambda: payments.create_payment(request)
            return lambda: payments.create_payment(
                request, opay.CallContext(business_key=f"bench-{next(keys)}")
            )

        calls = {name: caller(c, name != "none") for name, c in clients.items()}
        for call in calls.values():  # warm up connections, tables and caches
            _cost(call, 50)
        cpu: dict[str, list[float]] = {name: [] for name in calls}
        wall: dict[str, list[float]] = {name: [] for name in calls}
        for _ in range(args.blocks):
            for name, call in calls.items():
                block_cpu, block_wall = _cost(call, args.calls)
                cpu[name].append(block_cpu)
                wall[name].append(block_wall)
        for client in clients.values():
            client.close()

    base_cpu = statistics.median(cpu["none"])
    base_wall = statistics.median(wall["none"])
    print(f"create_payment, {args.blocks} blocks of {args.calls} calls, medians:")
    print(f"{'journal':<12}{'CPU µs/call':>14}{'added':>10}{'latency µs':>13}{'added':>10}")
    for name in calls:
        c, w = statistics.median(cpu[name]), statistics.median(wall[name])
        print(
            f"{name:<12}{c:>14.1f}{(c - base_cpu) / base_cpu:>+10.0%}"
            f"{w:>13.1f}{(w - base_wall) / base_wall:>+10.0%}"
        )


if __name__ == "__main__":
    main()
