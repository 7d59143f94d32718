"""Obfuscation rules for sensitive values: card numbers, CVVs, IBANs, personal data, tokens,
secrets.

The same rules protect logged bodies, URLs and headers, ``repr()`` of models, configurations
and exception messages, and what the ``opay`` command prints.

- Bodies are parsed as JSON and every property whose name has a rule (at any depth, names
  compared without case, ``_`` and ``-``) is replaced by the rule's output; numbers and
  booleans under such a name are obfuscated too, and a rule on an object or array applies to
  every value inside it. Everywhere else (free text, properties without a rule, headers,
  URLs) card numbers are hidden: 13 to 19 digits with a valid Luhn check digit, also grouped
  by spaces or dashes.
- A body that is not JSON (or is cut short) is never shown raw: :meth:`BodyObfuscator.scrub_text`
  hides every ``name: value`` / ``name=value`` pair with a known name (also inside escaped
  JSON strings, at any depth), sensitive header lines, URL credentials and every long run of
  digits. Messages get :meth:`BodyObfuscator.scrub_message`, which keeps opay's own numbers.
- Headers with a rule (``Authorization``, ``Cookie``, ...) have their whole value replaced.
- Control characters a server sent are written as escapes (:func:`escape_controls`).

Every scrubber takes time linear in the length of its input (names are found as words and
looked up, quotes are matched by counting the backslashes before them, nothing backtracks),
and runs only when a log line, a ``repr()`` or an exception message is made.

Extra rules are added with :meth:`BodyObfuscator.with_rules` and
:meth:`HeaderObfuscator.with_rules`; the loggers in :mod:`opay.log` accept both.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
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
    # card verification codes as free text may name them
    "cvc",
    "cvv2",
    "cvc2",
    "securityCode",
    "cardSecurityCode",
    # tokens (a token lets the merchant charge the card it stands for)
    "token",
    "tokenId",
    "tokens",
    "cardTokens",
    "crmToken",
    "invalidTokens",
    "expiredCardTokens",
    # key/value pairs, keys, secrets, tokens and payloads
    "value",
    "key",
    "secret",
    "secretKey",
    "secretApiKey",
    "password",
    "proxyPassword",
    "apiKey",
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
_HEADER_NAMES = frozenset(name.lower() for name in HEADER_RULES)
_HEADER_SEPARATOR = re.compile(r"[\"']?[ \t]*:[ \t]*")
_LINE_REST = re.compile(r"[^\r\n]*")
_HMAC_CREDENTIALS = re.compile(r"(v1HMAC:)[^\s\"',;]+", re.IGNORECASE)


def is_sensitive(json_name: str) -> bool:
    """Whether a model property with this JSON name is obfuscated."""
    return DEFAULT_BODY_OBFUSCATOR.rule_for(json_name) is not None


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
    rule = DEFAULT_BODY_OBFUSCATOR.rule_for(json_name) or fixed()
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
# account numbers, phone numbers): hidden in text that is not JSON.
_DIGIT_RUN = re.compile(r"[0-9](?:[ \-]?[0-9]){6,}")
# Runs of digits grouped by single spaces or dashes, looked at for card numbers everywhere.
_DIGIT_GROUPS = re.compile(r"[0-9](?:[ \-]?[0-9])*")
_URL = re.compile(r"https?://[^\s'\"<>?#]+(?:\?[^\s'\"<>#]*)?")
_BARE_VALUE = re.compile(r"[^\s,;&}\]\"'<>]+")
_CLOSERS = {"{": "}", "[": "]"}
_QUOTE_MARK = re.compile(r"""\\*["']""")
# Candidate names in free text; they are compared without case, "_" and "-", so that
# card_number, card-number and CardNumber all find the rule for cardNumber.
_WORD = re.compile(r"[A-Za-z0-9_\-]+")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_SEPARATOR = re.compile(r"\s*[:=]\s*")
_STRUCTURE = re.compile(r"""[{}\[\]"']""")
_TOKEN = re.compile(r"\S+")
_MASK = "********"

# A card number (PAN) has 13 to 19 digits and a valid Luhn check digit.
_PAN_MIN, _PAN_MAX = 13, 19

# Characters that must never reach a log line as they are: C0 and C1 controls, DEL, line and
# paragraph separators, zero-width characters and the bidirectional marks and overrides
# (which reorder what a terminal shows).
_FORMAT_CONTROLS = "\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff"
_CONTROL = re.compile(f"[\x00-\x1f\x7f-\x9f{_FORMAT_CONTROLS}]")
_CONTROL_BUT_NEWLINE = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f{_FORMAT_CONTROLS}]")


