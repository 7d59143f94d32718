"""Requests built from dictionaries hold only the properties their models define."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import opay
from opay.call import Call
from opay.models import (
    Card,
    CreateHostedCheckoutResponse,
    CreatePaymentRequest,
    PaymentResponse,
)
from opay.operations import OPERATIONS
from opay.request import RequestSettings, build_request
from opay.strict import UnknownPropertyError, closest_name

PAYMENT: dict[str, Any] = {
    "order": {"amountOfMoney": {"currencyCode": "EUR", "amount": 100}},
    "cardPaymentMethodSpecificInput": {"card": {"cardNumber": "4111111111111111"}},
}


def _with(path: list[str], key: str, value: object = 1) -> dict[str, Any]:
    import copy

    data = copy.deepcopy(PAYMENT)
    target = data
    for step in path:
        target = target[step]
    target[key] = value
    return data


@pytest.mark.parametrize(
    ("path", "key", "where", "hint"),
    [
        (
            [],
            "cardPaymentMethodSpecificInputs",
            "$.cardPaymentMethodSpecificInputs",
            "cardPaymentMethodSpecificInput",
        ),
        (["order"], "amount_of_money", "$.order.amount_of_money", "amountOfMoney"),
        (
            ["cardPaymentMethodSpecificInput"],
            "paymentProductID",
            "$.cardPaymentMethodSpecificInput.paymentProductID",
            "paymentProductId",
        ),
        (
            ["cardPaymentMethodSpecificInput", "card"],
            "card_number",
            "$.cardPaymentMethodSpecificInput.card.card_number",
            "cardNumber",
        ),
    ],
)
def test_unknown_key_names_its_path_and_the_closest_name(
    path: list[str], key: str, where: str, hint: str
) -> None:
    with pytest.raises(UnknownPropertyError) as caught:
        CreatePaymentRequest.from_dictionary(_with(path, key))
    assert caught.value.paths == [where]
    assert f"did you mean `{hint}`?" in str(caught.value)
    assert where in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert opay.UnknownPropertyError is UnknownPropertyError


def test_every_unknown_key_is_reported_and_list_items_are_checked() -> None:
    data = _with(["order"], "shoppingCart", {"items": [{"amountOfMoney": {}}, {"quantity": 1}]})
    data["zzz"] = 1
    with pytest.raises(UnknownPropertyError) as caught:
        CreatePaymentRequest.from_dictionary(data)
    assert caught.value.paths == ["$.order.shoppingCart.items[1].quantity", "$.zzz"]
    assert "did you mean" not in caught.value.problems[1]  # nothing is close to zzz


def test_instance_from_dictionary_is_strict_too() -> None:
    with pytest.raises(UnknownPropertyError):
        CreatePaymentRequest().from_dictionary({"encryptedCustomerInputs": "x"})
    with pytest.raises(UnknownPropertyError):
        Card(card_number="1").from_dictionary({"cvvv": "123"})


def test_strict_false_keeps_properties_of_a_newer_api_version() -> None:
    request = CreatePaymentRequest.from_dictionary(_with(["order"], "newThing", 1), strict=False)
    assert request.to_dictionary()["order"]["newThing"] == 1


def test_responses_keep_unknown_properties_unless_asked() -> None:
    response = CreateHostedCheckoutResponse.from_dictionary({"RETURNMAC": "mac", "new": 1})
    assert response.to_dictionary() == {"RETURNMAC": "mac", "new": 1}
    assert PaymentResponse.from_dictionary({"id": "1", "later": True}).id == "1"
    with pytest.raises(UnknownPropertyError):
        PaymentResponse.from_dictionary({"id": "1", "later": True}, strict=True)


def test_a_plain_dict_body_is_checked_before_anything_is_sent() -> None:
    settings = RequestSettings("https://example.test", "key-id", "c2VjcmV0", "e30=")
    op = OPERATIONS["create_payment"]
    with pytest.raises(UnknownPropertyError, match=r"\$\.order\.amount_of_money"):
        build_request(
            Call(op, {"merchantId": "m"}, _with(["order"], "amount_of_money"), None, None), settings
        )
    request = build_request(Call(op, {"merchantId": "m"}, PAYMENT, None, None), settings)
    assert b"amountOfMoney" in request.body
    # A model built leniently is sent as it is: the caller chose to keep the property.
    lenient = CreatePaymentRequest.from_dictionary(_with([], "newThing"), strict=False)
    assert (
        b"newThing"
        in build_request(Call(op, {"merchantId": "m"}, lenient, None, None), settings).body
    )


_KNOWN = sorted(CreatePaymentRequest._json_names.values())


@given(st.sampled_from(_KNOWN), st.lists(st.booleans(), min_size=64, max_size=64), st.booleans())
def test_a_known_name_written_in_another_case_or_with_underscores_is_found(
    target: str, flips: list[bool], snake: bool
) -> None:
    variant = "".join(c.swapcase() if flip else c for c, flip in zip(target, flips, strict=False))
    if snake:
        variant = "".join(f"_{c}" if c.isupper() and i else c for i, c in enumerate(variant))
    assert closest_name(variant, _KNOWN) == target
