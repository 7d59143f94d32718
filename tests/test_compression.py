"""Bounded decompression: any body, split anywhere, coded any number of times, decodes to
itself; no step ever holds more than the limit plus one chunk of decoded bytes."""

from __future__ import annotations

import gzip
import itertools
import zlib
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opay.compression import DecodedBody, content_codings, gunzip_within, read_decoded
from opay.exceptions import CommunicationException, ResponseTooLargeException
from opay.limits import CHUNK_SIZE, BodyReader


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


ENCODERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": _gzip,
    "x-gzip": _gzip,
    "deflate": zlib.compress,
}


def _split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({cut % (len(data) + 1) for cut in cuts})
    edges = [0, *points, len(data)]
    return [data[a:b] for a, b in itertools.pairwise(edges)]


@settings(max_examples=150, deadline=None)
@given(
    data=st.binary(max_size=3000)
    | st.builds(lambda n, b: b * n, st.integers(0, 300_000), st.binary(min_size=1, max_size=3)),
    codings=st.lists(st.sampled_from(sorted(ENCODERS)), max_size=3),
    cuts=st.lists(st.integers(min_value=0), max_size=6),
)
def test_any_body_decodes_to_itself(data: bytes, codings: list[str], cuts: list[int]) -> None:
    encoded = data
    for coding in codings:
        encoded = ENCODERS[coding](encoded)

    body = read_decoded(_split(encoded, cuts), ", ".join(codings) or None, None)

    assert body == data


class _Watching(BodyReader):
    """A BodyReader that remembers the largest piece it was given."""

    largest = 0

    def add(self, chunk: bytes) -> None:
        _Watching.largest = max(_Watching.largest, len(chunk))
        super().add(chunk)


@settings(max_examples=40, deadline=None)
@given(
    size=st.integers(min_value=1, max_value=2_000_000),
    limit=st.integers(min_value=1, max_value=300_000),
    twice=st.booleans(),
)
def test_decoded_bytes_beyond_the_limit_are_never_held(size: int, limit: int, twice: bool) -> None:
    encoded = gzip.compress(bytes(size))
    if twice:
        encoded = gzip.compress(encoded)
    reader = DecodedBody(("gzip", "gzip") if twice else ("gzip",), limit)
    _Watching.largest = 0
    reader._reader = _Watching(limit)

    if size > limit:
        with pytest.raises(ResponseTooLargeException):
            reader.add(encoded)
    else:
        reader.add(encoded)
        assert reader.body() == bytes(size)
    assert _Watching.largest <= CHUNK_SIZE


def test_raw_deflate_is_accepted_as_deflate() -> None:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw = compressor.compress(b"raw deflate") + compressor.flush()

    assert read_decoded([raw[:1], raw[1:]], "deflate", None) == b"raw deflate"


def test_concatenated_gzip_members_are_all_decoded() -> None:
    assert read_decoded([gzip.compress(b"one") + gzip.compress(b"two")], "gzip", None) == b"onetwo"


@pytest.mark.parametrize(
    ("header", "codings"),
    [
        (None, ()),
        ("identity", ()),
        ("GZIP", ("gzip",)),
        ("deflate, gzip", ("deflate", "gzip")),
        (" x-gzip ,identity", ("x-gzip",)),
        ("br", None),
        ("gzip, zstd", None),
    ],
)
def test_content_codings(header: str | None, codings: tuple[str, ...] | None) -> None:
    assert content_codings(header) == codings


@pytest.mark.parametrize(
    "encoded", [b"not gzip at all", gzip.compress(b"truncated" * 100)[:-20], b"\x1f\x8b"]
)
def test_broken_data_is_reported(encoded: bytes) -> None:
    with pytest.raises(CommunicationException, match="not valid gzip") as caught:
        read_decoded([encoded], "gzip", None)
    assert caught.value.may_have_reached_platform is True


def test_an_empty_body_needs_no_decoding() -> None:
    assert read_decoded([], "gzip", 10) == b""
    assert read_decoded([b""], "deflate", 10) == b""


def test_gunzip_within() -> None:
    assert gunzip_within(gzip.compress(b"x" * 100), 100) == b"x" * 100
    assert gunzip_within(gzip.compress(b"x" * 101), 100) is None
    with pytest.raises(CommunicationException):
        gunzip_within(b"nope", 100)
