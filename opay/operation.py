"""The description of one API operation, as the generator writes it into ``opay.operations``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

import attrs

if TYPE_CHECKING:
    from opay.call import Call


@attrs.frozen
class PathParam:
    """A path parameter: its JSON name in the template and its Python argument name."""

    name: str
    python_name: str
    type: str = "string"  # "string" or "integer"
    bound_by: str | None = None  # "merchant" for merchantId


@attrs.frozen
class QueryParam:
    """A query parameter of the operation's query-parameter class."""

    name: str
    python_name: str
    type: str  # "string", "integer", "boolean", "number" or "array"
    item_type: str | None = None  # for arrays
    serialization: tuple[tuple[str, str], ...] = ()  # wire text of values, e.g. (("true","True"),)
    deprecated: bool = False


@attrs.frozen
class Pagination:
    """How an operation's answers page (see :mod:`opay.pagination`): the query parameter that
    takes the cursor, the response attribute holding the items, and the attribute paths of
    the next cursor and of the has-more flag."""

    cursor_param: str
    items: str
    next_cursor: tuple[str, ...]
    has_more: tuple[str, ...]


@attrs.frozen
class Operation:
    """Everything opay needs to build a request for an operation and parse its response."""

    operation_id: str
    tag: str
    method: str
    path: str
    path_params: tuple[PathParam, ...] = ()
    query_class: str | None = None
    query_params: tuple[QueryParam, ...] = ()
    body_model: str | None = None
    response_model: str | None = None
    error_model: str = "ErrorResponse"
    gzip_body: bool = False
    deprecated: bool = False
    idempotent: bool = False
    """Whether the platform deduplicates this operation by ``X-GCS-Idempotence-Key`` (it
    replays the first outcome of a repeat); on any other operation it ignores the key."""
    pagination: Pagination | None = None
    """How the answers page, for an operation whose answers page; else None."""


class Executor(Protocol):
    """What generated resource clients call: runs one :class:`~opay.call.Call`
    synchronously and returns the parsed response model, or None when the operation returns
    no body."""

    def execute(self, call: Call) -> Any:
        """Build, sign, send and parse one call."""
        ...


class AsyncExecutor(Protocol):
    """The asynchronous twin of :class:`Executor`."""

    async def execute(self, call: Call) -> Any:
        """Build, sign, send and parse one call."""
        ...
