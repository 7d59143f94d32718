"""The core's cost hot and between network round trips, and the least any SDK must spend.

``python -m benchmarks.interleave [--transport urllib3|httpx|stdlib] [--blocks N] [--pairs N]
[--threads T --pool P]``
starts the benchmark server and measures, in this process, the CPU time per create+get pair
of:

- ``adapter``: opay's transport adapter alone, sending pre-built requests (one round trip
  per call);
- ``client``: opay's whole client on that adapter;
- ``core``: opay's client on a ``MemoryTransport`` (everything but the network);
- ``floor``: only the work no SDK can skip: encode the request model to JSON, sign both
  requests (one HMAC each), decode both responses into models.

With ``--threads T`` (and ``--pool P``) it measures instead, as CPU µs per request, the raw
library, the adapter and the whole client each shared by ``T`` threads over ``P`` connections,
in alternating blocks: how much more the same core work costs when threads contend for the
interpreter.

``core`` and ``floor`` are each measured twice: *hot*, in a tight loop of their own, and
*after round trips*, each pair following the adapter's pair in the same loop (minus what the
adapter's pair costs alone). Blocks of the adapter alone and of the adapter followed by the
work alternate, and medians are reported, so that a change in the machine's load affects
both sides alike.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import threading
import time
from collections.abc import Callable

from benchmarks import micro, payloads
from benchmarks.contenders import FLOOR, SYNC, SyncContender
from benchmarks.server import ServerProcess

Work = Callable[[], object]


def cpu_per_call(fn: Work, calls: int) -> float:
    """Process CPU µs per call of ``fn`` (no warm-up: see :func:`median_cost`)."""
    start = time.process_time()
    for _ in range(calls):
        fn()
    return (time.process_time() - start) / calls * 1e6


def median_cost(fn: Work, blocks: int, calls: int) -> float:
    """Median over ``blocks`` of the CPU µs per call of ``fn``, after a warm-up."""
    cpu_per_call(fn, calls)
    return statistics.median(cpu_per_call(fn, calls) for _ in range(blocks))


def after_round_trips(round_trip: Work, work: Work, blocks: int, calls: int) -> float:
    """Median extra CPU µs of ``work`` when it follows ``round_trip`` each time."""

    def both() -> None:
        round_trip()
        work()

    cpu_per_call(both, calls)
    extra = []
    for _ in range(blocks):
        alone = cpu_per_call(round_trip, calls)
        extra.append(cpu_per_call(both, calls) - alone)
    return statistics.median(extra)


def floor_work() -> Work:
    """The work every SDK must do for the benchmark's two calls, and nothing else."""
    from opay.marshal import from_json_bytes, to_json_bytes
    from opay.metadata import server_meta_info
    from opay.models import CreatePaymentRequest, CreatePaymentResponse, PaymentResponse
    from opay.request import http_date
    from opay.signing import Signer, string_to_sign

    request = from_json_bytes(CreatePaymentRequest, payloads.CREATE_PAYMENT_REQUEST_BODY)
    signer = Signer(payloads.API_KEY_ID, payloads.SECRET_API_KEY)
    created, payment = payloads.CREATE_PAYMENT_RESPONSE_BODY, payloads.PAYMENT_RESPONSE_BODY
    headers = [("Date", http_date()), ("X-GCS-ServerMetaInfo", server_meta_info("bench"))]
    post = string_to_sign(
        "POST",
        payloads.CREATE_PATH,
        [*headers, ("Content-Type", "application/json"), ("X-GCS-Idempotence-Key", "0" * 32)],
    )
    get = string_to_sign("GET", payloads.GET_PATH, headers)

    def work() -> None:
        to_json_bytes(request)
        signer.authorization(post)
        from_json_bytes(CreatePaymentResponse, created)
        signer.authorization(get)
        from_json_bytes(PaymentResponse, payment)

    return work


def threaded_cost(contender: SyncContender, threads: int, pairs: int) -> tuple[float, float]:
    """CPU µs and voluntary context switches (a thread blocking: on the network, on the pool,
    or waiting for the interpreter lock) per request of ``threads`` threads making ``pairs``
    pairs each on one client."""
    start_line = threading.Barrier(threads + 1)

    def work() -> None:
        start_line.wait()
        for _ in range(pairs):
            contender.create()
            contender.get()

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    start_line.wait()
    start = time.process_time()
    switches = resource.getrusage(resource.RUSAGE_SELF).ru_nvcsw
    for worker in workers:
        worker.join()
    requests = threads * pairs * 2
    switches = resource.getrusage(resource.RUSAGE_SELF).ru_nvcsw - switches
    return (time.process_time() - start) / requests * 1e6, switches / requests


def compare_threaded(endpoint: str, transport: str, args: argparse.Namespace) -> None:
    """Raw library, adapter and client, each shared by ``args.threads`` threads."""
    names = [FLOOR[f"opay/{transport}"], f"transport/{transport}", f"opay/{transport}"]
    contenders = [SYNC[name](endpoint, args.pool) for name in names]
    pairs = max(1, args.pairs // args.threads)
    try:
        costs: dict[str, list[float]] = {name: [] for name in names}
        switches: dict[str, list[float]] = {name: [] for name in names}
        for contender in contenders:
            threaded_cost(contender, args.threads, pairs)
        for _ in range(args.blocks):
            for name, contender in zip(names, contenders, strict=True):
                cost, switched = threaded_cost(contender, args.threads, pairs)
                costs[name].append(cost)
                switches[name].append(switched)
        floor = statistics.median(costs[names[0]])
        print(f"{args.threads} threads sharing {args.pool} connections, per request:")
        for name in names:
            cost = statistics.median(costs[name])
            print(
                f"  {name:18s} {cost:4.0f} µs CPU ({cost / floor:.2f}x), "
                f"{statistics.median(switches[name]):.2f} voluntary context switches"
            )
    finally:
        for contender in contenders:
            contender.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--transport", choices=("urllib3", "httpx", "stdlib"), default="urllib3")
    parser.add_argument("--blocks", type=int, default=15, help="alternating blocks per figure")
    parser.add_argument("--pairs", type=int, default=200, help="create+get pairs per block")
    parser.add_argument("--threads", type=int, default=0, help="compare under this many threads")
    parser.add_argument("--pool", type=int, default=4, help="connections, with --threads")
    args = parser.parse_args(argv)
    if args.threads:
        with ServerProcess() as server:
            compare_threaded(server.endpoint, args.transport, args)
        return
    blocks, pairs = args.blocks, args.pairs
    core = micro.opay_operations()["calls_in_memory"]
    floor = floor_work()
    with ServerProcess() as server:
        client = SYNC[f"opay/{args.transport}"](server.endpoint, 1)
        adapter = SYNC[f"transport/{args.transport}"](server.endpoint, 1)

        def client_pair() -> None:
            client.create()
            client.get()

        def adapter_pair() -> None:
            adapter.create()
            adapter.get()

        try:
            alone = median_cost(adapter_pair, blocks, pairs)
            whole = median_cost(client_pair, blocks, pairs)
            print(
                f"µs per create+get pair on {args.transport}: adapter {alone:.0f}, "
                f"client {whole:.0f} (+{whole - alone:.0f})"
            )
            for name, work in (("core", core), ("floor", floor)):
                hot = median_cost(work, blocks, pairs)
                cold = after_round_trips(adapter_pair, work, blocks, pairs)
                print(f"{name:5s}: hot {hot:5.1f}, after round trips {cold:5.1f}")
        finally:
            client.close()
            adapter.close()


if __name__ == "__main__":
    main()
