"""Obfuscation rules for sensitive values: card numbers, CVVs, IBANs, personal data, secrets.

The same rules protect logged bodies, URLs and headers, ``repr()`` of models, configurations
and exception messages.

- Bodies are parsed as JSON and every property whose name has a rule (at any depth, names
  compared case-insensitively) is replaced by the rule's output; numbers and booleans under
  such a name are obfuscated too, and a rule on an object or array applies to every value
  inside it. A body that is not JSON (or is cut short) is never shown raw: :meth:`scrub_text`
  hides every ``name: value`` / ``name=value`` pair with a known name and every long run of
  digits.
- Headers with a rule (``Authorization``, ``Cookie``, ...) have their whole value replaced.

Extra rules are added with :meth:`BodyObfuscator.with_rules` and
:meth:`HeaderObfuscator.with_rules`; the loggers in :mod:`opay.log` accept both.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

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


_FIXED_PROPERTIES = (
    # card verification and cardholder data
    "cvv",
    "cardholderName",
    "cardHolderName",
    "accountHolderName",
    "cavv",
    "cryptogram",
    "xid",
    # names
    "firstName",
    "surname",
    "surnamePrefix",
    "passengerName",
    "renterName",
    "recipientName",
    # addresses
    "street",
    "houseNumber",
    "additionalInfo",
    "zip",
    "postcode",
    "city",
    "state",
    "birthCity",
    "birthZipCode",
    # contact and identity
    "phoneNumber",
    "mobilePhoneNumber",
    "workPhoneNumber",
    "faxNumber",
    "emailAddress",
    "dateOfBirth",
    "ipAddress",
    "customerIpAddress",
    "fiscalNumber",
    "driverIdentificationNumber",
    "driverTaxNumber",
    # key/value pairs, keys, secrets, tokens and payloads
    "value",
    "key",
    "secret",
    "secretKey",
    "secretApiKey",
    "password",
    "pin",
    "encryptionKey",
    "ephemeralKey",
    "networkToken",
    "sessionToken",
    "pairingToken",
    "paymentRequestToken",
    "ComputedToken",
    "GTSComputedToken",
    "GeneratedToken",
    "encryptedPayload",
    "decryptedPayload",
    "encryptedCustomerInput",
    "encryptedCardNumber",
    "encryptedPaymentData",
    "paymentData",
    "decryptedPaymentData",
)

# Body property rules, keyed by JSON property name.
PROPERTY_RULES: dict[str, Rule] = {
    "cardNumber": keep_end(4),
    "accountNumber": keep_end(4),
    "iban": keep_end(4),
    "paymentIBAN": keep_end(4),
    "reformattedAccountNumber": keep_end(4),
    "dpan": keep_end(4),
    "loyaltyCardNumber": keep_end(4),
    "expiryDate": keep_end(2),
    "cardExpiryDate": keep_end(2),
    "bin": keep_start(6),
    **{name: fixed() for name in _FIXED_PROPERTIES},
}

# Header rules, keyed by header name (compared case-insensitively).
HEADER_RULES: dict[str, Rule] = {
    name: fixed()
    for name in (
        "Authorization",
        "Proxy-Authorization",
        "WWW-Authenticate",
        "Proxy-Authenticate",
        "Cookie",
        "Set-Cookie",
        "X-GCS-Authentication-Token",
        "X-GCS-CallerPassword",
        "X-Api-Key",
        "X-Auth-Token",
    )
}

_LOWER_PROPERTY_RULES = {name.lower(): rule for name, rule in PROPERTY_RULES.items()}

# For free text: a sensitive header written as "Name: value" (to the end of the line), and
# the "v1HMAC:<key id>:<signature>" credentials of an Authorization value.
_HEADER_LINE = re.compile(
    r"(?<![A-Za-z0-9_-])((?:"
    + "|".join(re.escape(name) for name in sorted(HEADER_RULES, key=len, reverse=True))
    + r")[\"']?\s*:\s*)[^\r\n]*",
    re.IGNORECASE,
)
_HMAC_CREDENTIALS = re.compile(r"(v1HMAC:)[^\s\"',;]+", re.IGNORECASE)


def is_sensitive(json_name: str) -> bool:
    """Whether a model property with this JSON name is obfuscated."""
    return json_name.lower() in _LOWER_PROPERTY_RULES


def _scalar_text(value: Any) -> str:
    """The text a rule sees for a scalar: strings as they are, anything else as JSON text."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, int, float)):
        return json.dumps(value)
    return str(value)


