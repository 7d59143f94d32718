"""Loggers decompress gzip bodies to show them, but never beyond a bounded size: a few hundred
bytes of gzip can stand for gigabytes."""

from __future__ import annotations

import gzip
import io
import tracemalloc
import zlib

from opay.log import MessageFormatter, SysOutCommunicatorLogger
from opay.log.messages import MAX_SHOWN_GZIP_SIZE
from opay.transport import Request, Response

MiB = 1 << 20
REQUEST = Request("GET", "https://api.example/v2/m/payments/1", [])


def _gzip_bomb(size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(MiB)
    return b"".join(compressor.compress(zeros) for _ in range(size // MiB)) + compressor.flush()


def test_a_gzip_bomb_is_described_not_decompressed() -> None:
    # what a logger sees of "Content-Encoding: gzip, gzip" once the transport undid one
    bombs = [_gzip_bomb(64 * MiB), _gzip_bomb(192 * MiB)]
    logger = SysOutCommunicatorLogger(stream := io.StringIO())

    tracemalloc.start()
    try:
        for bomb in bombs:
            response = Response(200, [("Content-Encoding", "gzip")], bomb)
            logger.log_response("r", REQUEST, response, 1.0)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert peak < MAX_SHOWN_GZIP_SIZE + 8 * MiB, f"{peak / MiB:.1f} MiB"
    described = f"more than {MAX_SHOWN_GZIP_SIZE} bytes decompressed: too large to show"
    assert stream.getvalue().count(described) == 2


def test_a_gzip_body_within_the_bound_is_shown() -> None:
    body = gzip.compress(b'{"status":"CAPTURED"}')
    request = Request("POST", "https://api.example/x", [("Content-Encoding", "gzip")], body)

    assert '"status": "CAPTURED"' in MessageFormatter().request("r", request)
