"""Card rules: Luhn, brands by BIN, and the authorisation of any valid card."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from sandbox_app_support import body_of, call, card_payment, make_app, payments_path

from opay.sandbox import cards


def with_check_digit(partial: str) -> str:
    """``partial`` completed with the digit that makes it pass the Luhn check."""
    for digit in "0123456789":
        if cards.luhn_ok(partial + digit):
            return partial + digit
    raise AssertionError("a Luhn check digit always exists")


@given(st.text("0123456789", min_size=11, max_size=18))
def test_exactly_one_check_digit_passes_luhn(partial: str) -> None:
    passing = [d for d in "0123456789" if cards.luhn_ok(partial + d)]
    assert len(passing) == 1


def test_test_cards_are_valid_numbers_of_their_brand() -> None:
    for card in cards.TEST_CARDS:
        assert cards.luhn_ok(card.number), card.number
        assert cards.brand_of(card.number) is card.brand, card.number
        assert len(card.number) in card.brand.lengths


def test_brand_ranges() -> None:
    assert cards.brand_of("2221000000000009") is cards.MASTERCARD
    assert cards.brand_of("2720990000000000") is cards.MASTERCARD
    assert cards.brand_of("2721000000000000") is None
    assert cards.brand_of("6703000000000007") is cards.BANCONTACT
    assert cards.brand_of("6759000000000000") is cards.MAESTRO
    assert cards.masked("4111111111111111") == "411111******1111"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from([("4", 16, 1), ("52", 16, 3), ("2300", 16, 3), ("37", 15, 2)]),
    st.data(),
)
def test_any_valid_card_of_a_known_brand_is_authorised(
    brand: tuple[str, int, int], data: st.DataObject
) -> None:
    prefix, length, product = brand
    middle = data.draw(
        st.text("0123456789", min_size=length - len(prefix) - 1, max_size=length - len(prefix) - 1)
    )
    number = with_check_digit(prefix + middle)
    app = make_app()
    response = call(
        app,
        "POST",
        payments_path("payments"),
        card_payment(number, product_id=product, cvv="1234" if product == 2 else "123"),
    )
    known = {c.number: c.outcome for c in cards.TEST_CARDS}
    if known.get(number, cards.Outcome.AUTHORISED) is cards.Outcome.AUTHORISED:
        assert response.status == 201, response.body
        assert body_of(response)["payment"]["status"] == "PENDING_CAPTURE"
