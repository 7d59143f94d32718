"""Card rules of the sandbox: brands by BIN, Luhn, expiry dates and the test cards.

Any card number that passes the Luhn check, belongs to a known brand, matches the
``paymentProductId`` sent (when one is sent) and has a future expiry date is authorised,
except the platform's test cards below, which need 3-D Secure, fail it or are declined (each
card names the page documenting it; two are the sandbox's own, labelled so).
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


# Where the test cards come from (each card below names its page).
DIRECT_TEST_CASES = (
    "Test cases, https://docs.direct.worldline-solutions.com/en/integration/how-to-integrate/"
    "test-cases/index"
)
THREE_DS_TEST_CASES = (
    "Test cases, 3D Secure version 2, "
    "https://docs.connect.worldline-solutions.com/best-practices/services/3dsv2/test-cases"
)
SANDBOX_OWN = "the opay sandbox's own (not a platform test card)"


class Outcome(enum.Enum):
    """What happens to an authorisation with a given card (the platform's test cases)."""

    AUTHORISED = "authorised (3-D Secure frictionless)"
    ATTEMPTED = "authorised (3-D Secure attempted, frictionless)"
    CHALLENGE = "3-D Secure challenge, then authorised when passed"
    CHALLENGE_REJECTED = "3-D Secure challenge, then rejected"
    AUTHENTICATION_FAILED = "rejected: 3-D Secure authentication failed"
    AUTHENTICATION_REJECTED = "rejected: 3-D Secure authentication rejected by the issuer"
    DECLINED = "declined by the issuer"
    INSUFFICIENT_FUNDS = "declined: insufficient funds"

    @property
    def challenged(self) -> bool:
        """True when the customer is sent to a 3-D Secure challenge."""
        return self in (Outcome.CHALLENGE, Outcome.CHALLENGE_REJECTED)

    @property
    def rejected_by_authentication(self) -> bool:
        """True when 3-D Secure (frictionless) ends the payment before authorisation."""
        return self in (Outcome.AUTHENTICATION_FAILED, Outcome.AUTHENTICATION_REJECTED)

    @property
    def declined(self) -> bool:
        """True when the issuer declines the authorisation (also of a payout)."""
        return self in (Outcome.DECLINED, Outcome.INSUFFICIENT_FUNDS)


@attrs.frozen
class TestCard:
    """A documented card number with a fixed outcome, and the page that documents it."""

    __test__ = False  # not a test class, whatever pytest thinks of the name

    number: str
    brand: Brand
    outcome: Outcome
    source: str


TEST_CARDS: tuple[TestCard, ...] = (
    # Direct test cases: "Use any 3- or 4-digit number for the CVV" and any future expiry
    # date; frictionless and challenge 3-D Secure flows for Visa, Mastercard and American
    # Express.
    TestCard("4330264936344675", VISA, Outcome.AUTHORISED, DIRECT_TEST_CASES),
    TestCard("5137009801943438", MASTERCARD, Outcome.AUTHORISED, DIRECT_TEST_CASES),
    TestCard("375418081197346", AMEX, Outcome.AUTHORISED, DIRECT_TEST_CASES),
    TestCard("371449635311004", AMEX, Outcome.AUTHORISED, DIRECT_TEST_CASES),
    TestCard("4874970686672022", VISA, Outcome.CHALLENGE, DIRECT_TEST_CASES),
    TestCard("5130257474533310", MASTERCARD, Outcome.CHALLENGE, DIRECT_TEST_CASES),
    TestCard("379764422997381", AMEX, Outcome.CHALLENGE, DIRECT_TEST_CASES),
    TestCard("5168645305790452", MASTERCARD, Outcome.AUTHENTICATION_REJECTED, DIRECT_TEST_CASES),
    TestCard("5144144373781246", MASTERCARD, Outcome.CHALLENGE_REJECTED, DIRECT_TEST_CASES),
    # 3-D Secure v2 test cases of the same 3-D Secure simulator, frictionless flow: "Fully
    # Authenticated and Authorized", "Authentication Attempted and Authorized",
    # "Authentication Failed" and "Authentication Rejected by the issuer" (both REJECTED,
    # "not possible to proceed to Authorization").
    TestCard("4012000033330026", VISA, Outcome.AUTHORISED, THREE_DS_TEST_CASES),
    TestCard("5200000091444270", MASTERCARD, Outcome.AUTHORISED, THREE_DS_TEST_CASES),
    TestCard("371449635398431", AMEX, Outcome.AUTHORISED, THREE_DS_TEST_CASES),
    TestCard("4012004040524514", VISA, Outcome.ATTEMPTED, THREE_DS_TEST_CASES),
    TestCard("5200008932030109", MASTERCARD, Outcome.ATTEMPTED, THREE_DS_TEST_CASES),
    TestCard("344822942822422", AMEX, Outcome.ATTEMPTED, THREE_DS_TEST_CASES),
    TestCard("4012001775445550", VISA, Outcome.AUTHENTICATION_FAILED, THREE_DS_TEST_CASES),
    TestCard("5200008192910263", MASTERCARD, Outcome.AUTHENTICATION_FAILED, THREE_DS_TEST_CASES),
    TestCard("348058683731797", AMEX, Outcome.AUTHENTICATION_FAILED, THREE_DS_TEST_CASES),
    TestCard("4012003360932265", VISA, Outcome.AUTHENTICATION_REJECTED, THREE_DS_TEST_CASES),
    TestCard("5200008849448782", MASTERCARD, Outcome.AUTHENTICATION_REJECTED, THREE_DS_TEST_CASES),
    TestCard("371402182236181", AMEX, Outcome.AUTHENTICATION_REJECTED, THREE_DS_TEST_CASES),
    # The sandbox's own: no platform page found documents a card for a plain issuer decline
    # or for insufficient funds, so the sandbox keeps one of each (Visa, 4999 prefix).
    TestCard("4999000000000005", VISA, Outcome.DECLINED, SANDBOX_OWN),
    TestCard("4999000000000013", VISA, Outcome.INSUFFICIENT_FUNDS, SANDBOX_OWN),
)
_BY_NUMBER = {card.number: card for card in TEST_CARDS}


def documented(number: str) -> TestCard | None:
    """The documented test card with ``number`` (None for any other number)."""
    return _BY_NUMBER.get(number)


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
    """The authorisation outcome for a card number that passed :func:`check_card`: the test
    card's, else authorised."""
    card = _BY_NUMBER.get(number)
    return Outcome.AUTHORISED if card is None else card.outcome


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


def check_cvv(cvv: str, number: str, brand: Brand, prop: str) -> None:
    """A 400 naming ``prop`` unless ``cvv`` has the brand's number of digits; the platform's
    test cards take any 3- or 4-digit CVV (Direct test cases, "Use test cards")."""
    if documented(number) is not None and cvv.isdigit() and len(cvv) in (3, 4):
        return
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
        check_cvv(cvv, number, brand, f"{path}.cvv")
    elif cvv_required:
        raise errors.missing(f"{path}.cvv")
    holder = card.get("cardholderName")
    return CheckedCard(number, brand, expiry, holder if isinstance(holder, str) else None)
