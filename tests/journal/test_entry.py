"""The values the journal derives from a call: its request digest and, for a business key,
its idempotence key."""

from __future__ import annotations

import hashlib
import json

from hypothesis import given
from hypothesis import strategies as st

from opay.journal.entry import (
    business_slot,
    derived_key,
    key_slot,
    request_digest,
    request_document,
)
from opay.models import AmountOfMoney, CreatePaymentRequest, Order
from opay.operations import IDEMPOTENCE_KEY_MAX_LENGTH

texts = st.text(min_size=1, max_size=60)


@given(texts, texts, texts, st.integers(min_value=0, max_value=1000))
def test_a_derived_key_is_short_printable_ascii_and_deterministic(
    merchant: str, operation: str, business_key: str, generation: int
) -> None:
    key = derived_key(merchant, operation, business_key, generation)
    assert len(key) <= IDEMPOTENCE_KEY_MAX_LENGTH
    assert key.isascii() and key.isprintable() and " " not in key
    assert key == derived_key(merchant, operation, business_key, generation)


@given(st.lists(st.tuples(texts, texts, texts), min_size=2, max_size=6, unique=True))
def test_different_calls_get_different_keys(calls: list[tuple[str, str, str]]) -> None:
    keys = {derived_key(*call, 0) for call in calls}
    assert len(keys) == len(calls)


def test_each_generation_has_its_own_key() -> None:
    assert derived_key("m", "create_payment", "b", 0) != derived_key("m", "create_payment", "b", 1)


def test_components_do_not_run_into_each_other() -> None:
    assert derived_key("m", "ab", "c", 0) != derived_key("m", "a", "bc", 0)


@given(st.dictionaries(st.text(max_size=8), st.integers() | st.text(max_size=8), max_size=6))
def test_the_digest_does_not_depend_on_key_order(body: dict[str, object]) -> None:
    reordered = dict(reversed(list(body.items())))
    path = {"merchantId": "m"}
    assert request_digest(request_document(path, body, None)) == request_digest(
        request_document(path, reordered, None)
    )


def test_a_model_and_its_dictionary_have_one_digest() -> None:
    model = CreatePaymentRequest(
        order=Order(amount_of_money=AmountOfMoney(amount=100, currency_code="EUR"))
    )
    as_dict = {"order": {"amountOfMoney": {"currencyCode": "EUR", "amount": 100}}}
    path = {"merchantId": "m"}
    assert request_document(path, model, None) == request_document(path, as_dict, None)


def test_path_values_and_body_change_the_digest() -> None:
    base = request_digest(request_document({"merchantId": "m"}, {"a": 1}, None))
    assert base != request_digest(request_document({"merchantId": "n"}, {"a": 1}, None))
    assert base != request_digest(request_document({"merchantId": "m"}, {"a": 2}, None))
    assert base != request_digest(request_document({"merchantId": "m"}, None, None))


def test_derived_keys_and_slots_never_change() -> None:
    # A job re-run by a newer opay must find its first run's entry and send its key.
    assert derived_key("m-1", "createPayment", 'order-é"1', 3) == (
        "opay-553605151709d7ed3aace29f8d7b0883"
    )
    assert business_slot("m-1", "createPayment", 'order-é"1') == (
        '["b", "m-1", "createPayment", "order-\\u00e9\\"1"]'
    )
    assert (
        key_slot("m-1", "createPayment", "k\u2028") == '["k", "m-1", "createPayment", "k\\u2028"]'
    )


@given(texts, texts, texts, st.integers(min_value=0, max_value=1000))
def test_slots_and_key_material_are_the_json_of_their_parts(
    merchant: str, operation: str, business_key: str, generation: int
) -> None:
    assert business_slot(merchant, operation, business_key) == json.dumps(
        ["b", merchant, operation, business_key]
    )
    assert key_slot(merchant, operation, business_key) == json.dumps(
        ["k", merchant, operation, business_key]
    )
    material = json.dumps([merchant, operation, business_key, generation])
    digest = hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()
    assert derived_key(merchant, operation, business_key, generation) == f"opay-{digest[:32]}"
