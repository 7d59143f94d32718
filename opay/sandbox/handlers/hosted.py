"""Hosted checkouts and hosted tokenizations: the API side, and the state changes made when
the customer submits the hosted pages (the pages themselves are served elsewhere).

Their states are the checkout and tokenization tables of :mod:`opay.sandbox.lifecycles`: a new
checkout reads IN_PROGRESS with no payment until the customer pays (GetHostedCheckout,
``status``); a new tokenization has no token until the customer submits a card.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from opay.sandbox import cards, errors, urls, views
from opay.sandbox.handlers import Context, Reply, get, handles, join_path, require
from opay.sandbox.handlers.payments import amount_of_money, new_payment, tokenize
from opay.sandbox.lifecycles import (
    CHECKOUT,
    TOKENIZATION,
    CheckoutAction,
    TokenizationAction,
    TokenizationState,
)
from opay.sandbox.state import HostedCheckout, HostedTokenization, Payment


def with_query(url: str, params: dict[str, str]) -> str:
    """``url`` with ``params`` added to its query string."""
    parts = urlsplit(url)
    query = "&".join(q for q in (parts.query, urlencode(params)) if q)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def new_hosted_checkout(ctx: Context, body: Any, prefix: str = "") -> HostedCheckout:
    """Check a ``CreateHostedCheckoutRequest``-shaped body and store the checkout."""
    amount, currency = amount_of_money(
        require(body, "order", "amountOfMoney", prefix=prefix),
        join_path(prefix, "order.amountOfMoney"),
    )
    checkout = HostedCheckout(
        id=ctx.store.digits("4", 9),
        merchant_id=ctx.merchant_id,
        returnmac=ctx.store.uuid(),
        request=body,
        amount=amount,
        currency=currency,
        return_url=urls.return_url(
            get(body, "hostedCheckoutSpecificInput", "returnUrl"),
            join_path(prefix, "hostedCheckoutSpecificInput.returnUrl"),
        ),
        merchant_reference=get(body, "order", "references", "merchantReference"),
        created=ctx.now,
    )
    ctx.store.hosted_checkouts[checkout.id] = checkout
    return checkout


@handles("create_hosted_checkout")
def create_hosted_checkout(ctx: Context) -> Reply:
    checkout = new_hosted_checkout(ctx, ctx.body)
    partial = f"hostedcheckout/{checkout.id}"
    body: dict[str, Any] = {
        "hostedCheckoutId": checkout.id,
        "RETURNMAC": checkout.returnmac,
        "redirectUrl": f"{ctx.base_url}/{partial}",
        "partialRedirectUrl": partial,
        "invalidTokens": [],
    }
    if checkout.merchant_reference is not None:
        body["merchantReference"] = checkout.merchant_reference
    return Reply(201, body, ctx.location("hostedcheckouts", checkout.id))


def hosted_checkout_json(ctx: Context, checkout: HostedCheckout) -> dict[str, Any]:
    """``GetHostedCheckoutResponse``."""
    body: dict[str, Any] = {"status": CHECKOUT.output(checkout.status).status}
    if checkout.payment_id is not None:
        payment = ctx.store.payments[checkout.payment_id]
        body["createdPaymentOutput"] = views.created_payment_output(payment)
    return body


def _checkout(ctx: Context) -> HostedCheckout:
    ident = ctx.params["hostedCheckoutId"]
    checkout = ctx.store.hosted_checkouts.get(ident)
    if checkout is None or checkout.merchant_id != ctx.merchant_id:
        raise errors.not_found("hosted checkout", ident)
    return checkout


@handles("get_hosted_checkout")
def get_hosted_checkout(ctx: Context) -> Reply:
    return Reply(200, hosted_checkout_json(ctx, _checkout(ctx)))


def checkout_return_url(checkout: HostedCheckout) -> str:
    """Where the customer goes back to after paying on the hosted checkout."""
    return with_query(
        checkout.return_url or "about:blank",
        {"RETURNMAC": checkout.returnmac, "hostedCheckoutId": checkout.id},
    )


def pay_hosted_checkout(ctx: Context, checkout: HostedCheckout, card: dict[str, str]) -> Payment:
    """The customer submitted the card form: create the payment. Raises ValueError with a
    message for the page when the card input is wrong."""
    if not CHECKOUT.can(checkout.status, CheckoutAction.PAY):
        raise ValueError("this checkout has already been paid")
    product = card.get("paymentProductId")
    card_input: dict[str, Any] = {
        "card": {
            k: card[k] for k in ("cardNumber", "expiryDate", "cvv", "cardholderName") if card.get(k)
        },
    }
    if product:
        if not product.isdigit():
            raise ValueError("the payment product is not a number")
        card_input["paymentProductId"] = int(product)
    base = get(checkout.request, "cardPaymentMethodSpecificInput") or {}
    for key in ("authorizationMode", "autoCapture", "tokenize"):
        if key in base:
            card_input[key] = base[key]
    request = {"order": checkout.request["order"], "cardPaymentMethodSpecificInput": card_input}
    try:
        if not card_input["card"].get("cvv"):
            raise errors.missing("cardPaymentMethodSpecificInput.card.cvv")
        payment = new_payment(
            ctx,
            request,
            hosted_checkout_id=checkout.id,
            return_url=checkout_return_url(checkout),
        )
    except errors.Failure as failure:
        raise ValueError(_human(failure)) from failure
    checkout.payment_id = payment.id
    checkout.status = CHECKOUT.after(checkout.status, CheckoutAction.PAY)
    return payment


def _human(failure: errors.Failure) -> str:
    messages = []
    for err in failure.errors:
        field = (err.property_name or "").rsplit(".", 1)[-1]
        label = {
            "cardNumber": "Card number",
            "expiryDate": "Expiry date",
            "cvv": "CVV",
            "cardholderName": "Cardholder name",
        }.get(field, field)
        if err.code == errors.MISSING:
            messages.append(f"{label or 'a value'} is required")
        else:
            text = err.detail or err.message
            messages.append(f"{label}: {text}" if label else text)
    return "; ".join(messages)


@handles("create_hosted_tokenization")
def create_hosted_tokenization(ctx: Context) -> Reply:
    tokens = [t for t in (get(ctx.body, "tokens") or "").split(",") if t]
    invalid = [
        t
        for t in tokens
        if t not in ctx.store.tokens or ctx.store.tokens[t].merchant_id != ctx.merchant_id
    ]
    session = HostedTokenization(
        ctx.store.uuid().replace("-", ""), ctx.merchant_id, ctx.body or {}, ctx.now
    )
    ctx.store.hosted_tokenizations[session.id] = session
    partial = f"hostedtokenization/{session.id}"
    return Reply(
        201,
        {
            "hostedTokenizationId": session.id,
            "hostedTokenizationUrl": f"{ctx.base_url}/{partial}",
            "partialRedirectUrl": partial,
            "invalidTokens": invalid,
            "expiredCardTokens": [],
        },
        ctx.location("hostedtokenizations", session.id),
    )


def _tokenization(ctx: Context) -> HostedTokenization:
    ident = ctx.params["hostedTokenizationId"]
    session = ctx.store.hosted_tokenizations.get(ident)
    if session is None or session.merchant_id != ctx.merchant_id:
        raise errors.not_found("hosted tokenization", ident)
    return session


@handles("get_hosted_tokenization")
def get_hosted_tokenization(ctx: Context) -> Reply:
    session = _tokenization(ctx)
    if session.token_id is None or session.status is TokenizationState.IN_PROGRESS:
        # The session exists; its customer has not submitted a card yet. No page of the
        # platform's docs says what GetHostedTokenization answers then (searched: hosted
        # tokenization page, API reference). The response model (opay/openapi.json, and the
        # platform SDK's GetHostedTokenizationResponse docstring) holds only ``token`` and
        # ``tokenStatus`` (UNCHANGED, CREATED or UPDATED: none means "not yet"), and no error
        # is documented for an unfinished session: the sandbox answers the session, with
        # neither. This is the sandbox's reading, not a documented rule.
        return Reply(200, {})
    token = ctx.store.tokens[session.token_id]
    return Reply(
        200,
        {
            "token": views.token_json(token),
            "tokenStatus": TOKENIZATION.output(session.status).status,
        },
    )


def tokenize_hosted(ctx: Context, session: HostedTokenization, card: dict[str, str]) -> str:
    """The customer submitted the tokenization form: store the card, return the token id.
    Raises ValueError with a message for the page when the card input is wrong."""
    if not TOKENIZATION.can(session.status, TokenizationAction.TOKENIZE_NEW):
        raise ValueError("this card has already been saved")
    product = card.get("paymentProductId")
    if product and not product.isdigit():
        raise ValueError("the payment product is not a number")
    data = {
        k: card[k] for k in ("cardNumber", "expiryDate", "cvv", "cardholderName") if card.get(k)
    }
    try:
        checked = cards.check_card(
            data, int(product) if product else None, ctx.now, "card", cvv_required=True
        )
    except errors.Failure as failure:
        raise ValueError(_human(failure)) from failure
    token, is_new = tokenize(ctx, checked)
    action = TokenizationAction.TOKENIZE_NEW if is_new else TokenizationAction.TOKENIZE_KNOWN
    session.status = TOKENIZATION.after(session.status, action)
    session.token_id = token.id
    return token.id
