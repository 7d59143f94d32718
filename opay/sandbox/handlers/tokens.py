"""Tokens: create (or find) a merchant's token for a card, get it, delete it, and import
card-on-file series."""

from __future__ import annotations

from opay.sandbox import cards, catalog, errors, views
from opay.sandbox.handlers import Context, Reply, get, handles, require
from opay.sandbox.handlers.payments import authorise, tokenize
from opay.sandbox.lifecycles import PaymentAction, PaymentState
from opay.sandbox.state import Payment, Token


def _token(ctx: Context) -> Token:
    ident = ctx.params["tokenId"]
    token = ctx.store.tokens.get(ident)
    if token is None or token.merchant_id != ctx.merchant_id:
        raise errors.not_found("token", ident)
    return token


@handles("create_token")
def create_token(ctx: Context) -> Reply:
    if get(ctx.body, "encryptedCustomerInput") is not None:
        raise errors.bad_request(
            "the sandbox cannot decrypt encryptedCustomerInput; send the card",
            "encryptedCustomerInput",
        )
    card_data = require(ctx.body, "card", "data", "card")
    checked = cards.check_card(
        card_data, get(ctx.body, "paymentProductId"), ctx.now, "card.data.card"
    )
    token, is_new = tokenize(ctx, checked)
    return Reply(
        201 if is_new else 200,
        views.created_token_json(token, is_new),
        ctx.location("tokens", token.id),
    )


@handles("get_token")
def get_token(ctx: Context) -> Reply:
    return Reply(200, views.token_json(_token(ctx)))


@handles("delete_token")
def delete_token(ctx: Context) -> Reply:
    token = _token(ctx)
    del ctx.store.tokens[token.id]
    ctx.emit("token.deleted", "token", views.token_json(token))
    return Reply(204)


@handles("import_cof_series")
def import_cof_series(ctx: Context) -> Reply:
    card_data = require(ctx.body, "card")
    product_id = get(ctx.body, "paymentProductId")
    checked = cards.check_card(card_data, product_id, ctx.now, "card")
    currency = get(ctx.body, "currencyCode") or "EUR"
    if currency not in catalog.CURRENCIES:
        raise errors.bad_request(
            f"{currency!r} is not an ISO 4217 currency code",
            "currencyCode",
            errors.UNKNOWN_CURRENCY,
        )
    token_id = get(ctx.body, "tokenId")
    if token_id is not None:
        token = ctx.store.tokens.get(token_id)
        if token is None or token.merchant_id != ctx.merchant_id:
            raise errors.bad_request(f"the token {token_id!r} does not exist", "tokenId")
    payment = Payment(
        id=ctx.store.payment_id(),
        merchant_id=ctx.merchant_id,
        amount=0,
        currency=currency,
        status=PaymentState.CREATED,
        created=ctx.now,
        changed=ctx.now,
        method="card",
        product_id=checked.brand.product_id,
        card=checked,
        token=token_id,
        skipped_authentication=True,  # an imported series is not authenticated again
    )
    ctx.store.payments[payment.id] = payment
    authorise(ctx, payment, PaymentAction.AUTHORISE)
    return Reply(201, {"paymentId": payment.id})
