"""Static data of the sandbox: currencies, payment products and groups, issuer directory,
exchange rates and surcharge rates. Everything is deterministic."""

from __future__ import annotations

from typing import Any

import attrs

from opay.sandbox import cards

# ISO 4217 currency codes in use, by number of minor units
_TWO_DECIMALS = """
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD
CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD
GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD
MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP
PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS
TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VED VES WST XCD YER ZAR ZMW ZWG ZWL
"""
_NO_DECIMALS = """
BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF
"""
_THREE_DECIMALS = """
BHD IQD JOD KWD LYD OMR TND
"""
CURRENCIES: dict[str, int] = {
    **dict.fromkeys(_TWO_DECIMALS.split(), 2),
    **dict.fromkeys(_NO_DECIMALS.split(), 0),
    **dict.fromkeys(_THREE_DECIMALS.split(), 3),
}

# Exchange rates against EUR used by the currency conversion (DCC) inquiry
EUR_RATES: dict[str, float] = {
    "EUR": 1.0,
    "USD": 1.0842,
    "GBP": 0.8531,
    "CHF": 0.9612,
    "JPY": 162.31,
    "SEK": 11.482,
    "NOK": 11.621,
    "DKK": 7.4589,
    "PLN": 4.3125,
    "CZK": 25.214,
    "CAD": 1.4731,
    "AUD": 1.6514,
}


@attrs.frozen
class Product:
    """One payment product as listed by the products operations."""

    id: int
    label: str
    method: str  # card, redirect, mobile, directDebit
    group: str | None = None
    redirects: bool = False
    recurring: bool = True
    tokenization: bool = True
    currencies: tuple[str, ...] = ()  # empty: every currency


PRODUCTS: tuple[Product, ...] = (
    *(Product(b.product_id, b.name, "card", "cards") for b in cards.BRANDS),
    Product(302, "Apple Pay", "mobile", tokenization=False),
    Product(320, "Google Pay", "mobile", tokenization=False),
    Product(771, "SEPA Direct Debit", "directDebit", currencies=("EUR",)),
    Product(
        809,
        "iDEAL",
        "redirect",
        redirects=True,
        recurring=False,
        tokenization=False,
        currencies=("EUR",),
    ),
    Product(840, "PayPal", "redirect", redirects=True, tokenization=False),
)
PRODUCTS_BY_ID: dict[int, Product] = {p.id: p for p in sorted(PRODUCTS, key=lambda p: p.id)}
GROUPS: tuple[str, ...] = ("cards",)
NETWORKS: dict[int, list[str]] = {
    302: ["Amex", "Discover", "JCB", "MasterCard", "Visa"],
    320: ["AMEX", "DISCOVER", "JCB", "MASTERCARD", "VISA"],
}
IDEAL_ISSUERS: tuple[tuple[str, str], ...] = (
    ("ABNANL2A", "ABN AMRO"),
    ("ASNBNL21", "ASN Bank"),
    ("INGBNL2A", "ING"),
    ("RABONL2U", "Rabobank"),
    ("SNSBNL2A", "SNS Bank"),
    ("TRIONL2U", "Triodos Bank"),
)


def _logo(product_id: int) -> str:
    return f"templates/master/global/css/img/ppimages/pp_logo_{product_id}_v1.png"


def _field(
    ident: str,
    label: str,
    order: int,
    *,
    mask: str | None = None,
    luhn: bool = False,
    length: tuple[int, int] | None = None,
    obfuscate: bool = False,
) -> dict[str, Any]:
    validators: dict[str, Any] = {}
    if luhn:
        validators["luhn"] = {}
    if length is not None:
        validators["length"] = {"minLength": length[0], "maxLength": length[1]}
    if ident == "expiryDate":
        validators["expirationDate"] = {}
        validators["regularExpression"] = {"regularExpression": "^(0[1-9]|1[0-2])[0-9]{2}$"}
    hints: dict[str, Any] = {
        "alwaysShow": False,
        "displayOrder": order,
        "formElement": {"type": "text"},
        "label": label,
        "obfuscate": obfuscate,
        "placeholderLabel": label,
        "preferredInputType": "IntegerKeyboard" if ident != "cardholderName" else "StringKeyboard",
    }
    if mask is not None:
        hints["mask"] = mask
    return {
        "id": ident,
        "type": "numericstring" if ident != "cardholderName" else "string",
        "dataRestrictions": {"isRequired": ident != "cardholderName", "validators": validators},
        "displayHints": hints,
    }


