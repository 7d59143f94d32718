"""Payment links: each one opens a hosted checkout; paying it marks the link PAID.

Statuses (the payment link table of :mod:`opay.sandbox.lifecycles`): ACTIVE ─ paid ─► PAID
(a reusable link stays ACTIVE); ACTIVE ─ cancel ─► CANCELLED; past its expiration date an
ACTIVE link reads EXPIRED.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from opay.sandbox import errors, views
from opay.sandbox.handlers import Context, Reply, get, handles, join_path
from opay.sandbox.handlers.hosted import new_hosted_checkout
from opay.sandbox.lifecycles import CHECKOUT, LINK, CheckoutAction, LinkAction
from opay.sandbox.state import PaymentLink

CHANNELS = ("EMAIL", "SMS")


def _parse_moment(value: str, prop: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise errors.bad_request("must be an ISO 8601 date-time", prop) from None
    if moment.tzinfo is None:
        raise errors.bad_request("the date-time needs a time zone", prop)
    return moment


def new_payment_link(ctx: Context, body: Any, prefix: str = "") -> PaymentLink:
    """Check a ``CreatePaymentLinkRequest``-shaped body and store the link."""
    checkout = new_hosted_checkout(ctx, body, prefix)
    specific = get(body, "paymentLinkSpecificInput") or {}
    expiration_text = get(specific, "expirationDate") or get(body, "expirationDate")
    expiration = None
    if expiration_text is not None:
        where = (
            "paymentLinkSpecificInput.expirationDate"
            if get(specific, "expirationDate")
            else "expirationDate"
        )
        prop = join_path(prefix, where)
        expiration = _parse_moment(expiration_text, prop)
        if expiration <= ctx.now:
            raise errors.bad_request("the expiration date is in the past", prop)
    link = PaymentLink(
        id=ctx.store.uuid(),
        merchant_id=ctx.merchant_id,
        hosted_checkout_id=checkout.id,
        amount=checkout.amount,
        currency=checkout.currency,
        merchant_reference=checkout.merchant_reference,
        created=ctx.now,
        expiration=expiration,
        reusable=bool(get(body, "isReusableLink")),
        recipient_name=get(specific, "recipientName") or get(body, "recipientName"),
        description=get(specific, "description") or get(body, "description"),
        qr_code=bool(get(body, "displayQRCode")),
    )
    checkout.payment_link_id = link.id
    link.events.append(_event(ctx, "CREATED", "The payment link was created"))
    ctx.store.payment_links[link.id] = link
    ctx.emit("paymentlink.created", "paymentLink", views.payment_link_json(link, ctx.base_url))
    return link


def _event(ctx: Context, kind: str, details: str) -> dict[str, Any]:
    return {"type": kind, "dateTime": views.iso(ctx.now), "details": details}


def refresh(ctx: Context, link: PaymentLink) -> None:
    """Expire an active link whose expiration date has passed."""
    expired = link.expiration is not None and link.expiration <= ctx.now
    if expired and LINK.can(link.status, LinkAction.EXPIRE):
        link.status = LINK.after(link.status, LinkAction.EXPIRE)
        link.events.append(_event(ctx, "EXPIRED", "The payment link expired"))
        ctx.emit("paymentlink.expired", "paymentLink", views.payment_link_json(link, ctx.base_url))


def mark_paid(ctx: Context, link: PaymentLink, payment_id: str) -> None:
    """Record a payment made through the link."""
    link.payment_id = payment_id
    action = LinkAction.PAY_REUSABLE if link.reusable else LinkAction.PAY
    if LINK.can(link.status, action):  # a link that expired during the challenge stays so
        link.status = LINK.after(link.status, action)
    link.events.append(_event(ctx, "PAID", f"Paid with payment {payment_id}"))
    ctx.emit("paymentlink.paid", "paymentLink", views.payment_link_json(link, ctx.base_url))


def _link(ctx: Context) -> PaymentLink:
    ident = ctx.params["paymentLinkId"]
    link = ctx.store.payment_links.get(ident)
    if link is None or link.merchant_id != ctx.merchant_id:
        raise errors.not_found("payment link", ident)
    refresh(ctx, link)
    return link


@handles("create_payment_link")
def create_payment_link(ctx: Context) -> Reply:
    link = new_payment_link(ctx, ctx.body)
    return Reply(
        201, views.payment_link_json(link, ctx.base_url), ctx.location("paymentlinks", link.id)
    )


@handles("get_payment_link_by_id")
def get_payment_link_by_id(ctx: Context) -> Reply:
    return Reply(200, views.payment_link_json(_link(ctx), ctx.base_url))


@handles("cancel_payment_link_by_id")
def cancel_payment_link_by_id(ctx: Context) -> Reply:
    link = _link(ctx)
    link.status = LINK.after(link.status, LinkAction.CANCEL)
    checkout = ctx.store.hosted_checkouts[link.hosted_checkout_id]
    if CHECKOUT.can(checkout.status, CheckoutAction.CANCEL):
        checkout.status = CHECKOUT.after(checkout.status, CheckoutAction.CANCEL)
    link.events.append(_event(ctx, "CANCELLED", "The payment link was cancelled"))
    ctx.emit("paymentlink.cancelled", "paymentLink", views.payment_link_json(link, ctx.base_url))
    return Reply(204)


@handles("share")
def share(ctx: Context) -> Reply:
    link = _link(ctx)
    channel = get(ctx.body, "channel") or "EMAIL"
    if channel not in CHANNELS:
        raise errors.bad_request(f"channel must be one of {', '.join(CHANNELS)}", "channel")
    recipient = get(ctx.body, "recipient")
    if not recipient:
        raise errors.missing("recipient")
    LINK.after(link.status, LinkAction.SHARE)  # a wrong-state 400 unless ACTIVE
    link.events.append(_event(ctx, "SENT", f"Sent by {channel} to {recipient}"))
    return Reply(204)


@handles("get_payment_links_by_merchant_group_id")
def get_payment_links_by_merchant_group_id(ctx: Context) -> Reply:
    body = ctx.body or {}
    merchants = get(body, "filtering", "merchantIds")
    statuses = get(body, "filtering", "status")
    page = get(body, "pagination", "page") or 1
    size = get(body, "pagination", "pageSize") or 50
    if page < 1 or not 1 <= size <= 1000:
        raise errors.bad_request("page starts at 1 and pageSize is 1 to 1000", "pagination")
    links = []
    for link in ctx.store.payment_links.values():
        refresh(ctx, link)
        if merchants and link.merchant_id not in merchants:
            continue
        if statuses and LINK.output(link.status).status not in statuses:
            continue
        links.append(link)
    descending = get(body, "sorting", "sortDirection") == "DESC"
    links.sort(key=lambda item: item.created, reverse=descending)
    chosen = links[(page - 1) * size : page * size]
    entries = []
    for link in chosen:
        entry: dict[str, Any] = {
            "paymentLinkId": link.id,
            "merchantId": link.merchant_id,
            "status": LINK.output(link.status).status,
            "amount": views.money(link.amount, link.currency),
            "creationDate": views.iso(link.created),
            "isReusableLink": link.reusable,
            "redirectionUrl": f"{ctx.base_url}/hostedcheckout/{link.hosted_checkout_id}",
            "createdBy": "API",
        }
        if link.merchant_reference is not None:
            entry["merchantReference"] = link.merchant_reference
        if link.expiration is not None:
            entry["expirationDate"] = views.iso(link.expiration)
        entries.append(entry)
    return Reply(
        200,
        {
            "paymentLinkOverviewEntries": entries,
            "pagination": {"page": page, "pageSize": size},
            "total": len(links),
        },
    )
