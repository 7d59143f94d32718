"""The lifecycles of the sandbox's resources: one state enum, one action enum and one
transition table per resource, and what each state reads as on the platform.

Handlers never compare status strings: they ask the table whether an action is allowed
(:meth:`Lifecycle.can`), move a state (:meth:`Lifecycle.after`, which answers the 400
``OPERATION_NOT_POSSIBLE`` the handlers use for a wrong state) and read the
platform's ``status``, ``statusCategory`` and ``statusCode`` (:meth:`Lifecycle.output`).

Sources (noted again beside each table):

* Payments, captures, refunds and payouts: "Statuses", API developer guide,
  https://docs.direct.worldline-solutions.com/en/integration/api-developer-guide/statuses
  (``status``, ``statusCategory`` and the numeric ``statusCode`` of the legacy API) and the
  API reference's description of ``statusCategory``, which groups the statuses:
  CREATED; PENDING_PAYMENT ("waiting on customer action": PENDING_PAYMENT, REDIRECTED);
  ACCOUNT_VERIFIED; PENDING_MERCHANT (PENDING_APPROVAL, PENDING_COMPLETION, PENDING_CAPTURE,
  PENDING_FRAUD_APPROVAL); PENDING_CONNECT_OR_3RD_PARTY ("in the queue to be processed":
  AUTHORIZATION_REQUESTED, CAPTURE_REQUESTED, PAYOUT_REQUESTED, REFUND_REQUESTED); COMPLETED
  (CAPTURED, PAID, ACCOUNT_CREDITED, CHARGEBACK_NOTIFICATION); REVERSED (CHARGEBACKED,
  REVERSED); REFUNDED (REFUNDED); UNSUCCESSFUL (CANCELLED, REJECTED, REJECTED_CAPTURE,
  REJECTED_CREDIT).
* Hosted checkouts: ``GetHostedCheckoutResponse.status`` of the API reference (IN_PROGRESS,
  PAYMENT_CREATED, CANCELLED_BY_CONSUMER) and, for ``createdPaymentOutput.paymentStatusCategory``,
  "Statuses / Hosted Checkout statuses",
  https://apireference.connect.worldline-solutions.com/s2sapi/v1/en_US/java/statuses.html
* Hosted tokenizations: ``GetHostedTokenizationResponse.tokenStatus`` (CREATED, UNCHANGED,
  UPDATED) of the API reference.
* Payment links: ``PaymentLinkResponse.status`` of the API reference (ACTIVE, PAID,
  CANCELLED, EXPIRED).
* Mandates: ``MandateResponse.status`` (ACTIVE, BLOCKED, REVOKED) and the block, unblock and
  revoke operations of the API reference.

The platform processes captures and refunds asynchronously (CAPTURE_REQUESTED, statusCode 91,
then CAPTURED; REFUND_REQUESTED, 81, then REFUNDED); the sandbox settles them at once, through
the same tables, so a capture or refund answers in its settled state.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Generic, NamedTuple, TypeVar

import attrs

from opay.sandbox import errors

#: every ``statusCategory`` the platform documents (API reference, ``statusCategory``)
STATUS_CATEGORIES = frozenset(
    {
        "CREATED",
        "UNSUCCESSFUL",
        "PENDING_PAYMENT",
        "ACCOUNT_VERIFIED",
        "PENDING_MERCHANT",
        "PENDING_CONNECT_OR_3RD_PARTY",
        "COMPLETED",
        "REVERSED",
        "REFUNDED",
    }
)


class Output(NamedTuple):
    """What a state reads as: ``status``, ``statusCategory`` and ``statusCode`` (the last two
    None for resources that have only a status)."""

    status: str
    category: str | None = None
    code: int | None = None


S = TypeVar("S", bound=enum.Enum)
A = TypeVar("A", bound=enum.Enum)


@attrs.frozen
class Lifecycle(Generic[S, A]):
    """The transition table of one resource and the output of each of its states."""

    resource: str
    outputs: Mapping[S, Output]
    transitions: Mapping[S, Mapping[A, S]]

    def __attrs_post_init__(self) -> None:
        states = set(self.outputs)
        for state, moves in self.transitions.items():
            if state not in states or not set(moves.values()) <= states:
                raise ValueError(f"the {self.resource} table names a state with no output")

    def can(self, state: S, action: A) -> bool:
        """True when ``action`` is allowed in ``state``."""
        return action in self.transitions.get(state, {})

    def after(self, state: S, action: A) -> S:
        """The state ``action`` leads to from ``state``; a wrong-state 400 when not allowed."""
        moves = self.transitions.get(state, {})
        if action not in moves:
            raise errors.wrong_state(
                f"a {self.resource} in status {self.output(state).status} cannot {action.value}"
            )
        return moves[action]

    def output(self, state: S) -> Output:
        """The platform's ``(status, statusCategory, statusCode)`` of ``state``."""
        return self.outputs[state]

    def allowing(self, action: A) -> frozenset[S]:
        """Every state in which ``action`` is allowed."""
        return frozenset(s for s, moves in self.transitions.items() if action in moves)


