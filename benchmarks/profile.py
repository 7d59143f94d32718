"""Where a contender's CPU time goes: cProfile of one thread making the two calls.

``python -m benchmarks.profile opay/urllib3 [--calls N] [--sort tottime]`` starts the
benchmark server, builds the contender, warms it up, then profiles N create+get iterations
and prints the top functions (by own time, and by cumulative time).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats

from benchmarks.contenders import ASYNC, SYNC
from benchmarks.server import ServerProcess


def profile(name: str, endpoint: str, calls: int) -> cProfile.Profile:
    profiler = cProfile.Profile()
    if name in SYNC:
        contender = SYNC[name](endpoint, 1)
        for _ in range(50):
            contender.create()
            contender.get()
        profiler.enable()
        for _ in range(calls):
            contender.create()
            contender.get()
        profiler.disable()
        contender.close()
        return profiler

    async def run() -> None:
        contender = ASYNC[name](endpoint, 1)
        for _ in range(50):
            await contender.create()
            await contender.get()
        profiler.enable()
        for _ in range(calls):
            await contender.create()
            await contender.get()
        profiler.disable()
        await contender.close()

    asyncio.run(run())
    return profiler


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("contender", choices=sorted({*SYNC, *ASYNC}))
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args(argv)
    with ServerProcess() as server:
        profiler = profile(args.contender, server.endpoint, args.calls)
    stats = pstats.Stats(profiler)
    stats.strip_dirs()
    for order in ("tottime", "cumulative"):
        stats.sort_stats(order).print_stats(args.top)


if __name__ == "__main__":
    main()
