"""Card rules of the sandbox: brands by BIN, Luhn, expiry dates and the test cards.

Any card number that passes the Luhn check, belongs to a known brand, matches the
``paymentProductId`` sent (when one is sent) and has a future expiry date is authorised,
except the test cards below, which are declined or need 3-D Secure.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import datetime

import attrs

from opay.sandbox import errors


@attrs.frozen
class Brand:
    """A card brand: its payment product, scheme name, BIN ranges and number lengths."""

    product_id: int
    name: str
    scheme: str
    ranges: tuple[tuple[str, str], ...]  # inclusive prefix ranges of equal length
    lengths: tuple[int, ...]
    cvv_length: int = 3
    card_type: str = "Credit"

    def matches(self, number: str) -> bool:
        return any(low <= number[: len(low)] <= high for low, high in self.ranges)


VISA = Brand(1, "Visa", "VISA", (("4", "4"),), (13, 16, 19))
AMEX = Brand(2, "American Express", "AMEX", (("34", "34"), ("37", "37")), (15,), cvv_length=4)
MASTERCARD = Brand(3, "MasterCard", "MASTERCARD", (("51", "55"), ("2221", "2720")), (16,))
MAESTRO = Brand(
    117,
    "Maestro",
    "MAESTRO",
    (
        ("5018", "5018"),
        ("5020", "5020"),
        ("5038", "5038"),
        ("5893", "5893"),
        ("6304", "6304"),
        ("6759", "6759"),
        ("6761", "6763"),
    ),
    tuple(range(12, 20)),
    card_type="Debit",
)
BANCONTACT = Brand(
    3012, "Bancontact", "BCMC", (("6703", "6703"),), (16, 17, 18, 19), card_type="Debit"
)
JCB = Brand(125, "JCB", "JCB", (("3528", "3589"),), (16, 17, 18, 19))
DINERS = Brand(
    132,
    "Diners Club",
    "DINERS",
    (("300", "305"), ("36", "36"), ("38", "39")),
    (14, 15, 16, 17, 18, 19),
)
DISCOVER = Brand(128, "Discover", "DISCOVER", (("6011", "6011"), ("65", "65")), (16, 19))

# Most specific prefixes first: Bancontact's 6703 and Maestro's ranges before the wide ones.
BRANDS: tuple[Brand, ...] = (BANCONTACT, MAESTRO, AMEX, JCB, DINERS, DISCOVER, MASTERCARD, VISA)
BRANDS_BY_PRODUCT: dict[int, Brand] = {b.product_id: b for b in BRANDS}


class Outcome(enum.Enum):
    """What happens to an authorisation with a given card."""

    AUTHORISED = "authorised"
    DECLINED = "declined"
    INSUFFICIENT_FUNDS = "insufficient funds"
    CHALLENGE = "3-D Secure challenge"


@attrs.frozen
class TestCard:
    """A documented card number with a fixed outcome."""

    number: str
    brand: Brand
    outcome: Outcome


TEST_CARDS: tuple[TestCard, ...] = (
    TestCard("4111111111111111", VISA, Outcome.AUTHORISED),
    TestCard("5555555555554444", MASTERCARD, Outcome.AUTHORISED),
    TestCard("378282246310005", AMEX, Outcome.AUTHORISED),
    TestCard("6703444444444449", BANCONTACT, Outcome.AUTHORISED),
    TestCard("6759649826438453", MAESTRO, Outcome.AUTHORISED),
    TestCard("4000000000000002", VISA, Outcome.DECLINED),
    TestCard("5100000000000016", MASTERCARD, Outcome.DECLINED),
    TestCard("370000000000002", AMEX, Outcome.DECLINED),
    TestCard("4000000000009995", VISA, Outcome.INSUFFICIENT_FUNDS),
    TestCard("4000000000003220", VISA, Outcome.CHALLENGE),
    TestCard("5200000000001096", MASTERCARD, Outcome.CHALLENGE),
    TestCard("370000000003220", AMEX, Outcome.CHALLENGE),
)
_OUTCOMES = {card.number: card.outcome for card in TEST_CARDS}


def luhn_ok(number: str) -> bool:
    """True when the digits of ``number`` pass the Luhn check."""
    if not number.isdigit():
        return False
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char)
        if index % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def brand_of(number: str) -> Brand | None:
    """The brand whose BIN ranges contain ``number`` (None when none does)."""
    for brand in BRANDS:
        if brand.matches(number):
            return brand
    return None


def outcome_of(number: str) -> Outcome:
    """The authorisation outcome for a card number that passed :func:`check_card`."""
    return _OUTCOMES.get(number, Outcome.AUTHORISED)


def masked(number: str) -> str:
    """The card number as the platform shows it: first six and last four digits."""
    if len(number) <= 10:
        return "*" * (len(number) - 4) + number[-4:]
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def check_card_number(number: str, product_id: int | None, path: str) -> Brand:
    """The brand of a card number, or a 400 naming ``path`` when the number is unusable."""
    prop = f"{path}.cardNumber"
    if not number.isdigit() or not 12 <= len(number) <= 19:
        raise errors.bad_request(
            "the card number must be 12 to 19 digits", prop, errors.INVALID_CARD_NUMBER
        )
    if not luhn_ok(number):
        raise errors.bad_request(
            "the card number fails the Luhn check", prop, errors.INVALID_CARD_NUMBER
        )
    brand = brand_of(number)
    if brand is None or len(number) not in brand.lengths:
        raise errors.bad_request(
            "the card number belongs to no supported card brand",
            prop,
            errors.INVALID_CARD_NUMBER,
        )
    if product_id is not None and product_id != brand.product_id:
        raise errors.bad_request(
            f"the card number is a {brand.name} card (paymentProductId {brand.product_id}), "
            f"not paymentProductId {product_id}",
            prop,
            errors.PRODUCT_MISMATCH,
        )
    return brand


def check_expiry(expiry: str, now: datetime, prop: str) -> None:
    """A 400 naming ``prop`` unless ``expiry`` is a valid MMYY date not in the past."""
    if len(expiry) != 4 or not expiry.isdigit() or not 1 <= int(expiry[:2]) <= 12:
        raise errors.bad_request("the expiry date must be MMYY", prop)
    month, year = int(expiry[:2]), 2000 + int(expiry[2:])
    if (year, month) < (now.year, now.month):
        raise errors.bad_request("the card has expired", prop, errors.CARD_EXPIRED)


def check_cvv(cvv: str, brand: Brand, prop: str) -> None:
    """A 400 naming ``prop`` unless ``cvv`` has the brand's number of digits."""
    if not cvv.isdigit() or len(cvv) != brand.cvv_length:
        raise errors.bad_request(
            f"the CVV of a {brand.name} card is {brand.cvv_length} digits", prop
        )


@attrs.frozen
class CheckedCard:
    """A card that passed every check: the number, its brand, expiry and holder."""

    number: str
    brand: Brand
    expiry: str
    holder: str | None


def check_card(
    card: Mapping[str, object],
    product_id: int | None,
    now: datetime,
    path: str,
    *,
    cvv_required: bool = False,
) -> CheckedCard:
    """Check a ``Card`` JSON object found at ``path``; raise a 400 naming the bad property."""
    number = card.get("cardNumber")
    if not isinstance(number, str):
        raise errors.missing(f"{path}.cardNumber")
    expiry = card.get("expiryDate")
    if not isinstance(expiry, str):
        raise errors.missing(f"{path}.expiryDate")
    brand = check_card_number(number, product_id, path)
    check_expiry(expiry, now, f"{path}.expiryDate")
    cvv = card.get("cvv")
    if isinstance(cvv, str):
        check_cvv(cvv, brand, f"{path}.cvv")
    elif cvv_required:
        raise errors.missing(f"{path}.cvv")
    holder = card.get("cardholderName")
    return CheckedCard(number, brand, expiry, holder if isinstance(holder, str) else None)