# Payments ------------------------------------------------------------------------------


class PaymentState(enum.Enum):
    CREATED = "CREATED"
    REDIRECTED = "REDIRECTED"
    PENDING_CAPTURE = "PENDING_CAPTURE"
    CAPTURED = "CAPTURED"
    REFUNDED = "REFUNDED"
    CANCELLED = "CANCELLED"
    REJECTED = "REJECTED"


class PaymentAction(enum.Enum):
    AUTHORISE = "be authorised"
    REDIRECT = "send the customer to authenticate"
    REJECT = "be rejected"
    COMPLETE = "be completed"
    CAPTURE = "be captured"
    CANCEL = "be cancelled"
    CANCEL_PART = "be partly cancelled"
    REFUND = "be refunded"
    REFUND_PART = "be partly refunded"
    INCREMENT = "be incremented"
    ADD_DETAILS = "get authorisation details"
    SUBSEQUENT = "be the first payment of subsequent payments"


# "Statuses", https://docs.direct.worldline-solutions.com/en/integration/api-developer-guide/statuses
# statusCode 0 created, 46 waiting for authentication, 5 authorised, 9 payment requested
# (captured), 8 refunded, 6 authorised and cancelled, 2 authorisation declined.
PAYMENT = Lifecycle[PaymentState, PaymentAction](
    "payment",
    {
        PaymentState.CREATED: Output("CREATED", "CREATED", 0),
        PaymentState.REDIRECTED: Output("REDIRECTED", "PENDING_PAYMENT", 46),
        PaymentState.PENDING_CAPTURE: Output("PENDING_CAPTURE", "PENDING_MERCHANT", 5),
        PaymentState.CAPTURED: Output("CAPTURED", "COMPLETED", 9),
        PaymentState.REFUNDED: Output("REFUNDED", "REFUNDED", 8),
        PaymentState.CANCELLED: Output("CANCELLED", "UNSUCCESSFUL", 6),
        PaymentState.REJECTED: Output("REJECTED", "UNSUCCESSFUL", 2),
    },
    {
        PaymentState.CREATED: {
            PaymentAction.AUTHORISE: PaymentState.PENDING_CAPTURE,
            PaymentAction.REDIRECT: PaymentState.REDIRECTED,
            PaymentAction.REJECT: PaymentState.REJECTED,
        },
        PaymentState.REDIRECTED: {
            PaymentAction.AUTHORISE: PaymentState.PENDING_CAPTURE,
            PaymentAction.COMPLETE: PaymentState.PENDING_CAPTURE,
            PaymentAction.REJECT: PaymentState.REJECTED,
        },
        PaymentState.PENDING_CAPTURE: {
            PaymentAction.CAPTURE: PaymentState.CAPTURED,
            PaymentAction.CANCEL: PaymentState.CANCELLED,
            PaymentAction.CANCEL_PART: PaymentState.PENDING_CAPTURE,
            PaymentAction.INCREMENT: PaymentState.PENDING_CAPTURE,
            PaymentAction.ADD_DETAILS: PaymentState.PENDING_CAPTURE,
            PaymentAction.SUBSEQUENT: PaymentState.PENDING_CAPTURE,
        },
        PaymentState.CAPTURED: {
            # captures may be partial until one is final; what is left can be cancelled
            PaymentAction.CAPTURE: PaymentState.CAPTURED,
            PaymentAction.CANCEL: PaymentState.CAPTURED,
            PaymentAction.CANCEL_PART: PaymentState.CAPTURED,
            PaymentAction.REFUND: PaymentState.REFUNDED,
            PaymentAction.REFUND_PART: PaymentState.CAPTURED,
            PaymentAction.SUBSEQUENT: PaymentState.CAPTURED,
        },
        PaymentState.REFUNDED: {PaymentAction.SUBSEQUENT: PaymentState.REFUNDED},
    },
)

