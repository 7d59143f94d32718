"""The sandbox's in-memory store: every object the platform keeps, and deterministic ids.

Records are plain mutable attrs classes; :mod:`opay.sandbox.views` renders them in the
platform's response shapes. Their states are the enums of :mod:`opay.sandbox.lifecycles`,
moved only through its tables. Only the app's lock guards them.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime
from typing import Any

import attrs

from opay.sandbox.cards import CheckedCard
from opay.sandbox.lifecycles import (
    PAYMENT,
    BatchState,
    CheckoutState,
    LinkState,
    MandateState,
    Output,
    PaymentAction,
    PaymentState,
    PayoutState,
    TokenizationState,
)


@attrs.define
class Operation:
    """One operation on a payment (authorisation, capture, refund, cancellation)."""

    id: str
    kind: str  # "authorization", "capture", "refund" or "cancel"
    amount: int
    status: Output  # what the operation reads as, from its resource's lifecycle
    at: datetime
    references: dict[str, Any] = attrs.field(factory=dict)
    operation_references: dict[str, Any] | None = None


@attrs.define
class Payment:
    """A payment and everything done to it."""

    id: str
    merchant_id: str
    amount: int  # authorised (or requested) amount, after increments and partial cancels
    currency: str
    status: PaymentState
    created: datetime
    changed: datetime
    method: str  # card, redirect, mobile, directDebit
    product_id: int
    references: dict[str, Any] = attrs.field(factory=dict)
    card: CheckedCard | None = None
    token: str | None = None
    authorization_mode: str = "FINAL_AUTHORIZATION"
    captures: list[Operation] = attrs.field(factory=list)
    refunds: list[Operation] = attrs.field(factory=list)
    operations: list[Operation] = attrs.field(factory=list)
    cancelled: int = 0
    capture_closed: bool = False  # a final capture or a full cancellation ends capturing
    return_url: str | None = None
    returnmac: str | None = None
    hosted_checkout_id: str | None = None
    mandate_reference: str | None = None
    new_token: bool = False
    errors: list[dict[str, Any]] = attrs.field(factory=list)
    next_operation: int = 1
    skipped_authentication: bool = False  # threeDSecure.skipAuthentication was sent

    @property
    def base_id(self) -> str:
        return self.id.rsplit("_", 1)[0]

    def next_operation_id(self) -> str:
        ident = f"{self.base_id}_{self.next_operation}"
        self.next_operation += 1
        return ident

    @property
    def captured(self) -> int:
        return sum(c.amount for c in self.captures)

    @property
    def refunded(self) -> int:
        return sum(r.amount for r in self.refunds)

    @property
    def capturable(self) -> int:
        if not PAYMENT.can(self.status, PaymentAction.CAPTURE) or self.capture_closed:
            return 0
        return max(self.amount - self.captured - self.cancelled, 0)

    @property
    def refundable(self) -> int:
        return max(self.captured - self.refunded, 0)


@attrs.define
class Token:
    id: str
    merchant_id: str
    product_id: int
    card: CheckedCard
    created: datetime


@attrs.define
class HostedCheckout:
    id: str
    merchant_id: str
    returnmac: str
    request: dict[str, Any]
    amount: int
    currency: str
    return_url: str | None
    merchant_reference: str | None
    created: datetime
    status: CheckoutState = CheckoutState.IN_PROGRESS
    payment_id: str | None = None
    payment_link_id: str | None = None


@attrs.define
class HostedTokenization:
    id: str
    merchant_id: str
    request: dict[str, Any]
    created: datetime
    token_id: str | None = None
    status: TokenizationState = TokenizationState.IN_PROGRESS


@attrs.define
class PaymentLink:
    id: str
    merchant_id: str
    hosted_checkout_id: str
    amount: int
    currency: str
    merchant_reference: str | None
    created: datetime
    expiration: datetime | None
    reusable: bool
    recipient_name: str | None
    description: str | None
    qr_code: bool
    status: LinkState = LinkState.ACTIVE
    payment_id: str | None = None
    events: list[dict[str, Any]] = attrs.field(factory=list)


@attrs.define
class Mandate:
    reference: str
    merchant_id: str
    request: dict[str, Any]
    status: MandateState = MandateState.ACTIVE


@attrs.define
class Payout:
    id: str
    merchant_id: str
    amount: int
    currency: str
    status: PayoutState
    created: datetime
    product_id: int
    card: CheckedCard
    references: dict[str, Any] = attrs.field(factory=dict)
    reason: str | None = None


@attrs.define
class Batch:
    reference: str
    merchant_id: str
    operation_type: str
    body: dict[str, Any]
    item_count: int
    status: BatchState = BatchState.WAITING_FOR_PROCESSING
    payment_ids: list[str] = attrs.field(factory=list)


@attrs.define
class HostedFieldsSession:
    id: str
    merchant_id: str
    tokens: list[str]
    locale: str | None


class Store:
    """Every object of every merchant, and the generator of ids: seeded, or drawn from the
    operating system's randomness when ``seed`` is None (each store then has its own ids)."""

    def __init__(self, seed: int | None) -> None:
        self._rng = random.Random(seed)
        self.payments: dict[str, Payment] = {}
        self.tokens: dict[str, Token] = {}
        self.hosted_checkouts: dict[str, HostedCheckout] = {}
        self.hosted_tokenizations: dict[str, HostedTokenization] = {}
        self.payment_links: dict[str, PaymentLink] = {}
        self.mandates: dict[tuple[str, str], Mandate] = {}
        self.payouts: dict[str, Payout] = {}
        self.batches: dict[tuple[str, str], Batch] = {}
        self.hosted_fields_sessions: dict[str, HostedFieldsSession] = {}
        self.sessions: list[str] = []
        self._used: set[str] = set()

    def uuid(self) -> str:
        """A random-looking, seed-determined UUID (version 4 layout)."""
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def digits(self, first: str, count: int) -> str:
        """A fresh, never repeated string: ``first`` then ``count`` seeded digits."""
        while True:
            ident = first + "".join(str(self._rng.randrange(10)) for _ in range(count))
            if ident not in self._used:
                self._used.add(ident)
                return ident

    def payment_id(self) -> str:
        """An id in the platform's style: ten digits then ``_0``."""
        return self.digits("3", 9) + "_0"

    def hex(self, count: int) -> str:
        """``count`` seeded hexadecimal characters."""
        return "".join("0123456789abcdef"[self._rng.randrange(16)] for _ in range(count))

    def payment(self, merchant_id: str, payment_id: str) -> Payment | None:
        found = self.payments.get(payment_id)
        if found is None and "_" not in payment_id:
            found = self.payments.get(payment_id + "_0")
        if found is None or found.merchant_id != merchant_id:
            return None
        return found