def _obfuscate_python(value: Any, rule: Rule) -> Any:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return [_obfuscate_python(item, rule) for item in value]
    if isinstance(value, Mapping):
        return {key: _obfuscate_python(item, rule) for key, item in value.items()}
    return rule(_scalar_text(value))


def obfuscate_value(json_name: str, value: Any) -> str:
    """The obfuscated ``repr`` text of ``value`` under the rule for ``json_name``.

    Lists and dicts keep their shape with every element obfuscated; any other object (a
    nested model, say) is replaced as a whole.
    """
    rule = _LOWER_PROPERTY_RULES.get(json_name.lower(), fixed())
    return repr(_obfuscate_python(value, rule))


def model_field_repr(json_name: str) -> Callable[[Any], str]:
    """A ``repr`` callable for an attrs field holding a sensitive value."""

    def field_repr(value: Any) -> str:
        return obfuscate_value(json_name, value)

    return field_repr


RuleSpec = Mapping[str, Rule] | Iterable[str]


def _rule_table(rules: RuleSpec | None) -> dict[str, Rule]:
    """Lower-cased name -> rule; names given without a rule get :func:`fixed`."""
    if rules is None:
        return {}
    if isinstance(rules, str):
        raise TypeError("rules must be a mapping of names to rules or a list of names, not a str")
    if isinstance(rules, Mapping):
        table: dict[str, Rule] = {}
        for name, rule in rules.items():
            if not callable(rule):
                raise TypeError(f"the rule for {name!r} is not callable: {rule!r}")
            table[str(name).lower()] = rule
        return table
    return {str(name).lower(): fixed() for name in rules}


_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
# Runs of 7 or more digits, optionally grouped by single spaces or dashes (card numbers,
# account numbers, phone numbers).
_DIGIT_RUN = re.compile(r"\d(?:[ \-]?\d){6,}")
_URL = re.compile(r"https?://[^\s'\"<>?#]+(?:\?[^\s'\"<>#]*)?")
_BARE_VALUE = re.compile(r"[^\s,;&}\]\"'<>]+")
_CLOSERS = {"{": "}", "[": "]"}
_QUOTES = re.compile(r"""\\*["']""")


def _decode_escape(match: re.Match[str]) -> str:
    code = int(match.group(1), 16)
    return "\ufffd" if 0xD800 <= code <= 0xDFFF else chr(code)


def _unchanged(text: str) -> str:
    return text


def _stars(match: re.Match[str]) -> str:
    return re.sub(r"\d", "*", match.group())


def _hide_digits(text: str) -> str:
    """Long digit runs become stars, except in the path of a URL (where they are the ids of
    payments, refunds...; the API never puts card data in a path)."""
    out: list[str] = []
    pos = 0
    for url in _URL.finditer(text):
        path, sep, query = url.group().partition("?")
        out += [_DIGIT_RUN.sub(_stars, text[pos : url.start()]), path, sep]
        out.append(_DIGIT_RUN.sub(_stars, query))
        pos = url.end()
    out.append(_DIGIT_RUN.sub(_stars, text[pos:]))
    return "".join(out)


def _skip_string(text: str, start: int, quote_mark: str = '"') -> int:
    """Index just after the string opened at ``start`` by ``quote_mark`` (or the end)."""
    pos = start + len(quote_mark)
    while pos < len(text):
        if text.startswith(quote_mark, pos):
            return pos + len(quote_mark)
        pos += 2 if text[pos] == "\\" else 1
    return len(text)


