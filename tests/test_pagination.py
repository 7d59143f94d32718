"""``iter_*`` methods follow the platform's cursor, page after page (sync and async)."""

from __future__ import annotations

from typing import Any

import pytest
from reliability_support import payment_for

from opay import CallContext, CommunicationException
from opay.models import (
    CursorPaginationInfo,
    GetPaymentsReportParams,
    PaymentsReportResponse,
    PaymentSummary,
)
from opay.operations import OPERATIONS
from opay.pagination import iterate
from opay.sandbox import Sandbox, SandboxApp

PAYMENTS = 7


def _batch(count: int) -> dict[str, Any]:
    return {
        "header": {
            "merchantBatchReference": "report-batch",
            "operationType": "CREATE_PAYMENT",
            "itemCount": count,
        },
        "createPayments": [payment_for(f"batch-{n}") for n in range(count)],
    }


def test_every_operation_whose_answers_page_has_an_iterator() -> None:
    from opay import async_resources, resources

    paged = [op for op in OPERATIONS.values() if op.pagination is not None]
    assert [op.operation_id for op in paged] == ["get_payments_report"]
    for op in paged:
        for module in (resources, async_resources):
            owners = [
                cls
                for cls in vars(module).values()
                if isinstance(cls, type) and hasattr(cls, op.operation_id)
            ]
            assert owners and all(hasattr(cls, f"iter_{op.operation_id}") for cls in owners)


@pytest.mark.parametrize("limit", [1, 2, 3, 7, 50])
def test_iterating_yields_every_item_once_in_order(limit: int) -> None:
    with Sandbox() as sb, sb.client() as client:
        batches = client.merchant(sb.merchant_id).merchant_batch()
        batches.submit_batch(_batch(PAYMENTS))
        batches.process_batch("report-batch")
        context = CallContext()
        items = list(
            batches.iter_get_payments_report(
                "report-batch", GetPaymentsReportParams(limit=limit), context
            )
        )
        whole = batches.get_payments_report("report-batch", GetPaymentsReportParams(limit=50))
        assert whole.payments is not None and len(whole.payments) == PAYMENTS
        assert [i.to_dictionary() for i in items] == [p.to_dictionary() for p in whole.payments]
        app = sb.app
        assert isinstance(app, SandboxApp)
        asked = [r for r in app.requests if r["operationId"] == "get_payments_report"]
        assert len(asked) == -(-PAYMENTS // limit) + 1  # the pages, and the whole report


async def test_the_async_iterator_follows_the_cursor_too() -> None:
    with Sandbox() as sb:
        async with sb.async_client() as client:
            batches = client.merchant(sb.merchant_id).merchant_batch()
            await batches.submit_batch(_batch(PAYMENTS))
            await batches.process_batch("report-batch")
            pages = batches.iter_get_payments_report(
                "report-batch", GetPaymentsReportParams(limit=3)
            )
            items = [item async for item in pages]
            assert len(items) == PAYMENTS
            assert all(isinstance(item, PaymentSummary) for item in items)


def _page(cursor: str | None, more: bool, *ids: str) -> PaymentsReportResponse:
    return PaymentsReportResponse(
        pagination=CursorPaginationInfo(has_more=more, next_cursor=cursor),
        payments=[PaymentSummary(id=i) for i in ids] if ids else None,
    )


def test_a_cursor_that_comes_back_unchanged_raises_instead_of_looping() -> None:
    op = OPERATIONS["get_payments_report"]
    answers = {None: _page("c1", True, "a"), "c1": _page("c1", True, "b")}
    seen: list[str | None] = []

    def fetch(query: GetPaymentsReportParams) -> PaymentsReportResponse:
        seen.append(query.cursor)
        return answers[query.cursor]

    with pytest.raises(CommunicationException, match="same cursor"):
        list(iterate(fetch, op, GetPaymentsReportParams(limit=1)))
    assert seen == [None, "c1"]


@pytest.mark.parametrize(
    ("last", "pages"),
    [(_page(None, True, "z"), 2), (_page("c9", False, "z"), 2), (_page("", True), 2)],
)
def test_no_cursor_or_no_more_ends_the_iteration(last: PaymentsReportResponse, pages: int) -> None:
    op = OPERATIONS["get_payments_report"]
    fetched: list[GetPaymentsReportParams] = []

    def fetch(query: GetPaymentsReportParams) -> PaymentsReportResponse:
        fetched.append(query)
        return _page("c1", True, "a") if query.cursor is None else last

    ids = [p.id for p in iterate(fetch, op, None)]
    assert ids == ["a"] + [p.id for p in last.payments or []]
    assert len(fetched) == pages
    assert (fetched[1].cursor, fetched[1].limit) == ("c1", None)


def test_an_operation_that_does_not_page_is_refused() -> None:
    with pytest.raises(TypeError, match="get_payment does not page"):
        list(iterate(lambda q: None, OPERATIONS["get_payment"], None))