# createdPaymentOutput.paymentStatusCategory of a hosted checkout, by payment status:
# "Statuses / Hosted Checkout statuses",
# https://apireference.connect.worldline-solutions.com/s2sapi/v1/en_US/java/statuses.html
# (REJECTED for CREATED, REJECTED, CANCELLED and REJECTED_CAPTURE; STATUS_UNKNOWN while the
# customer is redirected; SUCCESSFUL from the authorisation on).
CHECKOUT_PAYMENT_CATEGORY: Mapping[PaymentState, str] = {
    PaymentState.CREATED: "REJECTED",
    PaymentState.REDIRECTED: "STATUS_UNKNOWN",
    PaymentState.PENDING_CAPTURE: "SUCCESSFUL",
    PaymentState.CAPTURED: "SUCCESSFUL",
    PaymentState.REFUNDED: "SUCCESSFUL",
    PaymentState.CANCELLED: "REJECTED",
    PaymentState.REJECTED: "REJECTED",
}


def checkout_successful(state: PaymentState) -> bool:
    """True when a hosted checkout's payment reads SUCCESSFUL (what pays a payment link)."""
    return CHECKOUT_PAYMENT_CATEGORY[state] == "SUCCESSFUL"


# Webhook event type announcing each payment status (the platform's ``payment.*`` events).
PAYMENT_EVENTS: Mapping[PaymentState, str] = {
    PaymentState.CREATED: "payment.created",
    PaymentState.REDIRECTED: "payment.redirected",
    PaymentState.PENDING_CAPTURE: "payment.pending_capture",
    PaymentState.CAPTURED: "payment.captured",
    PaymentState.REFUNDED: "payment.refunded",
    PaymentState.CANCELLED: "payment.cancelled",
    PaymentState.REJECTED: "payment.rejected",
}


# Captures and refunds -------------------------------------------------------------------


class CaptureState(enum.Enum):
    CAPTURE_REQUESTED = "CAPTURE_REQUESTED"
    CAPTURED = "CAPTURED"


class CaptureAction(enum.Enum):
    SETTLE = "be settled"


# "Statuses": 91 payment processing (CAPTURE_REQUESTED), 9 payment requested (CAPTURED)
CAPTURE = Lifecycle[CaptureState, CaptureAction](
    "capture",
    {
        CaptureState.CAPTURE_REQUESTED: Output(
            "CAPTURE_REQUESTED", "PENDING_CONNECT_OR_3RD_PARTY", 91
        ),
        CaptureState.CAPTURED: Output("CAPTURED", "COMPLETED", 9),
    },
    {CaptureState.CAPTURE_REQUESTED: {CaptureAction.SETTLE: CaptureState.CAPTURED}},
)


