"""Payments: creation and authorisation, 3-D Secure, capture, cancellation, refund,
increments, completion, subsequent payments and the read operations.

The states and their transitions are the payment table of :mod:`opay.sandbox.lifecycles`::

    create ─► REJECTED (declined card, or 3-D Secure failed or rejected frictionless)
           ├► REDIRECTED (3-D Secure challenge or redirect product) ─► authorised / REJECTED
           └► authorised: PENDING_CAPTURE, or CAPTURED with authorizationMode SALE
    PENDING_CAPTURE ─ capture (partial or final) ─► CAPTURED ─ refund ─► REFUNDED when all
    PENDING_CAPTURE ─ cancel ─► CANCELLED (or stays CAPTURED when part was captured)

What a card does comes from the platform's test cards (:mod:`opay.sandbox.cards`).
"""

from __future__ import annotations

from typing import Any

from opay.sandbox import cards, catalog, errors, urls, views
from opay.sandbox.handlers import Context, Reply, get, handles, join_path, require
from opay.sandbox.handlers.mandates import create_mandate_record
from opay.sandbox.lifecycles import (
    CAPTURE,
    MANDATE,
    PAYMENT,
    PAYMENT_EVENTS,
    REFUND,
    CaptureAction,
    CaptureState,
    MandateAction,
    PaymentAction,
    PaymentState,
    RefundAction,
    RefundState,
)
from opay.sandbox.state import Operation, Payment, Token

AUTHORIZATION_MODES = ("FINAL_AUTHORIZATION", "PRE_AUTHORIZATION", "SALE")
REFERENCE_KEYS = (
    "merchantComment",
    "merchantParameters",
    "merchantReconciliationReference",
    "merchantReference",
    "operationGroupReference",
    "softDescriptor",
    "structuredCreditorReference",
)


def amount_of_money(data: Any, prop: str, *, positive: bool = False) -> tuple[int, str]:
    """Check an ``AmountOfMoney`` found at ``prop``: amount present and not negative, and a
    known ISO 4217 currency code."""
    amount = require(data, "amount", prefix=prop)
    currency = require(data, "currencyCode", prefix=prop)
    if amount < 0 or (positive and amount == 0):
        raise errors.bad_request(
            "the amount must be greater than zero" if positive else "the amount is negative",
            f"{prop}.amount",
        )
    if currency not in catalog.CURRENCIES:
        raise errors.bad_request(
            f"{currency!r} is not an ISO 4217 currency code",
            f"{prop}.currencyCode",
            errors.UNKNOWN_CURRENCY,
        )
    return int(amount), str(currency)


def references_of(data: Any) -> dict[str, Any]:
    """The ``PaymentReferences`` members found in an ``OrderReferences``-like object."""
    if not isinstance(data, dict):
        return {}
    return {k: data[k] for k in REFERENCE_KEYS if data.get(k) is not None}


def move(ctx: Context, payment: Payment, action: PaymentAction) -> None:
    """Apply ``action`` through the payment table (a wrong-state 400 when not allowed)."""
    payment.status = PAYMENT.after(payment.status, action)
    payment.changed = ctx.now


def emit_payment(ctx: Context, payment: Payment, event_type: str | None = None) -> None:
    """Send the webhook event matching the payment's status (or ``event_type``)."""
    ctx.emit(event_type or PAYMENT_EVENTS[payment.status], "payment", views.payment_json(payment))


def _operation(
    payment: Payment, ident: str, kind: str, amount: int, at: Any, **extra: Any
) -> Operation:
    """An operation reading as the payment's current state."""
    return Operation(ident, kind, amount, PAYMENT.output(payment.status), at, **extra)


def find_token(ctx: Context, token_id: str, prop: str) -> Token:
    token = ctx.store.tokens.get(token_id)
    if token is None or token.merchant_id != ctx.merchant_id:
        raise errors.bad_request(f"the token {token_id!r} does not exist", prop)
    return token


def tokenize(ctx: Context, card: cards.CheckedCard) -> tuple[Token, bool]:
    """The merchant's token for ``card``, created when it has none yet."""
    for token in ctx.store.tokens.values():
        if (
            token.merchant_id == ctx.merchant_id
            and token.card.number == card.number
            and token.card.expiry == card.expiry
        ):
            return token, False
    token = Token(ctx.store.uuid(), ctx.merchant_id, card.brand.product_id, card, ctx.now)
    ctx.store.tokens[token.id] = token
    ctx.emit("token.created", "token", views.token_json(token))
    return token, True


