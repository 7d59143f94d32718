"""Client sessions, hosted fields sessions, detokenization and webhook tools."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from opay.sandbox import cards, errors
from opay.sandbox.handlers import Context, Reply, get, handles, require
from opay.sandbox.state import HostedFieldsSession


def _split_tokens(ctx: Context, tokens: list[str]) -> list[str]:
    return [
        t
        for t in tokens
        if t not in ctx.store.tokens or ctx.store.tokens[t].merchant_id != ctx.merchant_id
    ]


@handles("create_session")
def create_session(ctx: Context) -> Reply:
    tokens = get(ctx.body, "tokens") or []
    session_id = ctx.store.hex(32)
    ctx.store.sessions.append(session_id)
    return Reply(
        201,
        {
            "clientSessionId": session_id,
            "customerId": f"{ctx.merchant_id}-{ctx.store.hex(8)}",
            "clientApiUrl": f"{ctx.base_url}/client",
            "assetUrl": f"{ctx.base_url}/assets",
            "invalidTokens": _split_tokens(ctx, tokens),
        },
    )


@handles("create_hosted_fields_session")
def create_hosted_fields_session(ctx: Context) -> Reply:
    tokens = get(ctx.body, "tokens") or []
    session = HostedFieldsSession(
        ctx.store.uuid(), ctx.merchant_id, tokens, get(ctx.body, "locale")
    )
    ctx.store.hosted_fields_sessions[session.id] = session
    invalid = _split_tokens(ctx, tokens)
    card_tokens = []
    for token_id in tokens:
        if token_id in invalid:
            continue
        token = ctx.store.tokens[token_id]
        card_tokens.append(
            {
                "token": token.id,
                "paymentProductId": token.product_id,
                "productName": token.card.brand.name,
                "maskedPan": cards.masked(token.card.number),
                "expiryDate": token.card.expiry,
                **({"cardholderName": token.card.holder} if token.card.holder else {}),
            }
        )
    session_data: dict[str, Any] = {
        "hostedFieldsSessionId": session.id,
        "platformUrl": ctx.base_url,
        "sessionToken": ctx.store.hex(32),
        "tokens": [t for t in tokens if t not in invalid],
    }
    if session.locale is not None:
        session_data["locale"] = session.locale
    return Reply(
        201,
        {
            "hostedFieldsSessionId": session.id,
            "sdkUrl": f"{ctx.base_url}/hostedfields/sdk.js",
            "sdkSri": "sha384-"
            + base64.b64encode(hashlib.sha384(session.id.encode()).digest()).decode(),
            "sessionData": session_data,
            "cardTokens": card_tokens,
            "invalidTokens": invalid,
        },
    )


@handles("get_hosted_fields_session")
def get_hosted_fields_session(ctx: Context) -> Reply:
    ident = ctx.params["sessionId"]
    session = ctx.store.hosted_fields_sessions.get(ident)
    if session is None or session.merchant_id != ctx.merchant_id:
        raise errors.not_found("hosted fields session", ident)
    body: dict[str, Any] = {"sessionId": session.id}
    valid = [t for t in session.tokens if t in ctx.store.tokens]
    if valid:
        token = ctx.store.tokens[valid[0]]
        body["token"] = {
            "tokenId": token.id,
            "maskedPan": cards.masked(token.card.number),
            "expiryDate": token.card.expiry,
            "isTemporary": False,
        }
    return Reply(200, body)


@handles("create_certificate")
def create_certificate(ctx: Context) -> Reply:
    csr = require(ctx.body, "csr")
    if "BEGIN CERTIFICATE REQUEST" not in csr:
        raise errors.bad_request("the CSR must be PEM-encoded", "csr")
    digest = hashlib.sha256(csr.encode()).digest()
    pem = (
        "-----BEGIN CERTIFICATE-----\n"
        + base64.b64encode(digest * 4).decode()
        + "\n-----END CERTIFICATE-----\n"
    )
    return Reply(201, {"certificateId": ctx.store.uuid(), "signedCertificate": pem})


def _encrypted(number: str) -> str:
    return base64.b64encode(hashlib.sha256(number.encode()).digest()).decode()


def _detokenized(card: cards.CheckedCard) -> dict[str, Any]:
    body: dict[str, Any] = {
        "cardBrand": card.brand.scheme,
        "cardExpiryDate": card.expiry,
        "encryptedCardNumber": _encrypted(card.number),
    }
    if card.holder:
        body["cardHolderName"] = card.holder
    return body


@handles("get_card_data_by_payments")
def get_card_data_by_payments(ctx: Context) -> Reply:
    found = []
    for ident in ctx.query.get("payments", []):
        payment = ctx.store.payment(ctx.merchant_id, ident)
        if payment is None:
            raise errors.not_found("payment", ident)
        if payment.card is None:
            continue
        found.append(
            {
                "paymentId": payment.id,
                **_detokenized(payment.card),
                **({"token": payment.token} if payment.token else {}),
            }
        )
    return Reply(200, {"tokens": found})


@handles("get_card_data_by_tokens")
def get_card_data_by_tokens(ctx: Context) -> Reply:
    found = []
    for ident in ctx.query.get("tokens", []):
        token = ctx.store.tokens.get(ident)
        if token is None or token.merchant_id != ctx.merchant_id:
            raise errors.not_found("token", ident)
        found.append({"token": token.id, **_detokenized(token.card)})
    return Reply(200, {"tokens": found})


@handles("send_test_webhook")
def send_test_webhook(ctx: Context) -> Reply:
    url = require(ctx.body, "url")
    if not url.startswith(("http://", "https://")):
        raise errors.bad_request("the URL must be http or https", "url")
    ctx.emit("webhook.test", None, None)
    return Reply(204)


@handles("validate_webhook_credentials")
def validate_webhook_credentials(ctx: Context) -> Reply:
    key = require(ctx.body, "key")
    secret = require(ctx.body, "secret")
    valid = ctx.credentials.get(key) == secret
    return Reply(200, {"result": "Valid" if valid else "Invalid"})