class RefundState(enum.Enum):
    REFUND_REQUESTED = "REFUND_REQUESTED"
    REFUNDED = "REFUNDED"


class RefundAction(enum.Enum):
    SETTLE = "be settled"


# "Statuses": 81 refund pending (REFUND_REQUESTED), 8 refund (REFUNDED)
REFUND = Lifecycle[RefundState, RefundAction](
    "refund",
    {
        RefundState.REFUND_REQUESTED: Output(
            "REFUND_REQUESTED", "PENDING_CONNECT_OR_3RD_PARTY", 81
        ),
        RefundState.REFUNDED: Output("REFUNDED", "REFUNDED", 8),
    },
    {RefundState.REFUND_REQUESTED: {RefundAction.SETTLE: RefundState.REFUNDED}},
)


# Payouts ----------------------------------------------------------------------------------


class PayoutState(enum.Enum):
    CREATED = "CREATED"
    ACCOUNT_CREDITED = "ACCOUNT_CREDITED"
    REJECTED = "REJECTED"


class PayoutAction(enum.Enum):
    CREDIT = "be credited"
    REJECT = "be rejected"


# statusCategory: ACCOUNT_CREDITED is COMPLETED, REJECTED is UNSUCCESSFUL (API reference);
# statusCode as for payments: 0 created, 8 credited (the refund code of a credit), 2 declined.
PAYOUT = Lifecycle[PayoutState, PayoutAction](
    "payout",
    {
        PayoutState.CREATED: Output("CREATED", "CREATED", 0),
        PayoutState.ACCOUNT_CREDITED: Output("ACCOUNT_CREDITED", "COMPLETED", 8),
        PayoutState.REJECTED: Output("REJECTED", "UNSUCCESSFUL", 2),
    },
    {
        PayoutState.CREATED: {
            PayoutAction.CREDIT: PayoutState.ACCOUNT_CREDITED,
            PayoutAction.REJECT: PayoutState.REJECTED,
        }
    },
)


# Hosted checkouts and hosted tokenizations ------------------------------------------------


class CheckoutState(enum.Enum):
    IN_PROGRESS = "IN_PROGRESS"
    PAYMENT_CREATED = "PAYMENT_CREATED"
    CANCELLED_BY_CONSUMER = "CANCELLED_BY_CONSUMER"


class CheckoutAction(enum.Enum):
    PAY = "be paid"
    REOPEN = "be paid again"
    CANCEL = "be cancelled"


# GetHostedCheckoutResponse.status (API reference): IN_PROGRESS until the customer pays,
# PAYMENT_CREATED once a payment exists, CANCELLED_BY_CONSUMER when cancelled or expired.
CHECKOUT = Lifecycle[CheckoutState, CheckoutAction](
    "hosted checkout",
    {state: Output(state.value) for state in CheckoutState},
    {
        CheckoutState.IN_PROGRESS: {
            CheckoutAction.PAY: CheckoutState.PAYMENT_CREATED,
            CheckoutAction.CANCEL: CheckoutState.CANCELLED_BY_CONSUMER,
        },
        # the checkout of a reusable payment link opens again for the next customer
        CheckoutState.PAYMENT_CREATED: {CheckoutAction.REOPEN: CheckoutState.IN_PROGRESS},
    },
)


class TokenizationState(enum.Enum):
    IN_PROGRESS = "IN_PROGRESS"
    TOKEN_CREATED = "TOKEN_CREATED"
    TOKEN_UNCHANGED = "TOKEN_UNCHANGED"


class TokenizationAction(enum.Enum):
    TOKENIZE_NEW = "store a new card"
    TOKENIZE_KNOWN = "store a known card"