def capture_operation(
    ctx: Context, payment: Payment, amount: int, references: dict[str, Any] | None = None
) -> Operation:
    """A capture of ``amount``, requested then settled at once through the capture table."""
    state = CAPTURE.after(CaptureState.CAPTURE_REQUESTED, CaptureAction.SETTLE)
    return Operation(
        payment.next_operation_id(),
        "capture",
        amount,
        CAPTURE.output(state),
        ctx.now,
        operation_references=references,
    )


def authorise(ctx: Context, payment: Payment, action: PaymentAction) -> None:
    """Authorise a payment (``action`` AUTHORISE or COMPLETE): PENDING_CAPTURE, or CAPTURED
    at once for a sale."""
    move(ctx, payment, action)
    payment.operations.append(
        _operation(payment, payment.id, "authorization", payment.amount, ctx.now)
    )
    if payment.authorization_mode == "SALE":
        capture = capture_operation(ctx, payment, payment.amount)
        payment.captures.append(capture)
        payment.operations.append(capture)
        payment.capture_closed = True
        move(ctx, payment, PaymentAction.CAPTURE)
    emit_payment(ctx, payment)


def reject(ctx: Context, payment: Payment, code: errors.Entry, message: str) -> None:
    """Decline a payment: REJECTED, with the reason in ``statusOutput.errors``."""
    move(ctx, payment, PaymentAction.REJECT)
    payment.errors = [errors.ApiError(code, message).to_json()]
    payment.operations.append(
        _operation(payment, payment.id, "authorization", payment.amount, ctx.now)
    )
    emit_payment(ctx, payment)


# The message of each decline, by test card outcome (the code is the decline the handlers
# already answer: the catalogue's NOT_AUTHORISED).
_DECLINES: dict[cards.Outcome, tuple[errors.Entry, str]] = {
    cards.Outcome.DECLINED: (errors.DECLINED, "the issuer declined the authorisation"),
    cards.Outcome.INSUFFICIENT_FUNDS: (errors.DECLINED, "insufficient funds"),
    cards.Outcome.AUTHENTICATION_FAILED: (
        errors.AUTHENTICATION_FAILED,
        "3-D Secure authentication failed; the payment cannot proceed to authorisation",
    ),
    cards.Outcome.AUTHENTICATION_REJECTED: (
        errors.AUTHENTICATION_FAILED,
        "the issuer rejected the 3-D Secure authentication; the payment cannot proceed to "
        "authorisation",
    ),
}


def decide(ctx: Context, payment: Payment) -> None:
    """Run the authorisation of a new card payment according to the test cards: a skipped
    authentication leaves only the issuer's decline."""
    assert payment.card is not None
    outcome = cards.outcome_of(payment.card.number)
    authenticates = not payment.skipped_authentication
    if outcome.declined or (authenticates and outcome.rejected_by_authentication):
        code, message = _DECLINES[outcome]
        reject(ctx, payment, code, message)
    elif authenticates and outcome.challenged:
        redirect(ctx, payment)
    else:
        authorise(ctx, payment, PaymentAction.AUTHORISE)


def redirect(ctx: Context, payment: Payment) -> None:
    """Send the customer to the challenge page (3-D Secure or a redirect product)."""
    payment.returnmac = ctx.store.uuid()
    move(ctx, payment, PaymentAction.REDIRECT)
    emit_payment(ctx, payment)


def _authorization_mode(data: Any, prop: str) -> str:
    mode = get(data, "authorizationMode")
    if mode is None:
        delay = get(data, "autoCapture", "delayInMinutes")
        return "SALE" if delay == 0 else "FINAL_AUTHORIZATION"
    if mode not in AUTHORIZATION_MODES:
        raise errors.bad_request(
            f"authorizationMode must be one of {', '.join(AUTHORIZATION_MODES)}",
            f"{prop}.authorizationMode",
        )
    return str(mode)