def normalized_name(name: str) -> str:
    """How rule names are compared: without case, ``_`` and ``-``."""
    return name.lower().replace("_", "").replace("-", "")


def _escape_control(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _json_escape_control(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def escape_controls(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every control character written as a ``\\xNN`` or ``\\uNNNN`` escape
    (line feeds kept when ``keep_newlines``), so that what a server sent cannot forge log
    lines or terminal sequences."""
    if text.isprintable():
        return text
    pattern = _CONTROL_BUT_NEWLINE if keep_newlines else _CONTROL
    return pattern.sub(_escape_control, text)


_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # a digit's Luhn weight when doubled


def _luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        total += _DOUBLED[value] if index % 2 else value
    return total % 10 == 0


_GROUP_SEPARATOR = re.compile(r"[ \-]")


def _candidate_spans(bounds: list[int]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every span of whole groups holding 13 to 19 digits."""
    first_end = 0
    for start in bounds:
        while first_end < len(bounds) and bounds[first_end] < start + _PAN_MIN:
            first_end += 1
        end = first_end
        while end < len(bounds) and bounds[end] <= start + _PAN_MAX:
            yield start, bounds[end]
            end += 1


def contains_card_number(run: str) -> bool:
    """Whether a run of digits (maybe grouped by single spaces or dashes) is or holds a card
    number: 13 to 19 digits with a valid Luhn check digit, made of whole groups (so a
    30-digit payment id is not one, while ``4111 1111 1111 1111`` and the number in
    ``order 12 4111111111111111`` are). Time is linear in the length of ``run``."""
    if run.isdigit():
        return _PAN_MIN <= len(run) <= _PAN_MAX and _luhn_valid(run)
    groups = _GROUP_SEPARATOR.split(run)
    bounds = [0]
    for group in groups:
        bounds.append(bounds[-1] + len(group))
    spans = list(_candidate_spans(bounds))
    if not spans:
        return False
    # Luhn sums of every span from two prefix sums: in one the digits at odd indexes are
    # doubled, in the other those at even indexes (which is right depends on the span's
    # last digit, never doubled).
    odd_doubled = [0]
    even_doubled = [0]
    for index, char in enumerate("".join(groups)):
        value = ord(char) - 48
        doubled = _DOUBLED[value]
        if index % 2:
            odd_doubled.append(odd_doubled[-1] + doubled)
            even_doubled.append(even_doubled[-1] + value)
        else:
            odd_doubled.append(odd_doubled[-1] + value)
            even_doubled.append(even_doubled[-1] + doubled)
    for start, end in spans:
        sums = odd_doubled if (end - 1) % 2 == 0 else even_doubled
        if (sums[end] - sums[start]) % 10 == 0:
            return True
    return False


def _star_digits(text: str) -> str:
    return "".join("*" if "0" <= char <= "9" else char for char in text)


def _card_number_stars(match: re.Match[str]) -> str:
    run = match.group()
    if len(run) < _PAN_MIN:
        return run
    return _star_digits(run) if contains_card_number(run) else run


def mask_card_numbers(text: str) -> str:
    """``text`` with every card number (see :func:`contains_card_number`; digits may be
    grouped by single spaces or dashes) written as stars."""
    return _DIGIT_GROUPS.sub(_card_number_stars, text)


def _decode_escape(match: re.Match[str]) -> str:
    code = int(match.group(1), 16)
    return "\ufffd" if 0xD800 <= code <= 0xDFFF else chr(code)


def _stars(match: re.Match[str]) -> str:
    return _star_digits(match.group())


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
    return mask_card_numbers("".join(out))


def _mask_header_lines(text: str) -> str:
    """The rest of the line after every sensitive header name followed by ``:``."""
    out: list[str] = []
    pos = 0
    for word in _WORD.finditer(text):
        if word.start() < pos or word.group().lower() not in _HEADER_NAMES:
            continue
        separator = _HEADER_SEPARATOR.match(text, word.end())
        if separator is None:
            continue
        rest = _LINE_REST.match(text, separator.end())
        out += [text[pos : separator.end()], _MASK]
        pos = rest.end() if rest is not None else separator.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _userinfo_hidden(token: str) -> str:
    start = token.find("//")
    start = 0 if start < 0 else start + 2
    at = token.rfind("@")
    if at < start or (start == 0 and ":" not in token[:at]):
        return token
    return token[:start] + _MASK + token[at:]


def _hidden_userinfo(match: re.Match[str]) -> str:
    token = match.group()
    return _userinfo_hidden(token) if "@" in token else token


def mask_url_credentials(text: str) -> str:
    """``text`` with the user information of every URL (``scheme://user:password@host``,
    also in malformed URLs, and ``user:password@host``) replaced by stars."""
    if "@" not in text:
        return text
    return _TOKEN.sub(_hidden_userinfo, text)


def redact_url(value: str) -> str:
    """A URL as an error message may show it: everything between ``//`` (or the start) and
    the last ``@`` hidden, whatever the URL's shape, and control characters escaped."""
    start = value.find("//")
    start = 0 if start < 0 else start + 2
    at = value.rfind("@")
    if at >= start:
        value = value[:start] + _MASK + value[at:]
    return repr(escape_controls(value))


def _quote_level(backslashes: int) -> int:
    """How deep a quote preceded by this many backslashes is: 0 for a quote of the text
    itself, 1 for ``\\"`` (a quote inside a JSON string), 2 for ``\\\\\\"`` and so on."""
    level = 0
    while backslashes % 2:
        backslashes //= 2
        level += 1
    return level


def _backslashes_before(text: str, pos: int, floor: int) -> int:
    start = pos
    while start > floor and text[start - 1] == "\\":
        start -= 1
    return pos - start


def _string_end(text: str, content: int, quote_mark: str, level: int) -> tuple[int, int]:
    """``(end of the content, end of the string)`` of the string whose content starts at
    ``content``, opened by ``quote_mark`` at nesting ``level``: it ends at the first quote of
    the same kind at this level or an outer one (or at the end of the text)."""
    pos = content
    while True:
        found = text.find(quote_mark, pos)
        if found < 0:
            return len(text), len(text)
        run = _backslashes_before(text, found, content)
        found_level = _quote_level(run)
        if found_level <= level:
            return found - ((1 << found_level) - 1), found + 1
        pos = found + 1


def _container_end(text: str, start: int, level: int) -> int:
    """Index just after the object/array opened at ``start`` whose strings are quoted at
    nesting ``level`` (or the end, if cut short)."""
    stack = [_CLOSERS[text[start]]]
    pos = start + 1
    while stack:
        match = _STRUCTURE.search(text, pos)
        if match is None:
            return len(text)
        char = match.group()
        pos = match.end()
        if char == '"':
            found_level = _quote_level(_backslashes_before(text, match.start(), start))
            if found_level < level:
                return match.start() - ((1 << found_level) - 1)  # an enclosing string ends
            if found_level == level:
                pos = _string_end(text, pos, char, level)[1]
        elif char == "'":
            if level == 0 and not _backslashes_before(text, match.start(), start) % 2:
                pos = _string_end(text, pos, char, 0)[1]  # a Python repr's string
        elif char in _CLOSERS:
            stack.append(_CLOSERS[char])
        elif char == stack[-1]:
            stack.pop()
    return pos


def _rule_table_names(rules: Mapping[str, Rule]) -> dict[str, Rule]:
    return {normalized_name(name): rule for name, rule in rules.items()}


class BodyObfuscator:
    """Obfuscates message bodies by JSON property name.

    ``BodyObfuscator()`` uses :data:`PROPERTY_RULES`; ``rules`` adds to (or overrides) them,
    either as a mapping of property names to rules or as a list of names hidden entirely.
    Names are compared without case, ``_`` and ``-``.
    """

    def __init__(self, rules: RuleSpec | None = None, *, defaults: bool = True) -> None:
        table = dict(_LOWER_PROPERTY_RULES) if defaults else {}
        table.update(_rule_table(rules))
        self._rules = table
        self._normalized = _rule_table_names(table)
        # Names that are not words (a custom rule for "x.y", say) are looked for as such.
        odd = sorted((n for n in table if not set(n) <= _WORD_CHARS), key=len, reverse=True)
        self._odd_names = (
            re.compile("|".join(re.escape(name) for name in odd), re.IGNORECASE) if odd else None
        )

    def with_rules(self, rules: RuleSpec) -> BodyObfuscator:
        """A new obfuscator with these rules added to this one's."""
        combined: dict[str, Rule] = dict(self._rules)
        combined.update(_rule_table(rules))
        return BodyObfuscator(combined, defaults=False)

    def rule_for(self, name: str) -> Rule | None:
        """The rule for a property name, or None if it is shown as is."""
        rule = self._rules.get(name.lower())
        return rule if rule is not None else self._normalized.get(normalized_name(name))

    def obfuscate(self, body: bytes | str | None, *, indent: int | None = 2) -> str:
        """The loggable text of a body: obfuscated JSON (indented by ``indent``, or compact
        for None), or a scrubbed text if not JSON; control characters are escaped (line
        feeds are kept)."""
        if body is None:
            return ""
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        if not text.strip():
            return escape_controls(text, keep_newlines=True)
        try:
            parsed = json.loads(text)
            shown = json.dumps(
                self.obfuscate_json(parsed),
                indent=indent,
                ensure_ascii=False,
                separators=None if indent is not None else (",", ":"),
            )
        except (ValueError, RecursionError):
            return escape_controls(self.scrub_text(text), keep_newlines=True)
        # Lone surrogates (from "\ud800" escapes) cannot be written to a UTF-8 stream; the
        # controls json.dumps leaves (DEL, C1, separators) are escaped the JSON way.
        shown = shown.encode("utf-8", "replace").decode("utf-8")
        if shown.isprintable():
            return shown
        return _CONTROL_BUT_NEWLINE.sub(_json_escape_control, shown)

    def obfuscate_json(self, data: Any, inherited: Rule | None = None) -> Any:
        """A copy of parsed JSON with every value under a rule's name obfuscated, and every
        card number elsewhere (in free text, under unknown names) hidden."""
        if isinstance(data, dict):
            return {
                mask_card_numbers(str(key)): self.obfuscate_json(
                    item, self.rule_for(str(key)) or inherited
                )
                for key, item in data.items()
            }
        if isinstance(data, list):
            return [self.obfuscate_json(item, inherited) for item in data]
        if inherited is None:
            if isinstance(data, str):
                return self._free_text(data)
            if isinstance(data, int) and not isinstance(data, bool) and data >= 10**12:
                text = str(data)
                return _star_digits(text) if contains_card_number(text) else data
            return data
        if data is None:
            return None
        return inherited(_scalar_text(data))

    def _free_text(self, text: str) -> str:
        """A string value without a rule: a JSON document inside it is obfuscated as JSON,
        a known name followed by a value (an error message echoing ``cardNumber: 4111...``)
        has that value obfuscated, and card numbers are hidden."""
        if text.lstrip()[:1] in _CLOSERS:
            try:
                parsed = json.loads(text)
            except (ValueError, RecursionError):
                return self.scrub_text(text)
            return json.dumps(self.obfuscate_json(parsed), ensure_ascii=False)
        return self.scrub_message(text, escape=False)

    def obfuscate_url(self, url: str) -> str:
        """``url`` with the values of query parameters named by a rule, token ids in the
        path, user information and card numbers obfuscated."""
        url = mask_url_credentials(url)
        parts = urlsplit(url)
        path = parts.path
        if "/tokens/" in path:
            segments = path.split("/")
            for index in range(1, len(segments)):
                if segments[index - 1] == "tokens" and segments[index]:
                    segments[index] = _MASK
            path = "/".join(segments)
        pairs = []
        if parts.query:
            for piece in parts.query.split("&"):
                name, sep, value = piece.partition("=")
                rule = self.rule_for(unquote(name))
                if rule is not None and sep:
                    value = quote(rule(unquote(value)), safe="*")
                pairs.append(name + sep + value)
        shown = urlunsplit(parts._replace(path=path, query="&".join(pairs)))
        return escape_controls(mask_card_numbers(shown))

    def scrub_text(self, text: str) -> str:
        """Conservatively hide sensitive data in text that is not (complete) JSON.

        Unicode escapes are decoded first; the value after every known name followed by
        ``:`` or ``=`` is obfuscated (a quoted string, also one inside a JSON string, a bare
        word, or a whole object or array); the rest of a line after a sensitive header name
        (``Authorization: ...``), the credentials of a ``v1HMAC:...`` authorization and the
        user information of URLs are hidden; every other run of 7 or more digits becomes
        stars (outside URL paths), and so does every card number. Time is linear in the
        length of ``text``.
        """
        return self._scrub(self._prepare(text), _hide_digits)

    def scrub_message(self, text: str, *, escape: bool = True) -> str:
        """Hide sensitive data in a message (an exception's, an error text of the platform):
        like :meth:`scrub_text`, except that of the digits only card numbers are hidden, so
        that limits, counts and statuses stay readable. Control characters are escaped
        unless ``escape`` is False."""
        shown = self._scrub(self._prepare(text), mask_card_numbers)
        return escape_controls(shown) if escape else shown

    def _prepare(self, text: str) -> str:
        if "\\u" in text:
            text = _UNICODE_ESCAPE.sub(_decode_escape, text)
        text = _mask_header_lines(text)
        text = _HMAC_CREDENTIALS.sub(lambda m: m.group(1) + _MASK, text)
        return mask_url_credentials(text)

    def _names(self, text: str) -> Iterator[tuple[int, int, Rule]]:
        """``(start, end, rule)`` of every known name in ``text``, in order."""
        odd = self._odd_names
        odd_match = odd.search(text) if odd is not None else None
        for word in _WORD.finditer(text):
            while odd is not None and odd_match is not None and odd_match.start() < word.start():
                yield odd_match.start(), odd_match.end(), self._rules[odd_match.group().lower()]
                odd_match = odd.search(text, odd_match.end())
            rule = self._normalized.get(normalized_name(word.group()))
            if rule is not None:
                yield word.start(), word.end(), rule
        while odd is not None and odd_match is not None:
            yield odd_match.start(), odd_match.end(), self._rules[odd_match.group().lower()]
            odd_match = odd.search(text, odd_match.end())

    def _scrub(self, text: str, between: Callable[[str], str]) -> str:
        """Obfuscate the value after every known name followed by ``:`` or ``=``;
        ``between`` treats the rest."""
        out: list[str] = []
        pos = 0
        for start, end, rule in self._names(text):
            if start < pos:
                continue  # inside a value already obfuscated
            # the name's closing quote, maybe escaped: "cvv": or \"cvv\":
            after = end
            while after < len(text) and text[after] == "\\":
                after += 1
            if after < len(text) and text[after] in "\"'":
                after += 1
            else:
                after = end
            separator = _SEPARATOR.match(text, after)
            if separator is None:
                continue
            level = _quote_level(after - end - 1) if after > end else 0
            value_start = separator.end()
            out.append(between(text[pos:value_start]))
            pos = self._value(text, value_start, level, rule, out)
        out.append(between(text[pos:]))
        return "".join(out)

    def _value(self, text: str, start: int, level: int, rule: Rule, out: list[str]) -> int:
        """Append the obfuscated value starting at ``start`` to ``out``; return its end."""
        if start >= len(text):
            return start
        if text[start] in _CLOSERS:
            out.append('"' + _MASK + '"')
            return _container_end(text, start, level)
        quote_mark = _QUOTE_MARK.match(text, start)
        if quote_mark is not None:
            mark = quote_mark.group()
            string_level = _quote_level(len(mark) - 1)
            content = quote_mark.end()
            content_end, end = _string_end(text, content, mark[-1], string_level)
            out.append(mark + rule(text[content:content_end]) + text[content_end:end])
            return end
        bare = _BARE_VALUE.match(text, start)
        if bare is None:
            return start
        out.append(rule(bare.group()))
        return bare.end()


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
        """The loggable value of one header (card numbers and control characters in the
        value of a header without a rule are hidden and escaped)."""
        rule = self._rules.get(name.lower())
        if rule is not None:
            return rule(value)
        if value.isprintable() and len(value) < _PAN_MIN:
            return value
        return escape_controls(mask_card_numbers(value))

    def obfuscate(self, headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        """Every header, in order, with sensitive values replaced."""
        return [(name, self.obfuscate_value(name, value)) for name, value in headers]


DEFAULT_BODY_OBFUSCATOR = BodyObfuscator()
DEFAULT_HEADER_OBFUSCATOR = HeaderObfuscator()


def scrub_text(text: str) -> str:
    """Hide sensitive data in text that is not JSON (a body cut short, say) with the default
    body rules (see :meth:`BodyObfuscator.scrub_text`)."""
    return DEFAULT_BODY_OBFUSCATOR.scrub_text(text)


def scrub_message(text: str) -> str:
    """Hide sensitive data in a message with the default body rules, control characters
    escaped (see :meth:`BodyObfuscator.scrub_message`)."""
    return DEFAULT_BODY_OBFUSCATOR.scrub_message(text)
