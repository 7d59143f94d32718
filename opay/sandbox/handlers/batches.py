"""Merchant batches: submit a batch of one operation type, process it, read its status and
the report of the payments it made.

Statuses (the batch table of :mod:`opay.sandbox.lifecycles`): WAITING_FOR_PROCESSING ─
process ─► PROCESSED.
"""

from __future__ import annotations

from typing import Any

from opay.sandbox import errors, views
from opay.sandbox.handlers import HANDLERS, Context, Reply, get, handles, require
from opay.sandbox.handlers import payments as payment_ops
from opay.sandbox.handlers.links import new_payment_link
from opay.sandbox.handlers.payouts import create_payout
from opay.sandbox.lifecycles import BATCH, PAYMENT, BatchAction
from opay.sandbox.state import Batch

# member of the request body -> operation type in the header
OPERATION_TYPES = {
    "createPayments": "CREATE_PAYMENT",
    "capturePayments": "CAPTURE_PAYMENT",
    "cancelPayments": "CANCEL_PAYMENT",
    "refundPayments": "REFUND_PAYMENT",
    "subsequentPayments": "SUBSEQUENT_PAYMENT",
    "createPayouts": "CREATE_PAYOUT",
    "createPaymentLinks": "CREATE_PAYMENT_LINK",
}
_NESTED = {  # member -> (operation id, name of the nested request)
    "capturePayments": ("capture_payment", "capture"),
    "cancelPayments": ("cancel_payment", "cancel"),
    "refundPayments": ("refund_payment", "refund"),
    "subsequentPayments": ("subsequent_payment", "subsequent"),
}


@handles("submit_batch")
def submit_batch(ctx: Context) -> Reply:
    header = require(ctx.body, "header")
    reference = require(header, "merchantBatchReference", prefix="header")
    operation_type = require(header, "operationType", prefix="header")
    present = [m for m in OPERATION_TYPES if get(ctx.body, m)]
    if len(present) != 1:
        raise errors.bad_request("a batch holds items of exactly one operation type", "header")
    member = present[0]
    if OPERATION_TYPES[member] != operation_type:
        raise errors.bad_request(
            f"operationType {operation_type!r} does not match the {member} items",
            "header.operationType",
        )
    items = ctx.body[member]
    count = get(header, "itemCount")
    if count is not None and count != len(items):
        raise errors.bad_request(
            f"itemCount is {count} but the batch holds {len(items)} items", "header.itemCount"
        )
    if (ctx.merchant_id, reference) in ctx.store.batches:
        raise errors.duplicate(
            f"the batch {reference!r} already exists", "header.merchantBatchReference"
        )
    batch = Batch(reference, ctx.merchant_id, operation_type, ctx.body, len(items))
    ctx.store.batches[(ctx.merchant_id, reference)] = batch
    return Reply(201, {"merchantBatchReference": reference, "totalCount": len(items)})


def _batch(ctx: Context) -> Batch:
    reference = ctx.params["merchantBatchReference"]
    batch = ctx.store.batches.get((ctx.merchant_id, reference))
    if batch is None:
        raise errors.not_found("batch", reference)
    return batch


def _run_item(ctx: Context, member: str, index: int, item: Any) -> str | None:
    """Run one item; failures are kept out of the batch (reported per payment)."""
    prefix = f"{member}[{index}]"
    try:
        if member == "createPayments":
            return payment_ops.new_payment(ctx, item, prefix=prefix).id
        if member == "createPaymentLinks":
            new_payment_link(ctx, item, prefix)
            return None
        if member == "createPayouts":
            create_payout(_sub_context(ctx, {}, item))
            return None
        operation_id, nested = _NESTED[member]
        payment_id = require(item, "paymentId", prefix=prefix)
        HANDLERS[operation_id](_sub_context(ctx, {"paymentId": payment_id}, item.get(nested)))
        return str(payment_id)
    except errors.Failure:
        return None


def _sub_context(ctx: Context, params: dict[str, str], body: Any) -> Context:
    sub = Context(
        ctx.store,
        ctx.base_url,
        ctx.now,
        ctx.merchant_id,
        params=params,
        body=body,
        credentials=ctx.credentials,
    )
    sub.events = ctx.events
    return sub


@handles("process_batch")
def process_batch(ctx: Context) -> Reply:
    batch = _batch(ctx)
    processed = BATCH.after(batch.status, BatchAction.PROCESS)  # a wrong-state 400 if done
    member = next(m for m, t in OPERATION_TYPES.items() if t == batch.operation_type)
    for index, item in enumerate(batch.body[member]):
        payment_id = _run_item(ctx, member, index, item)
        if payment_id is not None and payment_id not in batch.payment_ids:
            batch.payment_ids.append(payment_id)
    batch.status = processed
    return Reply(204)


@handles("get_batch_status")
def get_batch_status(ctx: Context) -> Reply:
    batch = _batch(ctx)
    return Reply(
        200,
        {
            "merchantBatchReference": batch.reference,
            "operationType": batch.operation_type,
            "itemCount": batch.item_count,
            "status": BATCH.output(batch.status).status,
        },
    )


@handles("get_payments_report")
def get_payments_report(ctx: Context) -> Reply:
    batch = _batch(ctx)
    cursor = ctx.query_value("cursor") or "0"
    limit_text = ctx.query_value("limit") or "50"
    if not cursor.isdigit():
        raise errors.bad_request("unknown cursor", "cursor")
    limit = int(limit_text)
    if not 1 <= limit <= 1000:
        raise errors.bad_request("limit must be 1 to 1000", "limit")
    start = int(cursor)
    chosen = batch.payment_ids[start : start + limit]
    summaries = []
    for ident in chosen:
        payment = ctx.store.payments[ident]
        output: dict[str, Any] = {
            "amountOfMoney": views.money(payment.amount, payment.currency),
            "references": dict(payment.references),
            "transactionDate": views.iso(payment.changed),
        }
        if payment.card is not None:
            output["cardPaymentMethodSpecificOutput"] = {
                "card": {"cardNumber": views.card_essentials(payment.card)["cardNumber"]},
                **({"token": payment.token} if payment.token else {}),
            }
        status = views.payment_status_output(payment)
        summaries.append(
            {
                "id": payment.id,
                "status": PAYMENT.output(payment.status).status,
                "statusOutput": {
                    k: status[k]
                    for k in ("statusCode", "statusCategory", "statusCodeChangeDateTime")
                },
                "paymentOutput": output,
            }
        )
    more = start + limit < len(batch.payment_ids)
    pagination: dict[str, Any] = {"hasMore": more}
    if more:
        pagination["nextCursor"] = str(start + limit)
    return Reply(200, {"payments": summaries, "pagination": pagination})