def new_payment(
    ctx: Context,
    body: Any,
    *,
    prefix: str = "",
    hosted_checkout_id: str | None = None,
    return_url: str | None = None,
) -> Payment:
    """Create, store and authorise (or decline, or redirect) a payment from a
    ``CreatePaymentRequest``-shaped body. Declines are not raised: the payment is REJECTED."""
    amount, currency = amount_of_money(
        require(body, "order", "amountOfMoney", prefix=prefix),
        join_path(prefix, "order.amountOfMoney"),
    )
    references = references_of(get(body, "order", "references"))
    card_input = get(body, "cardPaymentMethodSpecificInput")
    mobile_input = get(body, "mobilePaymentMethodSpecificInput")
    redirect_input = get(body, "redirectPaymentMethodSpecificInput")
    sepa_input = get(body, "sepaDirectDebitPaymentMethodSpecificInput")
    hosted_tokenization_id = get(body, "hostedTokenizationId")
    if get(body, "encryptedCustomerInput") is not None:
        raise errors.bad_request(
            "the sandbox cannot decrypt encryptedCustomerInput; send the card or a token",
            join_path(prefix, "encryptedCustomerInput"),
        )
    payment = Payment(
        id=ctx.store.payment_id(),
        merchant_id=ctx.merchant_id,
        amount=amount,
        currency=currency,
        status=PaymentState.CREATED,
        created=ctx.now,
        changed=ctx.now,
        method="card",
        product_id=0,
        references=references,
        hosted_checkout_id=hosted_checkout_id,
        return_url=return_url,
    )
    if card_input is not None or hosted_tokenization_id is not None:
        prop = join_path(prefix, "cardPaymentMethodSpecificInput")
        data = card_input or {}
        product_id = get(data, "paymentProductId")
        card_data = get(data, "card")
        token_id = get(data, "token")
        if hosted_tokenization_id is not None and token_id is None:
            ht = ctx.store.hosted_tokenizations.get(hosted_tokenization_id)
            if ht is None or ht.merchant_id != ctx.merchant_id or ht.token_id is None:
                raise errors.bad_request(
                    f"the hosted tokenization {hosted_tokenization_id!r} has no token",
                    join_path(prefix, "hostedTokenizationId"),
                )
            token_id = ht.token_id
        if card_data is not None:
            card = cards.check_card(card_data, product_id, ctx.now, f"{prop}.card")
        elif token_id is not None:
            token = find_token(ctx, token_id, f"{prop}.token")
            if product_id is not None and product_id != token.product_id:
                raise errors.bad_request(
                    f"the token is for paymentProductId {token.product_id}",
                    f"{prop}.paymentProductId",
                    errors.PRODUCT_MISMATCH,
                )
            card = token.card
            payment.token = token.id
        else:
            raise errors.missing(f"{prop}.card")
        payment.card = card
        payment.product_id = card.brand.product_id
        payment.authorization_mode = _authorization_mode(data, prop)
        payment.skipped_authentication = bool(
            get(data, "threeDSecure", "skipAuthentication")
        ) or bool(get(data, "skipAuthentication"))
        if payment.return_url is None:
            payment.return_url = urls.return_url(
                get(data, "returnUrl"), f"{prop}.returnUrl"
            ) or urls.return_url(
                get(data, "threeDSecure", "redirectionData", "returnUrl"),
                f"{prop}.threeDSecure.redirectionData.returnUrl",
            )
        wants_token = bool(get(data, "tokenize")) and payment.token is None
        challenged = cards.outcome_of(card.number).challenged
        if challenged and not payment.skipped_authentication and payment.return_url is None:
            raise errors.missing(f"{prop}.threeDSecure.redirectionData.returnUrl")
        if wants_token:
            token, is_new = tokenize(ctx, card)
            payment.token, payment.new_token = token.id, is_new
    elif mobile_input is not None:
        prop = join_path(prefix, "mobilePaymentMethodSpecificInput")
        product_id = require(mobile_input, "paymentProductId", prefix=prop)
        if product_id not in catalog.NETWORKS:
            raise errors.bad_request(
                f"{product_id} is not a mobile payment product", f"{prop}.paymentProductId"
            )
        if (
            get(mobile_input, "encryptedPaymentData") is None
            and get(mobile_input, "decryptedPaymentData") is None
        ):
            raise errors.missing(f"{prop}.encryptedPaymentData")
        payment.method, payment.product_id = "mobile", int(product_id)
        payment.authorization_mode = _authorization_mode(mobile_input, prop)
    elif redirect_input is not None:
        prop = join_path(prefix, "redirectPaymentMethodSpecificInput")
        product_id = require(redirect_input, "paymentProductId", prefix=prop)
        product = catalog.PRODUCTS_BY_ID.get(product_id)
        if product is None or product.method != "redirect":
            raise errors.bad_request(
                f"{product_id} is not a redirect payment product", f"{prop}.paymentProductId"
            )
        if not catalog.available(product, currency):
            raise errors.bad_request(
                f"{product.label} does not accept {currency}",
                join_path(prefix, "order.amountOfMoney.currencyCode"),
            )
        payment.method, payment.product_id = "redirect", int(product_id)
        payment.authorization_mode = (
            "SALE" if get(redirect_input, "requiresApproval") is False else "FINAL_AUTHORIZATION"
        )
        if payment.return_url is None:
            payment.return_url = urls.return_url(
                require(redirect_input, "redirectionData", "returnUrl", prefix=prop),
                f"{prop}.redirectionData.returnUrl",
            )
    elif sepa_input is not None:
        prop = join_path(prefix, "sepaDirectDebitPaymentMethodSpecificInput")
        if currency != "EUR":
            raise errors.bad_request(
                "SEPA Direct Debit payments are in EUR",
                join_path(prefix, "order.amountOfMoney.currencyCode"),
            )
        payment.method, payment.product_id = "directDebit", 771
        payment.authorization_mode = "SALE"
        payment.mandate_reference = _sepa_mandate(ctx, sepa_input, prop)
    else:
        raise errors.missing(join_path(prefix, "cardPaymentMethodSpecificInput"))
    ctx.store.payments[payment.id] = payment
    ctx.emit("payment.created", "payment", views.payment_json(payment))
    if payment.method == "card":
        decide(ctx, payment)
    elif payment.method == "redirect":
        redirect(ctx, payment)
    else:
        authorise(ctx, payment, PaymentAction.AUTHORISE)
    return payment