def _value_end(text: str, start: int) -> int:
    """Index just after the value starting at ``start``: a quoted string (also an escaped
    one, inside a JSON string), an object or array, or a bare word."""
    quote_mark = _QUOTES.match(text, start)
    if quote_mark:
        return _skip_string(text, start, quote_mark.group())
    if text[start : start + 1] in _CLOSERS:
        return _skip_container(text, start)
    bare = _BARE_VALUE.match(text, start)
    return bare.end() if bare else start


def _skip_container(text: str, start: int) -> int:
    """Index just after the object/array opened at ``start`` (or the end, if cut short)."""
    stack = [_CLOSERS[text[start]]]
    pos = start + 1
    while pos < len(text) and stack:
        char = text[pos]
        if char == '"':
            pos = _skip_string(text, pos)
            continue
        if char in _CLOSERS:
            stack.append(_CLOSERS[char])
        elif char == stack[-1]:
            stack.pop()
        pos += 1
    return pos


class BodyObfuscator:
    """Obfuscates message bodies by JSON property name.

    ``BodyObfuscator()`` uses :data:`PROPERTY_RULES`; ``rules`` adds to (or overrides) them,
    either as a mapping of property names to rules or as a list of names hidden entirely.
    """

    def __init__(self, rules: RuleSpec | None = None, *, defaults: bool = True) -> None:
        table = dict(_LOWER_PROPERTY_RULES) if defaults else {}
        table.update(_rule_table(rules))
        self._rules = table
        names = sorted(table, key=len, reverse=True)
        self._key_value = (
            re.compile(
                r"(?<![A-Za-z0-9_])(\\*[\"']?)(" + "|".join(re.escape(n) for n in names) + r")\1"
                r"\s*[:=]\s*",
                re.IGNORECASE,
            )
            if names
            else None
        )

    def with_rules(self, rules: RuleSpec) -> BodyObfuscator:
        """A new obfuscator with these rules added to this one's."""
        combined: dict[str, Rule] = dict(self._rules)
        combined.update(_rule_table(rules))
        return BodyObfuscator(combined, defaults=False)

    def rule_for(self, name: str) -> Rule | None:
        """The rule for a property name, or None if it is shown as is."""
        return self._rules.get(name.lower())

    def obfuscate(self, body: bytes | str | None, *, indent: int | None = 2) -> str:
        """The loggable text of a body: obfuscated JSON (indented by ``indent``, or compact
        for None), or a scrubbed text if not JSON."""
        if body is None:
            return ""
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        if not text.strip():
            return text
        try:
            parsed = json.loads(text)
            shown = json.dumps(
                self.obfuscate_json(parsed),
                indent=indent,
                ensure_ascii=False,
                separators=None if indent is not None else (",", ":"),
            )
        except (ValueError, RecursionError):
            return self.scrub_text(text)
        # Lone surrogates (from "\ud800" escapes) cannot be written to a UTF-8 stream.
        return shown.encode("utf-8", "replace").decode("utf-8")

    def obfuscate_json(self, data: Any, inherited: Rule | None = None) -> Any:
        """A copy of parsed JSON with every value under a rule's name obfuscated."""
        if isinstance(data, dict):
            return {
                key: self.obfuscate_json(item, self._rules.get(str(key).lower(), inherited))
                for key, item in data.items()
            }
        if isinstance(data, list):
            return [self.obfuscate_json(item, inherited) for item in data]
        if inherited is None:
            return self._free_text(data) if isinstance(data, str) else data
        if data is None:
            return None
        return inherited(_scalar_text(data))

    def _free_text(self, text: str) -> str:
        """A string value without a rule: a JSON document inside it is obfuscated as JSON,
        and a known name followed by a value (an error message echoing
        ``cardNumber: 4111...``) has that value obfuscated."""
        if text.lstrip()[:1] in _CLOSERS:
            try:
                parsed = json.loads(text)
            except (ValueError, RecursionError):
                return self.scrub_text(text)
            return json.dumps(self.obfuscate_json(parsed), ensure_ascii=False)
        if self._key_value is None or self._key_value.search(text) is None:
            return text
        return self._scrub(text, _unchanged)

    def obfuscate_url(self, url: str) -> str:
        """``url`` with the values of query parameters named by a rule obfuscated."""
        parts = urlsplit(url)
        if not parts.query:
            return url
        pairs = []
        for piece in parts.query.split("&"):
            name, sep, value = piece.partition("=")
            rule = self._rules.get(unquote(name).lower())
            if rule is not None and sep:
                value = quote(rule(unquote(value)), safe="*")
            pairs.append(name + sep + value)
        return urlunsplit(parts._replace(query="&".join(pairs)))

    def scrub_text(self, text: str) -> str:
        """Conservatively hide sensitive data in text that is not (complete) JSON.

        Unicode escapes are decoded first; the value after every known name followed by
        ``:`` or ``=`` is obfuscated (a quoted string, a bare word, or a whole object or
        array); the rest of a line after a sensitive header name (``Authorization: ...``)
        and the credentials of a ``v1HMAC:...`` authorization are hidden; every other run of
        7 or more digits becomes stars (outside URL paths).
        """
        text = _UNICODE_ESCAPE.sub(_decode_escape, text)
        text = _HEADER_LINE.sub(lambda m: m.group(1) + fixed()(""), text)
        text = _HMAC_CREDENTIALS.sub(lambda m: m.group(1) + fixed()(""), text)
        return self._scrub(text, _hide_digits)

    def _scrub(self, text: str, between: Callable[[str], str]) -> str:
        """Obfuscate the value after every known name; ``between`` treats the rest."""
        if self._key_value is None:
            return between(text)
        out: list[str] = []
        pos = 0
        while True:
            match = self._key_value.search(text, pos)
            if match is None:
                out.append(between(text[pos:]))
                return "".join(out)
            out.append(between(text[pos : match.end()]))
            rule = self._rules[match.group(2).lower()]
            start = match.end()
            if start >= len(text):
                pos = start
                continue
            end = _value_end(text, start)
            value = text[start:end]
            if value[:1] in _CLOSERS:
                out.append('"' + fixed()("") + '"')
            else:
                quote_mark = _QUOTES.match(value)
                mark = quote_mark.group() if quote_mark else ""
                inner = value[len(mark) :]
                if mark and inner.endswith(mark):
                    inner = inner[: -len(mark)]
                out.append(mark + rule(inner) + mark)
            pos = end


