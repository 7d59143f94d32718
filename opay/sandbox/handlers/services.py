"""Services: IIN details, currency conversion rates, surcharges, privacy policy and the
connection test."""

from __future__ import annotations

from typing import Any

from opay.sandbox import cards, catalog, errors, views
from opay.sandbox.handlers import Context, Reply, get, handles, require
from opay.sandbox.handlers.payments import amount_of_money, find_token


def _brand_of_bin(number: str, prop: str) -> cards.Brand:
    if not number.isdigit() or len(number) < 6:
        raise errors.bad_request("must be at least the first 6 digits of a card number", prop)
    brand = cards.brand_of(number)
    if brand is None:
        raise errors.not_found("card brand for IIN", number[:6])
    return brand


@handles("get_iin_details")
def get_iin_details(ctx: Context) -> Reply:
    number = require(ctx.body, "bin")
    brand = _brand_of_bin(number, "bin")
    body: dict[str, Any] = {"paymentProductId": brand.product_id, **catalog.iin_details(brand)}
    currency = get(ctx.body, "paymentContext", "amountOfMoney", "currencyCode")
    if get(ctx.body, "paymentContext", "amountOfMoney") is not None:
        amount_of_money(ctx.body["paymentContext"]["amountOfMoney"], "paymentContext.amountOfMoney")
    product = catalog.PRODUCTS_BY_ID[brand.product_id]
    body["isAllowedInContext"] = catalog.available(product, currency)
    if brand is cards.BANCONTACT:
        co_brand = {
            "paymentProductId": cards.MAESTRO.product_id,
            **catalog.iin_details(cards.MAESTRO),
            "isAllowedInContext": True,
        }
        body["coBrands"] = [co_brand]
    return Reply(200, body)


def _card_of_source(ctx: Context, source: Any, prop: str) -> cards.Brand:
    number = get(source, "card", "cardNumber")
    if number is not None:
        brand = cards.check_card_number(
            number, get(source, "card", "paymentProductId"), f"{prop}.card"
        )
        return brand
    token = get(source, "token")
    if token is not None:
        return find_token(ctx, token, f"{prop}.token").card.brand
    ht = get(source, "hostedTokenizationId")
    if ht is not None:
        session = ctx.store.hosted_tokenizations.get(ht)
        if session is None or session.token_id is None or session.merchant_id != ctx.merchant_id:
            raise errors.bad_request(
                "the hosted tokenization has no token", f"{prop}.hostedTokenizationId"
            )
        return ctx.store.tokens[session.token_id].card.brand
    raise errors.missing(f"{prop}.card")


@handles("get_dcc_rate_inquiry")
def get_dcc_rate_inquiry(ctx: Context) -> Reply:
    amount, currency = amount_of_money(
        require(ctx.body, "transaction", "amount"), "transaction.amount"
    )
    brand = _card_of_source(ctx, require(ctx.body, "cardSource"), "cardSource")
    # the card's currency: Amex and Diners cards are US cards, the others British
    target = "USD" if brand in (cards.AMEX, cards.DINERS) else "GBP"
    if target == currency:
        target = "EUR"
    rate = catalog.exchange_rate(currency, target)
    if rate is None:
        return Reply(
            200,
            {
                "dccSessionId": ctx.store.uuid(),
                "result": {"result": "NotAvailable", "resultReason": f"no rate from {currency}"},
            },
        )
    body = {
        "dccSessionId": ctx.store.uuid(),
        "result": {"result": "Allowed"},
        "proposal": {
            "baseAmount": views.money(amount, currency),
            "targetAmount": views.money(catalog.convert(amount, currency, target, rate), target),
            "rate": {
                "exchangeRate": rate,
                "invertedExchangeRate": round(1 / rate, 6),
                "markUpRate": 3.5,
                "quotationDateTime": views.iso(ctx.now),
                "source": "SANDBOX",
            },
            "disclaimerDisplay": "The exchange rate includes a 3.5% margin.",
            "disclaimerReceipt": "Currency conversion offered by the sandbox.",
        },
    }
    return Reply(200, body)


@handles("surcharge_calculation")
def surcharge_calculation(ctx: Context) -> Reply:
    amount, currency = amount_of_money(require(ctx.body, "amountOfMoney"), "amountOfMoney")
    brand = _card_of_source(ctx, require(ctx.body, "cardSource"), "cardSource")
    extra = catalog.surcharge(amount, brand)
    body = {
        "paymentProductId": brand.product_id,
        "result": "OK" if extra else "NO_SURCHARGE",
        "netAmount": views.money(amount, currency),
        "surchargeAmount": views.money(extra, currency),
        "totalAmount": views.money(amount + extra, currency),
        "surchargeRate": {
            "surchargeProductTypeId": brand.card_type.upper(),
            "surchargeProductTypeVersion": "1",
            "adValoremRate": catalog.SURCHARGE_AD_VALOREM if extra else 0.0,
            "specificRate": catalog.SURCHARGE_SPECIFIC if extra else 0,
        },
    }
    return Reply(200, {"surcharges": [body]})


@handles("get_privacy_policy")
def get_privacy_policy(ctx: Context) -> Reply:
    locale = ctx.query_value("locale") or "en_GB"
    product = ctx.query_value("paymentProductId")
    about = f" for payment product {product}" if product else ""
    html = (
        f'<div lang="{locale}"><h1>Privacy policy{about}</h1>'
        "<p>The sandbox keeps your data in memory only and forgets it when it stops.</p></div>"
    )
    return Reply(200, {"htmlContent": html})


@handles("test_connection")
def test_connection(ctx: Context) -> Reply:
    return Reply(200, {"result": "OK"})
