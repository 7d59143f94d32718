"""Obfuscation rules for sensitive values: card numbers, CVVs, IBANs, personal data, secrets.

The same rules protect logged bodies and headers, ``repr()`` of models, configurations and
exceptions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Rule = Callable[[str], str]


def keep_end(count: int) -> Rule:
    """Replace all but the last ``count`` characters with ``*``."""

    def rule(value: str) -> str:
        shown = value[-count:] if len(value) > count else ""
        return "*" * (len(value) - len(shown)) + shown

    return rule


def keep_start(count: int) -> Rule:
    """Replace all but the first ``count`` characters with ``*``."""

    def rule(value: str) -> str:
        shown = value[:count] if len(value) > count else ""
        return shown + "*" * (len(value) - len(shown))

    return rule


def fixed(length: int = 8) -> Rule:
    """Replace the whole value with ``length`` stars, hiding its length too."""

    def rule(_value: str) -> str:
        return "*" * length

    return rule


# Body property rules, keyed by JSON property name.
PROPERTY_RULES: dict[str, Rule] = {
    "cardNumber": keep_end(4),
    "accountNumber": keep_end(4),
    "iban": keep_end(4),
    "reformattedAccountNumber": keep_end(4),
    "expiryDate": keep_end(2),
    "bin": keep_start(6),
    "cvv": fixed(),
    "cardholderName": fixed(),
    "accountHolderName": fixed(),
    "firstName": fixed(),
    "surname": fixed(),
    "surnamePrefix": fixed(),
    "street": fixed(),
    "houseNumber": fixed(),
    "additionalInfo": fixed(),
    "zip": fixed(),
    "city": fixed(),
    "state": fixed(),
    "phoneNumber": fixed(),
    "mobilePhoneNumber": fixed(),
    "workPhoneNumber": fixed(),
    "faxNumber": fixed(),
    "emailAddress": fixed(),
    "dateOfBirth": fixed(),
    "value": fixed(),
    "key": fixed(),
    "secretKey": fixed(),
    "encryptedPayload": fixed(),
    "decryptedPayload": fixed(),
    "encryptedCustomerInput": fixed(),
    "paymentData": fixed(),
    "pin": fixed(),
    "password": fixed(),
}


def is_sensitive(json_name: str) -> bool:
    """Whether a model property with this JSON name is obfuscated."""
    return json_name in PROPERTY_RULES


def obfuscate_value(json_name: str, value: Any) -> str:
    """The obfuscated text of ``value`` under the rule for ``json_name``."""
    if value is None:
        return "None"
    rule = PROPERTY_RULES.get(json_name, fixed())
    return repr(rule(str(value)))


def model_field_repr(json_name: str) -> Callable[[Any], str]:
    """A ``repr`` callable for an attrs field holding a sensitive value."""

    def field_repr(value: Any) -> str:
        return obfuscate_value(json_name, value)

    return field_repr