class HeaderObfuscator:
    """Replaces the values of sensitive headers (names compared case-insensitively).

    ``HeaderObfuscator()`` uses :data:`HEADER_RULES`; ``rules`` adds to them.
    """

    def __init__(self, rules: RuleSpec | None = None, *, defaults: bool = True) -> None:
        table = {name.lower(): rule for name, rule in HEADER_RULES.items()} if defaults else {}
        table.update(_rule_table(rules))
        self._rules = table

    def with_rules(self, rules: RuleSpec) -> HeaderObfuscator:
        """A new obfuscator with these rules added to this one's."""
        combined = dict(self._rules)
        combined.update(_rule_table(rules))
        return HeaderObfuscator(combined, defaults=False)

    def obfuscate_value(self, name: str, value: str) -> str:
        """The loggable value of one header."""
        rule = self._rules.get(name.lower())
        return value if rule is None else rule(value)

    def obfuscate(self, headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        """Every header, in order, with sensitive values replaced."""
        return [(name, self.obfuscate_value(name, value)) for name, value in headers]


DEFAULT_BODY_OBFUSCATOR = BodyObfuscator()
DEFAULT_HEADER_OBFUSCATOR = HeaderObfuscator()


def scrub_text(text: str) -> str:
    """Hide sensitive data in free text (messages) with the default body rules."""
    return DEFAULT_BODY_OBFUSCATOR.scrub_text(text)