def _card_fields(brand: cards.Brand) -> list[dict[str, Any]]:
    return [
        _field(
            "cardNumber",
            "Card number",
            0,
            mask="{{9999}} {{9999}} {{9999}} {{9999}} {{999}}",
            luhn=True,
            length=(min(brand.lengths), max(brand.lengths)),
        ),
        _field("expiryDate", "Expiry date", 1, mask="{{99}}/{{99}}"),
        _field("cvv", "CVV", 2, length=(brand.cvv_length, brand.cvv_length), obfuscate=True),
        _field("cardholderName", "Cardholder name", 3),
    ]


def available(product: Product, currency: str | None) -> bool:
    """True when ``product`` accepts ``currency`` (any when None)."""
    return currency is None or not product.currencies or currency in product.currencies


def product_json(product: Product, *, hide: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The ``PaymentProduct`` JSON of a product."""
    hints = {
        "displayOrder": list(PRODUCTS_BY_ID).index(product.id),
        "label": product.label,
        "logo": _logo(product.id),
    }
    body: dict[str, Any] = {
        "id": product.id,
        "paymentMethod": product.method,
        "allowsAuthentication": product.method == "card",
        "allowsRecurring": product.recurring,
        "allowsTokenization": product.tokenization,
        "usesRedirectionTo3rdParty": product.redirects,
        "displayHints": hints,
        "displayHintsList": [hints],
    }
    if product.group is not None:
        body["paymentProductGroup"] = product.group
    brand = cards.BRANDS_BY_PRODUCT.get(product.id)
    if brand is not None and "fields" not in hide:
        body["fields"] = _card_fields(brand)
    if product.id == 302:
        body["paymentProduct302SpecificData"] = {"networks": NETWORKS[302]}
    if product.id == 320:
        body["paymentProduct320SpecificData"] = {
            "gateway": "worldlinedirect",
            "networks": NETWORKS[320],
        }
    return body


def group_json(group: str) -> dict[str, Any]:
    """The ``PaymentProductGroup`` JSON of a group."""
    hints = {
        "displayOrder": 0,
        "label": "Cards",
        "logo": "templates/master/global/css/img/ppimages/group-card.png",
    }
    return {"id": group, "displayHints": hints, "displayHintsList": [hints]}


def iin_details(brand: cards.Brand) -> dict[str, Any]:
    """The card details the IIN lookup and card outputs share (``CardBinDetails`` members)."""
    return {
        "cardScheme": brand.scheme,
        "cardType": brand.card_type,
        "cardProductName": brand.name,
        "cardCorporateIndicator": False,
        "cardEffectiveDateIndicator": False,
        "countryCode": "BE" if brand is cards.BANCONTACT else "NL",
        "issuingCountryCode": "BE" if brand is cards.BANCONTACT else "NL",
        "issuerName": "Sandbox Bank",
        "issuerCode": "SANDBOX",
        "panLengthMin": min(brand.lengths),
        "panLengthMax": max(brand.lengths),
        "panLuhnCheck": True,
        "virtualCardIndicator": False,
    }


def exchange_rate(source: str, target: str) -> float | None:
    """How many units of ``target`` one unit of ``source`` buys (None when unknown)."""
    if source not in EUR_RATES or target not in EUR_RATES:
        return None
    return round(EUR_RATES[target] / EUR_RATES[source], 6)


def convert(amount: int, source: str, target: str, rate: float) -> int:
    """Convert an amount in minor units, honouring each currency's number of decimals."""
    major = amount / 10.0 ** CURRENCIES[source]
    converted: int = round(major * rate * 10.0 ** CURRENCIES[target])
    return converted


# Surcharge: 1.5% plus 10 minor units on credit cards, nothing on debit cards
SURCHARGE_AD_VALOREM = 1.5
SURCHARGE_SPECIFIC = 10


def surcharge(amount: int, brand: cards.Brand) -> int:
    """The surcharge for paying ``amount`` with a card of ``brand``."""
    if brand.card_type != "Credit":
        return 0
    extra: int = round(amount * SURCHARGE_AD_VALOREM / 100)
    return extra + SURCHARGE_SPECIFIC
