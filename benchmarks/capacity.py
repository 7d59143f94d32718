"""Measures the benchmark server's own capacity with a minimal pipelined raw-socket client.

Each of a few connections sends batches of pipelined requests (the same create/get mix
as the contenders, pre-rendered bytes) and counts the responses; the client does almost no
work per request, so the figure is the server's ceiling on this machine. Run as
``python -m benchmarks.capacity --port N --seconds S``; prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import socket
import threading
import time

from benchmarks.payloads import API_KEY_ID, CREATE_PATH, CREATE_PAYMENT_REQUEST_BODY, GET_PATH

_MARK = b"HTTP/1.1 "


def _batch(host: str, port: int, depth: int) -> bytes:
    auth = f"Authorization: GCS v1HMAC:{API_KEY_ID}:c2lnbmF0dXJlLW5vdC1jaGVja2VkLWhlcmU=\r\n"
    date = "Date: Wed, 25 Nov 2026 17:00:00 GMT\r\n"
    post = (
        f"POST {CREATE_PATH} HTTP/1.1\r\nHost: {host}:{port}\r\n{auth}{date}"
        f"Content-Type: application/json\r\n"
        f"Content-Length: {len(CREATE_PAYMENT_REQUEST_BODY)}\r\n\r\n"
    ).encode("ascii") + CREATE_PAYMENT_REQUEST_BODY
    get = f"GET {GET_PATH} HTTP/1.1\r\nHost: {host}:{port}\r\n{auth}{date}\r\n".encode("ascii")
    return (post + get) * (depth // 2)


def _drive(
    host: str, port: int, batch: bytes, depth: int, deadline: float, done: list[int]
) -> None:
    count = 0
    with socket.create_connection((host, port)) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        while time.perf_counter() < deadline:
            sock.sendall(batch)
            seen = 0
            tail = b""
            while seen < depth:
                chunk = sock.recv(1 << 20)
                if not chunk:
                    raise ConnectionError("the benchmark server closed the connection")
                data = tail + chunk
                seen += data.count(_MARK)
                tail = data[-(len(_MARK) - 1) :]
            count += seen
    done.append(count)


def measure(
    host: str, port: int, seconds: float, connections: int = 4, depth: int = 64
) -> dict[str, float]:
    """Requests per second the server answers to ``connections`` pipelining clients."""
    batch = _batch(host, port, depth)
    done: list[int] = []
    start = time.perf_counter()
    deadline = start + seconds
    threads = [
        threading.Thread(target=_drive, args=(host, port, batch, depth, deadline, done))
        for _ in range(connections)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    if len(done) != connections:
        raise RuntimeError("a capacity-measuring connection failed")
    total = sum(done)
    return {
        "requests": total,
        "seconds": wall,
        "requests_per_second": total / wall,
        "connections": connections,
        "pipeline_depth": depth,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--depth", type=int, default=64)
    args = parser.parse_args(argv)
    result = measure(args.host, args.port, args.seconds, args.connections, args.depth)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
