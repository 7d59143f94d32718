"""Payouts to a card: credited at once, or REJECTED for the test cards the issuer declines
(the payout table of :mod:`opay.sandbox.lifecycles`)."""

from __future__ import annotations

from opay.sandbox import cards, errors, views
from opay.sandbox.handlers import Context, Reply, get, handles, require
from opay.sandbox.handlers.payments import amount_of_money, find_token, references_of
from opay.sandbox.lifecycles import PAYOUT, PayoutAction, PayoutState
from opay.sandbox.state import Payout


@handles("create_payout")
def create_payout(ctx: Context) -> Reply:
    amount, currency = amount_of_money(
        require(ctx.body, "amountOfMoney"), "amountOfMoney", positive=True
    )
    data = require(ctx.body, "cardPayoutMethodSpecificInput")
    prop = "cardPayoutMethodSpecificInput"
    product_id = get(data, "paymentProductId")
    if get(data, "card") is not None:
        card = cards.check_card(data["card"], product_id, ctx.now, f"{prop}.card")
    elif get(data, "token") is not None:
        card = find_token(ctx, data["token"], f"{prop}.token").card
    else:
        raise errors.missing(f"{prop}.card")
    # a payout has no 3-D Secure step: the cards declined without a challenge (issuer
    # declines, and the frictionless 3-D Secure failures of the test cases) decline it
    outcome = cards.outcome_of(card.number)
    declined = outcome.declined or outcome.rejected_by_authentication
    action = PayoutAction.REJECT if declined else PayoutAction.CREDIT
    payout = Payout(
        id=ctx.store.payment_id(),
        merchant_id=ctx.merchant_id,
        amount=amount,
        currency=currency,
        status=PAYOUT.after(PayoutState.CREATED, action),
        created=ctx.now,
        product_id=card.brand.product_id,
        card=card,
        references=references_of(get(ctx.body, "references")),
        reason=get(data, "payoutReason"),
    )
    ctx.store.payouts[payout.id] = payout
    rendered = views.payout_json(payout)
    ctx.emit("payout.created", "payout", rendered)
    if declined:
        ctx.emit("payout.rejected", "payout", rendered)
        raise errors.fail(
            errors.DECLINED, "the issuer declined the payout", extra={"payoutResult": rendered}
        )
    ctx.emit("payout.account_credited", "payout", rendered)
    return Reply(201, rendered, ctx.location("payouts", payout.id))


@handles("get_payout")
def get_payout(ctx: Context) -> Reply:
    ident = ctx.params["payoutId"]
    payout = ctx.store.payouts.get(ident)
    if payout is None or payout.merchant_id != ctx.merchant_id:
        raise errors.not_found("payout", ident)
    return Reply(200, views.payout_json(payout))
