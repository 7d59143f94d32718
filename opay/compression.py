"""Bounded decompression of ``gzip`` and ``deflate`` bodies, for transports and loggers.

A few hundred compressed bytes can stand for gigabytes (a "decompression bomb"; nesting
codings, ``Content-Encoding: gzip, gzip``, multiplies the ratio). Every piece here produces
at most :data:`~opay.limits.CHUNK_SIZE` decoded bytes per step and hands it to a
:class:`~opay.limits.BodyReader`, so the size limit is checked against DECODED bytes and
no more than the limit plus one chunk (per coding) is ever held in memory.

Nothing here does I/O: transports give the raw (still encoded) chunks they read.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterable, Iterable

from opay.exceptions import CommunicationException, ResponseTooLargeException
from opay.limits import CHUNK_SIZE, BodyReader

_GZIP = zlib.MAX_WBITS | 16  # a gzip header and trailer
_ZLIB = zlib.MAX_WBITS  # RFC 9110's "deflate": a zlib stream
_RAW_DEFLATE = -zlib.MAX_WBITS  # what some servers send as "deflate" instead
_CODINGS = {"gzip": _GZIP, "x-gzip": _GZIP, "deflate": _ZLIB}
_MAX_HEAD = 1024


def content_codings(content_encoding: str | None) -> tuple[str, ...] | None:
    """The codings of a ``Content-Encoding`` value in the order they were applied, without
    ``identity``: ``()`` for a body sent as is, None when one of them is not gzip or deflate
    (such a body is kept as it was sent)."""
    if content_encoding is None:
        return ()
    codings = []
    for part in content_encoding.split(","):
        coding = part.strip().lower()
        if coding in ("", "identity"):
            continue
        if coding not in _CODINGS:
            return None
        codings.append(coding)
    return tuple(codings)


def undecodable(coding: str, exc: BaseException) -> CommunicationException:
    """The error for a body whose ``coding`` is broken (the request reached the platform)."""
    return CommunicationException(
        f"the response body is not valid {coding} data ({exc}); the request reached the "
        "platform: its outcome is unknown",
        may_have_reached_platform=True,
    )


class _Stage:
    """Undoes one coding, in pieces of at most CHUNK_SIZE decoded bytes."""

    __slots__ = ("_coding", "_fed", "_head", "_inflater", "_wbits")

    def __init__(self, coding: str) -> None:
        self._coding = coding
        self._wbits = _CODINGS[coding]
        self._inflater = zlib.decompressobj(self._wbits)
        self._fed = False  # an encoded byte went in
        # "deflate" input before its first decoded byte, kept to start again as raw deflate
        # if it is not a zlib stream after all (a zlib header is 2 bytes)
        self._head: bytes | None = b"" if self._wbits == _ZLIB else None

    def pieces(self, data: bytes) -> Iterable[bytes]:
        self._fed = self._fed or bool(data)
        if self._head is not None:
            self._head = self._head + data if len(self._head) < _MAX_HEAD else None
        inflater = self._inflater
        while True:
            try:
                piece = inflater.decompress(data, CHUNK_SIZE)
            except zlib.error as exc:
                if self._head is None or self._wbits != _ZLIB:
                    raise undecodable(self._coding, exc) from exc
                self._wbits = _RAW_DEFLATE  # not a zlib stream: raw deflate, then
                self._inflater = inflater = zlib.decompressobj(_RAW_DEFLATE)
                data = self._head
                continue
            if piece:
                self._head = None
                yield piece
            data = inflater.unconsumed_tail
            if inflater.eof:
                rest = inflater.unused_data
                if not rest or self._wbits != _GZIP:
                    return  # bytes after a zlib stream's end are ignored, as zlib does
                # another gzip member follows (a body may be several, concatenated)
                self._inflater = inflater = zlib.decompressobj(_GZIP)
                data = rest
            elif not data and len(piece) < CHUNK_SIZE:
                return  # input used up and no decoded byte held back

    def finish(self) -> None:
        if self._fed and not self._inflater.eof:
            raise undecodable(self._coding, EOFError("the compressed data is truncated"))


class DecodedBody:
    """Collects a body from its raw chunks, undoing its content codings on the way, and fails
    with :func:`~opay.limits.response_too_large` as soon as the DECODED bytes exceed
    ``limit``. Same interface as :class:`~opay.limits.BodyReader`: :meth:`add`, :meth:`body`."""

    def __init__(
        self,
        codings: tuple[str, ...],
        limit: int | None,
        content_length: str | None = None,
        what: str = "",
    ) -> None:
        self._reader = BodyReader(limit, content_length, what)
        # the last coding applied is the first to undo
        self._stages = [_Stage(coding) for coding in reversed(codings)]

    def add(self, chunk: bytes) -> None:
        self._feed(0, chunk)

    def _feed(self, index: int, data: bytes) -> None:
        if index == len(self._stages):
            self._reader.add(data)
            return
        for piece in self._stages[index].pieces(data):
            self._feed(index + 1, piece)

    def body(self) -> bytes:
        for stage in self._stages:
            stage.finish()
        return self._reader.body()


def body_reader(
    content_encoding: str | None,
    limit: int | None,
    content_length: str | None = None,
    what: str = "",
) -> BodyReader | DecodedBody:
    """A reader of the raw chunks of a body sent with ``content_encoding``: a
    :class:`DecodedBody` for gzip and deflate, a plain :class:`~opay.limits.BodyReader`
    (the bytes as sent) otherwise."""
    codings = content_codings(content_encoding)
    if codings:
        return DecodedBody(codings, limit, content_length, what)
    return BodyReader(limit, content_length, what)


def read_decoded(
    chunks: Iterable[bytes],
    content_encoding: str | None,
    limit: int | None,
    content_length: str | None = None,
) -> bytes:
    """The decoded body of the raw ``chunks``, at most ``limit`` decoded bytes."""
    reader = body_reader(content_encoding, limit, content_length)
    for chunk in chunks:
        reader.add(chunk)
    return reader.body()


async def aread_decoded(
    chunks: AsyncIterable[bytes],
    content_encoding: str | None,
    limit: int | None,
    content_length: str | None = None,
) -> bytes:
    """:func:`read_decoded` for an asynchronous iterator of raw chunks."""
    reader = body_reader(content_encoding, limit, content_length)
    async for chunk in chunks:
        reader.add(chunk)
    return reader.body()


def gunzip_within(data: bytes, limit: int) -> bytes | None:
    """``data`` gunzipped, or None when it would be larger than ``limit`` bytes; broken gzip
    data raises :class:`~opay.exceptions.CommunicationException`."""
    reader = DecodedBody(("gzip",), limit)
    try:
        reader.add(data)
    except ResponseTooLargeException:
        return None
    return reader.body()