def _sepa_mandate(ctx: Context, data: Any, prop: str) -> str:
    specific = require(data, "paymentProduct771SpecificInput", prefix=prop)
    prop = f"{prop}.paymentProduct771SpecificInput"
    existing = get(specific, "existingUniqueMandateReference")
    if existing is not None:
        mandate = ctx.store.mandates.get((ctx.merchant_id, existing))
        if mandate is None or not MANDATE.can(mandate.status, MandateAction.PAY):
            raise errors.bad_request(
                f"no active mandate {existing!r}", f"{prop}.existingUniqueMandateReference"
            )
        return str(existing)
    request = require(specific, "mandate", prefix=prop)
    mandate = create_mandate_record(ctx, request, f"{prop}.mandate")
    return mandate.reference


def _raise_if_declined(ctx: Context, payment: Payment) -> None:
    if payment.status is PaymentState.REJECTED:
        raise errors.fail(
            errors.DECLINED,
            "the payment was declined",
            extra={"paymentResult": views.create_payment_response(payment, ctx.base_url)},
        )


@handles("create_payment")
def create_payment(ctx: Context) -> Reply:
    payment = new_payment(ctx, ctx.body)
    _raise_if_declined(ctx, payment)
    return Reply(
        201,
        views.create_payment_response(payment, ctx.base_url),
        ctx.location("payments", payment.id),
    )


@handles("get_payment")
def get_payment(ctx: Context) -> Reply:
    return Reply(200, views.payment_json(ctx.payment()))


@handles("get_payment_details")
def get_payment_details(ctx: Context) -> Reply:
    return Reply(200, views.payment_details_json(ctx.payment()))


@handles("get_captures")
def get_captures(ctx: Context) -> Reply:
    payment = ctx.payment()
    return Reply(200, {"captures": [views.capture_json(payment, c) for c in payment.captures]})


@handles("get_refunds")
def get_refunds(ctx: Context) -> Reply:
    payment = ctx.payment()
    return Reply(200, {"refunds": [views.refund_json(payment, r) for r in payment.refunds]})


def _operation_references(body: Any) -> dict[str, Any] | None:
    refs = get(body, "operationReferences")
    return dict(refs) if isinstance(refs, dict) and refs else None


