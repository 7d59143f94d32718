"""The transition tables of the sandbox: every state reads as the platform documents it, and
every transition a table does not hold is refused with the wrong-state error."""

from __future__ import annotations

import enum
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opay.sandbox import errors
from opay.sandbox import lifecycles as lc
from opay.sandbox.lifecycles import LIFECYCLES, Lifecycle, Output

# The platform's documented (status, statusCategory, statusCode) of each state ("Statuses",
# API developer guide, and the API reference of each resource's status).
DOCUMENTED: dict[enum.Enum, Output] = {
    lc.PaymentState.CREATED: Output("CREATED", "CREATED", 0),
    lc.PaymentState.REDIRECTED: Output("REDIRECTED", "PENDING_PAYMENT", 46),
    lc.PaymentState.PENDING_CAPTURE: Output("PENDING_CAPTURE", "PENDING_MERCHANT", 5),
    lc.PaymentState.CAPTURED: Output("CAPTURED", "COMPLETED", 9),
    lc.PaymentState.REFUNDED: Output("REFUNDED", "REFUNDED", 8),
    lc.PaymentState.CANCELLED: Output("CANCELLED", "UNSUCCESSFUL", 6),
    lc.PaymentState.REJECTED: Output("REJECTED", "UNSUCCESSFUL", 2),
    lc.CaptureState.CAPTURE_REQUESTED: Output(
        "CAPTURE_REQUESTED", "PENDING_CONNECT_OR_3RD_PARTY", 91
    ),
    lc.CaptureState.CAPTURED: Output("CAPTURED", "COMPLETED", 9),
    lc.RefundState.REFUND_REQUESTED: Output("REFUND_REQUESTED", "PENDING_CONNECT_OR_3RD_PARTY", 81),
    lc.RefundState.REFUNDED: Output("REFUNDED", "REFUNDED", 8),
    lc.PayoutState.CREATED: Output("CREATED", "CREATED", 0),
    lc.PayoutState.ACCOUNT_CREDITED: Output("ACCOUNT_CREDITED", "COMPLETED", 8),
    lc.PayoutState.REJECTED: Output("REJECTED", "UNSUCCESSFUL", 2),
    lc.CheckoutState.IN_PROGRESS: Output("IN_PROGRESS"),
    lc.CheckoutState.PAYMENT_CREATED: Output("PAYMENT_CREATED"),
    lc.CheckoutState.CANCELLED_BY_CONSUMER: Output("CANCELLED_BY_CONSUMER"),
    lc.TokenizationState.IN_PROGRESS: Output("IN_PROGRESS"),
    lc.TokenizationState.TOKEN_CREATED: Output("CREATED"),
    lc.TokenizationState.TOKEN_UNCHANGED: Output("UNCHANGED"),
    lc.LinkState.ACTIVE: Output("ACTIVE"),
    lc.LinkState.PAID: Output("PAID"),
    lc.LinkState.CANCELLED: Output("CANCELLED"),
    lc.LinkState.EXPIRED: Output("EXPIRED"),
    lc.MandateState.ACTIVE: Output("ACTIVE"),
    lc.MandateState.BLOCKED: Output("BLOCKED"),
    lc.MandateState.REVOKED: Output("REVOKED"),
    lc.BatchState.WAITING_FOR_PROCESSING: Output("WAITING_FOR_PROCESSING"),
    lc.BatchState.PROCESSED: Output("PROCESSED"),
}

# The API reference's description of statusCategory: the statuses each category groups.
GROUPED_BY_CATEGORY = {
    "CREATED": {"CREATED"},
    "PENDING_PAYMENT": {"PENDING_PAYMENT", "REDIRECTED"},
    "ACCOUNT_VERIFIED": {"ACCOUNT_VERIFIED"},
    "PENDING_MERCHANT": {
        "PENDING_APPROVAL",
        "PENDING_COMPLETION",
        "PENDING_CAPTURE",
        "PENDING_FRAUD_APPROVAL",
    },
    "PENDING_CONNECT_OR_3RD_PARTY": {
        "AUTHORIZATION_REQUESTED",
        "CAPTURE_REQUESTED",
        "PAYOUT_REQUESTED",
        "REFUND_REQUESTED",
    },
    "COMPLETED": {"CAPTURED", "PAID", "ACCOUNT_CREDITED", "CHARGEBACK_NOTIFICATION"},
    "REVERSED": {"CHARGEBACKED", "REVERSED"},
    "REFUNDED": {"REFUNDED"},
    "UNSUCCESSFUL": {"CANCELLED", "REJECTED", "REJECTED_CAPTURE", "REJECTED_CREDIT"},
}

# the resources whose statusOutput carries a category and a code
WITH_CODES = (lc.PAYMENT, lc.CAPTURE, lc.REFUND, lc.PAYOUT)

# (lifecycle, its state enum, its action enum, its initial state)
TABLES: list[tuple[Lifecycle[Any, Any], type[enum.Enum], type[enum.Enum], enum.Enum]] = [
    (lc.PAYMENT, lc.PaymentState, lc.PaymentAction, lc.PaymentState.CREATED),
    (lc.CAPTURE, lc.CaptureState, lc.CaptureAction, lc.CaptureState.CAPTURE_REQUESTED),
    (lc.REFUND, lc.RefundState, lc.RefundAction, lc.RefundState.REFUND_REQUESTED),
    (lc.PAYOUT, lc.PayoutState, lc.PayoutAction, lc.PayoutState.CREATED),
    (lc.CHECKOUT, lc.CheckoutState, lc.CheckoutAction, lc.CheckoutState.IN_PROGRESS),
    (
        lc.TOKENIZATION,
        lc.TokenizationState,
        lc.TokenizationAction,
        lc.TokenizationState.IN_PROGRESS,
    ),
    (lc.LINK, lc.LinkState, lc.LinkAction, lc.LinkState.ACTIVE),
    (lc.MANDATE, lc.MandateState, lc.MandateAction, lc.MandateState.ACTIVE),
    (lc.BATCH, lc.BatchState, lc.BatchAction, lc.BatchState.WAITING_FOR_PROCESSING),
]
IDS = [table[0].resource for table in TABLES]


