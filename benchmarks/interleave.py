"""The core's cost hot and between network round trips.

``python -m benchmarks.interleave [--pairs N] [--rounds R]`` starts the benchmark server and
measures, in this process, the CPU time per create+get pair of: opay's whole client on
urllib3; opay's urllib3 adapter alone sending pre-built requests; opay's client on a
``MemoryTransport`` (the core alone, run hot, in a tight loop); and the adapter's pair
followed by the in-memory pair in the same loop. The last figure minus the adapter's shows
what the very same core work costs when every call follows a network round trip.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from benchmarks import micro
from benchmarks.contenders import SYNC
from benchmarks.server import ServerProcess


def cpu_per_call(fn: Callable[[], object], calls: int) -> float:
    """Process CPU µs per call of ``fn`` after a warm-up."""
    for _ in range(min(calls, 200)):
        fn()
    start = time.process_time()
    for _ in range(calls):
        fn()
    return (time.process_time() - start) / calls * 1e6


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pairs", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    in_memory = micro.opay_operations()["calls_in_memory"]
    with ServerProcess() as server:
        client = SYNC["opay/urllib3"](server.endpoint, 1)
        adapter = SYNC["transport/urllib3"](server.endpoint, 1)

        def client_pair() -> None:
            client.create()
            client.get()

        def adapter_pair() -> None:
            adapter.create()
            adapter.get()

        def adapter_then_core() -> None:
            adapter_pair()
            in_memory()

        try:
            for _ in range(args.rounds):
                whole = cpu_per_call(client_pair, args.pairs)
                alone = cpu_per_call(adapter_pair, args.pairs)
                hot = cpu_per_call(in_memory, args.pairs)
                mixed = cpu_per_call(adapter_then_core, args.pairs)
                print(
                    f"µs per create+get pair: opay client {whole:.0f}, adapter alone "
                    f"{alone:.0f} (client - adapter {whole - alone:.0f}); core in memory, hot "
                    f"{hot:.0f}; the same core work after each round trip {mixed - alone:.0f}"
                )
        finally:
            client.close()
            adapter.close()


if __name__ == "__main__":
    main()