# GetHostedTokenizationResponse.tokenStatus (API reference): CREATED or UNCHANGED once the
# customer has submitted the card; before that the session has no token to show.
TOKENIZATION = Lifecycle[TokenizationState, TokenizationAction](
    "hosted tokenization",
    {
        TokenizationState.IN_PROGRESS: Output("IN_PROGRESS"),
        TokenizationState.TOKEN_CREATED: Output("CREATED"),
        TokenizationState.TOKEN_UNCHANGED: Output("UNCHANGED"),
    },
    {
        TokenizationState.IN_PROGRESS: {
            TokenizationAction.TOKENIZE_NEW: TokenizationState.TOKEN_CREATED,
            TokenizationAction.TOKENIZE_KNOWN: TokenizationState.TOKEN_UNCHANGED,
        }
    },
)


# Payment links and mandates ---------------------------------------------------------------


class LinkState(enum.Enum):
    ACTIVE = "ACTIVE"
    PAID = "PAID"
    CANCELLED = "CANCELLED"
    EXPIRED = "EXPIRED"


class LinkAction(enum.Enum):
    PAY = "be paid"
    PAY_REUSABLE = "be paid again"
    CANCEL = "be cancelled"
    EXPIRE = "expire"
    SHARE = "be shared"


# PaymentLinkResponse.status (API reference): ACTIVE from creation; PAID once paid, unless
# reusable (isReusableLink); CANCELLED by the merchant; EXPIRED past its expirationDate.
LINK = Lifecycle[LinkState, LinkAction](
    "payment link",
    {state: Output(state.value) for state in LinkState},
    {
        LinkState.ACTIVE: {
            LinkAction.PAY: LinkState.PAID,
            LinkAction.PAY_REUSABLE: LinkState.ACTIVE,
            LinkAction.CANCEL: LinkState.CANCELLED,
            LinkAction.EXPIRE: LinkState.EXPIRED,
            LinkAction.SHARE: LinkState.ACTIVE,
        }
    },
)


class MandateState(enum.Enum):
    ACTIVE = "ACTIVE"
    BLOCKED = "BLOCKED"
    REVOKED = "REVOKED"


class MandateAction(enum.Enum):
    BLOCK = "be blocked"
    UNBLOCK = "be unblocked"
    REVOKE = "be revoked"
    PAY = "be used for a payment"


# MandateResponse.status and the BlockMandate, UnblockMandate and RevokeMandate operations
# (API reference): a blocked mandate can be unblocked, a revoked one is final; payments use
# active mandates only.
MANDATE = Lifecycle[MandateState, MandateAction](
    "mandate",
    {state: Output(state.value) for state in MandateState},
    {
        MandateState.ACTIVE: {
            MandateAction.BLOCK: MandateState.BLOCKED,
            MandateAction.REVOKE: MandateState.REVOKED,
            MandateAction.PAY: MandateState.ACTIVE,
        },
        MandateState.BLOCKED: {
            MandateAction.UNBLOCK: MandateState.ACTIVE,
            MandateAction.REVOKE: MandateState.REVOKED,
        },
    },
)

# Batches ----------------------------------------------------------------------------------


class BatchState(enum.Enum):
    WAITING_FOR_PROCESSING = "WAITING_FOR_PROCESSING"
    PROCESSED = "PROCESSED"


class BatchAction(enum.Enum):
    PROCESS = "be processed"


# GetBatchStatus ``status``: a submitted batch waits until ProcessBatch, once. The two values
# are the API description's enum of the status; that a batch is processed exactly once is
# the sandbox's own rule (no page describes a batch's lifecycle).
BATCH = Lifecycle[BatchState, BatchAction](
    "batch",
    {state: Output(state.value) for state in BatchState},
    {BatchState.WAITING_FOR_PROCESSING: {BatchAction.PROCESS: BatchState.PROCESSED}},
)

#: every lifecycle, for the tests and the documentation
LIFECYCLES: tuple[Lifecycle[Any, Any], ...] = (
    PAYMENT,
    CAPTURE,
    REFUND,
    PAYOUT,
    CHECKOUT,
    TOKENIZATION,
    LINK,
    MANDATE,
    BATCH,
)
