"""SEPA Direct Debit mandates: create, get, block, unblock and revoke.

Statuses (the mandate table of :mod:`opay.sandbox.lifecycles`): ACTIVE ─ block ─► BLOCKED ─
unblock ─► ACTIVE; ACTIVE or BLOCKED ─ revoke ─► REVOKED.
"""

from __future__ import annotations

from typing import Any

from opay.sandbox import errors, views
from opay.sandbox.handlers import Context, Reply, get, handles, join_path, require
from opay.sandbox.lifecycles import MANDATE, MandateAction
from opay.sandbox.state import Mandate


def iban_ok(iban: str) -> bool:
    """True when ``iban`` has a country code, check digits and a valid mod-97 checksum."""
    compact = iban.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    if not compact.isalnum():
        return False
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def create_mandate_record(ctx: Context, request: Any, prop: str) -> Mandate:
    """Check a ``CreateMandateRequest``-shaped object at ``prop`` and store the mandate."""
    iban = require(request, "customer", "bankAccountIban", "iban", prefix=prop)
    if not iban_ok(iban):
        raise errors.bad_request(
            "the IBAN is not valid", join_path(prop, "customer.bankAccountIban.iban")
        )
    # the documented values of recurrenceType and signatureType are enums of the API
    # description, checked with the rest of the body
    require(request, "recurrenceType", prefix=prop)
    reference = get(request, "uniqueMandateReference") or ctx.store.hex(16).upper()
    if (ctx.merchant_id, reference) in ctx.store.mandates:
        raise errors.duplicate(
            f"the mandate {reference!r} already exists", join_path(prop, "uniqueMandateReference")
        )
    kept = {
        k: v
        for k, v in request.items()
        if k in ("alias", "customer", "customerReference", "recurrenceType")
    }
    mandate = Mandate(reference, ctx.merchant_id, kept)
    ctx.store.mandates[(ctx.merchant_id, reference)] = mandate
    return mandate


def _mandate(ctx: Context) -> Mandate:
    reference = ctx.params["uniqueMandateReference"]
    mandate = ctx.store.mandates.get((ctx.merchant_id, reference))
    if mandate is None:
        raise errors.not_found("mandate", reference)
    return mandate


@handles("create_mandate")
def create_mandate(ctx: Context) -> Reply:
    mandate = create_mandate_record(ctx, ctx.body, "")
    return Reply(
        201, {"mandate": views.mandate_json(mandate)}, ctx.location("mandates", mandate.reference)
    )


@handles("get_mandate")
def get_mandate(ctx: Context) -> Reply:
    return Reply(200, {"mandate": views.mandate_json(_mandate(ctx))})


def _move(ctx: Context, action: MandateAction) -> Reply:
    mandate = _mandate(ctx)
    mandate.status = MANDATE.after(mandate.status, action)
    return Reply(200, {"mandate": views.mandate_json(mandate)})


@handles("block_mandate")
def block_mandate(ctx: Context) -> Reply:
    return _move(ctx, MandateAction.BLOCK)


@handles("unblock_mandate")
def unblock_mandate(ctx: Context) -> Reply:
    return _move(ctx, MandateAction.UNBLOCK)


@handles("revoke_mandate")
def revoke_mandate(ctx: Context) -> Reply:
    return _move(ctx, MandateAction.REVOKE)
