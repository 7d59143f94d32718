"""The response body size limit, enforced the same way by every transport and by the parser.

A response larger than ``max_response_size`` (16 MiB by default) raises
:class:`~opay.exceptions.ResponseTooLargeException` (a ``CommunicationException``) naming the
limit, before more than the limit
(plus one chunk) is held in memory. Transports read through :class:`BodyReader` (by way of
:func:`opay.compression.read_decoded`); the parser checks the complete body again, for
transports that do not. Nothing here does I/O: it consumes iterators it is given.
"""

from __future__ import annotations

from opay.exceptions import ResponseTooLargeException

DEFAULT_MAX_RESPONSE_SIZE = 16 * 1024 * 1024
CHUNK_SIZE = 64 * 1024


def response_too_large(limit: int, what: str = "the response") -> ResponseTooLargeException:
    """The error for a response body over ``limit`` bytes (the request was processed)."""
    return ResponseTooLargeException(
        f"{what} body is larger than max_response_size ({limit} bytes); the rest was not "
        "read. The request reached the platform: its outcome is unknown",
        limit=limit,
    )


def announced_within(limit: int | None, content_length: str | None) -> bool:
    """Whether a ``Content-Length`` header promises a body of at most ``limit`` bytes, so a
    transport may read it in one call (the library then reads exactly that many bytes)."""
    if content_length is None:
        return False
    declared = content_length.strip()
    return declared.isdigit() and (limit is None or int(declared) <= limit)


class BodyReader:
    """Collects the chunks of one body, failing as soon as they exceed ``limit`` bytes.

    ``content_length`` (the header's value, if any) lets an announced oversized body fail
    before anything is read.
    """

    def __init__(
        self, limit: int | None, content_length: str | None = None, what: str = ""
    ) -> None:
        self._limit = limit
        self._what = what or "the response"
        self._chunks: list[bytes] = []
        self._size = 0
        if limit is not None and content_length is not None:
            declared = content_length.strip()
            if declared.isdigit() and int(declared) > limit:
                raise response_too_large(limit, self._what)

    def add(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._limit is not None and self._size > self._limit:
            self._chunks.clear()
            raise response_too_large(self._limit, self._what)
        self._chunks.append(chunk)

    def body(self) -> bytes:
        return b"".join(self._chunks)
