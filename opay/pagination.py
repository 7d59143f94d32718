"""Following the platform's cursor: the helpers behind the resource clients' ``iter_*``
methods, for the operations whose answers page (``Operation.pagination``).

Each page's answer carries a cursor for the next one and a has-more flag; the next page is
asked for with the same query and that cursor. A cursor that comes back unchanged would loop
for ever: it raises :class:`~opay.exceptions.CommunicationException` instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import attrs

import opay.models
from opay.exceptions import CommunicationException
from opay.operation import Operation, Pagination


def _attribute(value: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if value is None:
            return None
        value = getattr(value, name)
    return value


def _pagination(operation: Operation) -> Pagination:
    if operation.pagination is None or operation.query_class is None:
        raise TypeError(f"{operation.operation_id} does not page its answers")
    return operation.pagination


def first_query(operation: Operation, query: object | None) -> Any:
    """The query of the first page: ``query``, or an empty query of the operation's class."""
    _pagination(operation)
    return query if query is not None else getattr(opay.models, str(operation.query_class))()


def next_query(operation: Operation, query: Any, page: Any) -> tuple[list[Any], Any | None]:
    """The items of ``page`` (answered to ``query``) and the query of the next page, or None
    when this was the last one."""
    pages = _pagination(operation)
    items = list(getattr(page, pages.items, None) or ())
    cursor = _attribute(page, pages.next_cursor)
    if not _attribute(page, pages.has_more) or not cursor:
        return items, None
    if cursor == getattr(query, pages.cursor_param):
        raise CommunicationException(
            f"{operation.operation_id}: the platform answered the same cursor again; "
            "following it would never end",
            may_have_reached_platform=True,
        )
    return items, attrs.evolve(query, **{pages.cursor_param: cursor})


def iterate(
    fetch: Callable[[Any], Any], operation: Operation, query: object | None
) -> Iterator[Any]:
    """Every item of every page: ``fetch(query)`` answers one page."""
    current: Any | None = first_query(operation, query)
    while current is not None:
        items, current = next_query(operation, current, fetch(current))
        yield from items


async def iterate_async(
    fetch: Callable[[Any], Awaitable[Any]], operation: Operation, query: object | None
) -> AsyncIterator[Any]:
    """The asynchronous twin of :func:`iterate`."""
    current: Any | None = first_query(operation, query)
    while current is not None:
        items, current = next_query(operation, current, await fetch(current))
        for item in items:
            yield item
