"""Payment products, product groups, networks, the iDEAL directory and product sessions."""

from __future__ import annotations

import json

from opay.sandbox import catalog, errors
from opay.sandbox.handlers import Context, Reply, get, handles


def _filters(ctx: Context) -> tuple[str | None, frozenset[str]]:
    currency = ctx.query_value("currencyCode")
    if currency is not None and currency not in catalog.CURRENCIES:
        raise errors.bad_request(
            f"{currency!r} is not an ISO 4217 currency code",
            "currencyCode",
            errors.UNKNOWN_CURRENCY,
        )
    # the shape of countryCode and currencyCode is checked with the query (API description)
    return currency, frozenset(ctx.query.get("hide", []))


def _recurring_only(ctx: Context) -> bool:
    return ctx.query_value("isRecurring") == "true"


def _product(ctx: Context) -> catalog.Product:
    raw = ctx.params["paymentProductId"]
    product = catalog.PRODUCTS_BY_ID.get(int(raw)) if raw.lstrip("-").isdigit() else None
    if product is None:
        raise errors.not_found("payment product", raw)
    return product


@handles("get_payment_products")
def get_payment_products(ctx: Context) -> Reply:
    currency, hide = _filters(ctx)
    recurring = _recurring_only(ctx)
    products = [
        catalog.product_json(p, hide=hide)
        for p in catalog.PRODUCTS_BY_ID.values()
        if catalog.available(p, currency) and (p.recurring or not recurring)
    ]
    return Reply(200, {"paymentProducts": products})


@handles("get_payment_product")
def get_payment_product(ctx: Context) -> Reply:
    currency, hide = _filters(ctx)
    product = _product(ctx)
    if not catalog.available(product, currency):
        raise errors.not_found("payment product available in " + str(currency), str(product.id))
    return Reply(200, catalog.product_json(product, hide=hide))


@handles("get_product_groups")
def get_product_groups(ctx: Context) -> Reply:
    _filters(ctx)
    return Reply(200, {"paymentProductGroups": [catalog.group_json(g) for g in catalog.GROUPS]})


@handles("get_product_group")
def get_product_group(ctx: Context) -> Reply:
    _filters(ctx)
    group = ctx.params["paymentProductGroupId"]
    if group not in catalog.GROUPS:
        raise errors.not_found("payment product group", group)
    return Reply(200, catalog.group_json(group))


@handles("get_payment_product_networks")
def get_payment_product_networks(ctx: Context) -> Reply:
    _filters(ctx)
    product = _product(ctx)
    networks = catalog.NETWORKS.get(product.id)
    if networks is None:
        raise errors.not_found("networks of payment product", str(product.id))
    return Reply(200, {"networks": list(networks)})


@handles("get_product_directory")
def get_product_directory(ctx: Context) -> Reply:
    currency, _ = _filters(ctx)
    product = _product(ctx)
    if product.id != 809:
        raise errors.not_found("directory of payment product", str(product.id))
    if currency is not None and currency != "EUR":
        raise errors.bad_request("iDEAL accepts EUR only", "currencyCode")
    entries = [
        {"issuerId": bic, "issuerName": name, "issuerList": "short"}
        for bic, name in catalog.IDEAL_ISSUERS
    ]
    return Reply(200, {"entries": entries})


@handles("create_payment_product_session")
def create_payment_product_session(ctx: Context) -> Reply:
    product = _product(ctx)
    if product.id != 302:
        raise errors.bad_request("sessions exist for Apple Pay (302) only", "paymentProductId")
    specific = get(ctx.body, "paymentProductSession302SpecificInput") or {}
    domain = get(specific, "domainName")
    if not domain:
        raise errors.missing("paymentProductSession302SpecificInput.domainName")
    session = {
        "epochTimestamp": int(ctx.now.timestamp() * 1000),
        "merchantSessionIdentifier": ctx.store.hex(32),
        "nonce": ctx.store.hex(8),
        "merchantIdentifier": ctx.merchant_id,
        "domainName": domain,
        "displayName": get(specific, "displayName") or ctx.merchant_id,
    }
    return Reply(
        200,
        {
            "paymentProductSession302SpecificOutput": {
                "session": json.dumps(session, separators=(",", ":"))
            }
        },
    )