def _allowed(payment: Payment, action: PaymentAction) -> None:
    """A wrong-state 400 unless the payment table allows ``action`` now."""
    PAYMENT.after(payment.status, action)


@handles("capture_payment")
def capture_payment(ctx: Context) -> Reply:
    payment = ctx.payment()
    body = ctx.body or {}
    _allowed(payment, PaymentAction.CAPTURE)
    if payment.capturable == 0:
        raise errors.wrong_state("the payment has nothing left to capture")
    amount = get(body, "amount")
    if amount is None:
        amount = payment.capturable
    if amount <= 0:
        raise errors.bad_request("the amount must be greater than zero", "amount")
    if amount > payment.capturable:
        raise errors.bad_request(
            f"the amount {amount} exceeds the {payment.capturable} left to capture",
            "amount",
            errors.AMOUNT_TOO_HIGH,
        )
    capture = capture_operation(ctx, payment, amount, _operation_references(body))
    payment.captures.append(capture)
    payment.operations.append(capture)
    if get(body, "isFinal") or payment.capturable == 0:
        payment.capture_closed = True
    move(ctx, payment, PaymentAction.CAPTURE)
    emit_payment(ctx, payment)
    return Reply(200, views.capture_json(payment, capture))


def _amount_left(
    body: dict[str, Any], payment: Payment, left: int, action: str
) -> tuple[int, bool]:
    """The amount a cancel or refund body asks for, and whether it named one: its
    ``amountOfMoney`` (in the payment's currency, at most ``left``), else all of ``left``."""
    money = get(body, "amountOfMoney")
    if money is None:
        return left, False
    amount, currency = amount_of_money(money, "amountOfMoney", positive=True)
    if currency != payment.currency:
        raise errors.bad_request(
            f"the payment is in {payment.currency}", "amountOfMoney.currencyCode"
        )
    if amount > left:
        raise errors.bad_request(
            f"the amount {amount} exceeds the {left} left to {action}",
            "amountOfMoney.amount",
            errors.AMOUNT_TOO_HIGH,
        )
    return amount, True


@handles("cancel_payment")
def cancel_payment(ctx: Context) -> Reply:
    payment = ctx.payment()
    body = ctx.body or {}
    _allowed(payment, PaymentAction.CANCEL)
    if payment.capturable == 0:
        raise errors.wrong_state("the payment has nothing left to cancel")
    amount, partial = _amount_left(body, payment, payment.capturable, "cancel")
    payment.cancelled += amount
    if get(body, "isFinal") or not partial or payment.capturable == 0:
        payment.capture_closed = True
    everything = payment.capturable == 0 and payment.captured == 0
    move(ctx, payment, PaymentAction.CANCEL if everything else PaymentAction.CANCEL_PART)
    payment.operations.append(
        Operation(
            payment.next_operation_id(),
            "cancel",
            amount,
            PAYMENT.output(PaymentState.CANCELLED),
            ctx.now,
            operation_references=_operation_references(body),
        )
    )
    emit_payment(ctx, payment, "payment.cancelled")
    return Reply(200, {"payment": views.payment_json(payment)})


@handles("refund_payment")
def refund_payment(ctx: Context) -> Reply:
    payment = ctx.payment()
    body = ctx.body or {}
    _allowed(payment, PaymentAction.REFUND)
    if payment.refundable == 0:
        raise errors.wrong_state("the payment has nothing left to refund")
    amount, _partial = _amount_left(body, payment, payment.refundable, "refund")
    capture_id = get(body, "captureId")
    if capture_id is not None and capture_id not in {c.id for c in payment.captures}:
        raise errors.bad_request(f"the payment has no capture {capture_id!r}", "captureId")
    refund = Operation(
        payment.next_operation_id(),
        "refund",
        amount,
        REFUND.output(REFUND.after(RefundState.REFUND_REQUESTED, RefundAction.SETTLE)),
        ctx.now,
        references=references_of(get(body, "references")),
        operation_references=_operation_references(body),
    )
    payment.refunds.append(refund)
    payment.operations.append(refund)
    everything = payment.refundable == 0 and payment.capturable == 0
    move(ctx, payment, PaymentAction.REFUND if everything else PaymentAction.REFUND_PART)
    rendered = views.refund_json(payment, refund)
    ctx.emit("payment.refunded", "refund", rendered)
    ctx.events[-1]["payment"] = views.payment_json(payment)
    return Reply(201, rendered, ctx.location("payments", payment.id, "refunds"))