def test_the_categories_are_the_documented_ones() -> None:
    assert set(GROUPED_BY_CATEGORY) == lc.STATUS_CATEGORIES


def test_every_lifecycle_is_tested() -> None:
    assert {t[0].resource for t in TABLES} == {life.resource for life in LIFECYCLES}


@pytest.mark.parametrize(("life", "states", "actions", "initial"), TABLES, ids=IDS)
def test_every_state_maps_to_its_documented_output(
    life: Lifecycle[Any, Any], states: type[enum.Enum], actions: type[enum.Enum], initial: Any
) -> None:
    for state in states:
        assert life.output(state) == DOCUMENTED[state], state
        output = life.output(state)
        if life in WITH_CODES:
            assert output.category in lc.STATUS_CATEGORIES
            assert output.status in GROUPED_BY_CATEGORY[output.category]
            assert isinstance(output.code, int)
        else:
            assert (output.category, output.code) == (None, None)


@pytest.mark.parametrize(("life", "states", "actions", "initial"), TABLES, ids=IDS)
def test_every_state_is_reachable_and_every_action_used(
    life: Lifecycle[Any, Any], states: type[enum.Enum], actions: type[enum.Enum], initial: Any
) -> None:
    seen = {initial}
    todo = [initial]
    used: set[enum.Enum] = set()
    while todo:
        state = todo.pop()
        for action in actions:
            if life.can(state, action):
                used.add(action)
                target = life.after(state, action)
                if target not in seen:
                    seen.add(target)
                    todo.append(target)
    assert seen == set(states)
    assert used == set(actions)


@pytest.mark.parametrize(("life", "states", "actions", "initial"), TABLES, ids=IDS)
def test_illegal_transitions_are_refused_with_the_wrong_state_error(
    life: Lifecycle[Any, Any], states: type[enum.Enum], actions: type[enum.Enum], initial: Any
) -> None:
    refused = 0
    for state in states:
        for action in actions:
            if life.can(state, action):
                assert state in life.allowing(action)
                continue
            refused += 1
            assert state not in life.allowing(action)
            with pytest.raises(errors.Failure) as failure:
                life.after(state, action)
            # the error the handlers already answer for a wrong state
            expected = errors.wrong_state("")
            assert failure.value.status == expected.status
            (error,) = failure.value.errors
            assert error.code == expected.errors[0].code
            assert life.output(state).status in (error.detail or "")
    assert refused > 0


@given(
    st.sampled_from(list(lc.PaymentState)),
    st.lists(st.sampled_from(list(lc.PaymentAction)), max_size=12),
)
def test_any_sequence_of_payment_actions_stays_in_the_table(
    start: lc.PaymentState, actions: list[lc.PaymentAction]
) -> None:
    state = start
    for action in actions:
        if lc.PAYMENT.can(state, action):
            state = lc.PAYMENT.after(state, action)
        else:
            with pytest.raises(errors.Failure):
                lc.PAYMENT.after(state, action)
    assert lc.PAYMENT.output(state) == DOCUMENTED[state]


def test_final_payment_states_allow_nothing_but_subsequent_payments() -> None:
    for state in (lc.PaymentState.CANCELLED, lc.PaymentState.REJECTED):
        assert not any(lc.PAYMENT.can(state, action) for action in lc.PaymentAction)
    assert [a for a in lc.PaymentAction if lc.PAYMENT.can(lc.PaymentState.REFUNDED, a)] == [
        lc.PaymentAction.SUBSEQUENT
    ]
    assert lc.PAYMENT.allowing(lc.PaymentAction.CAPTURE) == {
        lc.PaymentState.PENDING_CAPTURE,
        lc.PaymentState.CAPTURED,
    }


def test_checkout_payment_categories_follow_the_payment() -> None:
    category = lc.CHECKOUT_PAYMENT_CATEGORY
    assert set(category) == set(lc.PaymentState)
    assert category[lc.PaymentState.REDIRECTED] == "STATUS_UNKNOWN"
    assert {s for s in lc.PaymentState if lc.checkout_successful(s)} == {
        lc.PaymentState.PENDING_CAPTURE,
        lc.PaymentState.CAPTURED,
        lc.PaymentState.REFUNDED,
    }
    assert category[lc.PaymentState.REJECTED] == category[lc.PaymentState.CANCELLED] == "REJECTED"


def test_every_payment_state_has_a_webhook_event() -> None:
    assert set(lc.PAYMENT_EVENTS) == set(lc.PaymentState)
    assert all(event.startswith("payment.") for event in lc.PAYMENT_EVENTS.values())


def test_a_table_naming_a_state_without_output_is_refused() -> None:
    with pytest.raises(ValueError, match="no output"):
        Lifecycle[lc.BatchState, lc.BatchAction](
            "broken",
            {lc.BatchState.WAITING_FOR_PROCESSING: Output("WAITING_FOR_PROCESSING")},
            {
                lc.BatchState.WAITING_FOR_PROCESSING: {
                    lc.BatchAction.PROCESS: lc.BatchState.PROCESSED
                }
            },
        )