@handles("increment_authorization")
def increment_authorization(ctx: Context) -> Reply:
    payment = ctx.payment()
    amount, currency = amount_of_money(
        require(ctx.body, "amountOfMoney"), "amountOfMoney", positive=True
    )
    _allowed(payment, PaymentAction.INCREMENT)
    if payment.authorization_mode != "PRE_AUTHORIZATION":
        raise errors.wrong_state(
            "only payments authorised with authorizationMode PRE_AUTHORIZATION can be incremented"
        )
    if currency != payment.currency:
        raise errors.bad_request(
            f"the payment is in {payment.currency}", "amountOfMoney.currencyCode"
        )
    payment.amount += amount
    move(ctx, payment, PaymentAction.INCREMENT)
    payment.operations.append(
        _operation(payment, payment.next_operation_id(), "authorization", amount, ctx.now)
    )
    emit_payment(ctx, payment)
    return Reply(200, {"payment": views.payment_json(payment)})


def finish_challenge(
    ctx: Context,
    payment: Payment,
    approve: bool,
    action: PaymentAction = PaymentAction.AUTHORISE,
) -> None:
    """The outcome of the customer's 3-D Secure challenge or redirect-product approval; a
    card whose challenge the issuer rejects (test cards) is rejected even when passed."""
    _allowed(payment, action)
    outcome = None if payment.card is None else cards.outcome_of(payment.card.number)
    if approve and outcome is not cards.Outcome.CHALLENGE_REJECTED:
        authorise(ctx, payment, action)
    elif approve:
        reject(
            ctx,
            payment,
            errors.AUTHENTICATION_FAILED,
            "the issuer rejected the 3-D Secure authentication after the challenge",
        )
    else:
        reject(ctx, payment, errors.AUTHENTICATION_FAILED, "the customer failed authentication")


@handles("complete_payment")
def complete_payment(ctx: Context) -> Reply:
    payment = ctx.payment()
    card_data = get(ctx.body, "cardPaymentMethodSpecificInput", "card")
    _allowed(payment, PaymentAction.COMPLETE)
    if card_data is not None:
        prop = "cardPaymentMethodSpecificInput.card"
        card = cards.check_card(card_data, payment.product_id or None, ctx.now, prop)
        payment.card = card
    finish_challenge(ctx, payment, True, PaymentAction.COMPLETE)
    return Reply(200, views.create_payment_response(payment, ctx.base_url))


@handles("subsequent_payment")
def subsequent_payment(ctx: Context) -> Reply:
    original = ctx.payment()
    amount, currency = amount_of_money(
        require(ctx.body, "order", "amountOfMoney"), "order.amountOfMoney"
    )
    if original.card is None or not PAYMENT.can(original.status, PaymentAction.SUBSEQUENT):
        raise errors.wrong_state(
            "subsequent payments need an authorised card payment as their first payment"
        )
    data = get(ctx.body, "subsequentcardPaymentMethodSpecificInput") or {}
    payment = Payment(
        id=ctx.store.payment_id(),
        merchant_id=ctx.merchant_id,
        amount=amount,
        currency=currency,
        status=PaymentState.CREATED,
        created=ctx.now,
        changed=ctx.now,
        method="card",
        product_id=original.product_id,
        references=references_of(get(ctx.body, "order", "references")),
        card=original.card,
        token=get(data, "token") or original.token,
        authorization_mode=_authorization_mode(data, "subsequentcardPaymentMethodSpecificInput"),
        skipped_authentication=True,  # merchant-initiated: no customer to authenticate
    )
    ctx.store.payments[payment.id] = payment
    ctx.emit("payment.created", "payment", views.payment_json(payment))
    authorise(ctx, payment, PaymentAction.AUTHORISE)
    return Reply(
        201, {"payment": views.payment_json(payment)}, ctx.location("payments", payment.id)
    )


@handles("add_authorization_details")
def add_authorization_details(ctx: Context) -> Reply:
    payment = ctx.payment()
    move(ctx, payment, PaymentAction.ADD_DETAILS)
    return Reply(200, {"payment": views.payment_json(payment)})
