"""The customer-facing pages of the sandbox: hosted checkout, hosted tokenization, 3-D Secure.

Plain HTML forms that work without JavaScript, in any browser, with labelled inputs carrying
``autocomplete`` hints and errors announced through ``role="alert"``. Everything shown is
HTML-escaped. Like the rest of the sandbox's core this module does no I/O: it turns a
:class:`~opay.transport.Request` into a :class:`~opay.transport.Response` by calling the
sandbox application's page methods:

- ``GET /hostedcheckout/{id}`` shows the amount and a card form; ``POST`` completes the checkout
  and answers ``303 See Other`` to the merchant's ``returnUrl``.
- ``GET|POST /hostedtokenization/{id}``: the same for storing a card as a token.
- ``GET|POST /challenge/{paymentId}``: a 3-D Secure challenge with Approve / Decline buttons.
- ``GET /_sandbox/return``: a stand-in merchant return page showing the parameters it got.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from opay.sandbox.cards import TEST_CARDS
from opay.sandbox.urls import ascii_url
from opay.transport import Request, Response

CARD_FIELDS = ("cardNumber", "expiryDate", "cvv", "cardholderName")
_MAX_FORM_BYTES = 64 * 1024

# ISO 4217 minor units that differ from 2; enough for a readable amount on a test page.
_MINOR_UNITS = {
    **dict.fromkeys(("BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW"), 0),
    **dict.fromkeys(("PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"), 0),
    **dict.fromkeys(("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"), 3),
}


class PagesApp(Protocol):
    """What the pages need from the sandbox application."""

    def hosted_checkout(self, hosted_checkout_id: str) -> dict[str, Any]: ...

    def complete_hosted_checkout(self, hosted_checkout_id: str, card: dict[str, str]) -> str: ...

    def hosted_tokenization(self, hosted_tokenization_id: str) -> dict[str, Any]: ...

    def complete_hosted_tokenization(
        self, hosted_tokenization_id: str, card: dict[str, str]
    ) -> str: ...

    def challenge(self, payment_id: str) -> dict[str, Any]: ...

    def complete_challenge(self, payment_id: str, approve: bool) -> str: ...


PAGE_PREFIXES = ("/hostedcheckout/", "/hostedtokenization/", "/challenge/")


def is_page_path(path: str) -> bool:
    """True when ``path`` is one of the customer-facing pages served by :class:`HostedPages`."""
    return path.startswith(PAGE_PREFIXES)


def format_amount(amount: Any, currency: Any) -> str:
    """``amount`` in minor units shown in major units with its currency, e.g. ``12.50 EUR``."""
    code = str(currency or "").upper()
    try:
        minor = int(amount)
    except (TypeError, ValueError):
        return f"{amount} {code}".strip()
    digits = _MINOR_UNITS.get(code, 2)
    value = Decimal(minor).scaleb(-digits)
    return f"{value:,.{digits}f} {code}".strip()


def _form(request: Request) -> dict[str, str]:
    """The urlencoded form fields of ``request`` (first value of each)."""
    if len(request.body) > _MAX_FORM_BYTES:
        raise ValueError("The form is too large.")
    try:
        text = request.body.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("The form is not valid UTF-8.") from None
    return {k: v[0] for k, v in parse_qs(text, keep_blank_values=True).items()}


def card_from_form(form: Mapping[str, str]) -> dict[str, str]:
    """The card dict the application expects, from what a person typed.

    Spaces and dashes in the card number and a ``/`` in the expiry date (``MM/YY``) are
    removed, as people type them.
    """
    number = "".join(ch for ch in form.get("cardNumber", "") if ch not in " -")
    expiry = "".join(ch for ch in form.get("expiryDate", "") if ch not in " /")
    return {
        "cardNumber": number,
        "expiryDate": expiry,
        "cvv": form.get("cvv", "").strip(),
        "cardholderName": form.get("cardholderName", "").strip(),
    }


_STYLE = """
body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;
color:#1a1a1a;background:#fff;line-height:1.5}
h1{font-size:1.5rem}
.amount{font-size:1.25rem;font-weight:bold}
label{display:block;margin-top:1rem;font-weight:600}
input{display:block;width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem;
border:1px solid #555;border-radius:4px}
input:focus,button:focus{outline:3px solid #1a5fb4;outline-offset:2px}
button{margin-top:1.5rem;margin-right:.5rem;padding:.6rem 1.2rem;font-size:1rem;
border:0;border-radius:4px;background:#1a5fb4;color:#fff;cursor:pointer}
button.secondary{background:#555}
[role=alert]{border:2px solid #a51d2d;color:#a51d2d;padding:.5rem;border-radius:4px}
.note{color:#444;font-size:.9rem}
th{text-align:left;padding-right:1rem}
details{margin-top:1.5rem}summary{cursor:pointer;font-weight:600}
"""

_HEADERS = (
    ("Content-Type", "text/html; charset=utf-8"),
    ("Cache-Control", "no-store"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Content-Type-Options", "nosniff"),
    ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"),
)


def _document(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)} · opay sandbox</title>\n"
        f"<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def _page(status: int, title: str, body: str) -> Response:
    return Response(status, _HEADERS, _document(title, body).encode("utf-8"))


def _message_page(status: int, title: str, message: str) -> Response:
    text = f"<h1>{html.escape(title)}</h1>\n<p>{html.escape(message)}</p>"
    return _page(status, title, text)


def _error_block(error: str | None) -> str:
    if not error:
        return ""
    return f'<p role="alert" id="form-error">{html.escape(error)}</p>\n'


def _input(
    name: str,
    label: str,
    autocomplete: str,
    value: str = "",
    *,
    inputmode: str | None = None,
    placeholder: str | None = None,
    maxlength: int | None = None,
    invalid: bool = False,
) -> str:
    attrs = [
        f'id="{name}"',
        f'name="{name}"',
        'type="text"',
        f'autocomplete="{autocomplete}"',
        f'value="{html.escape(value)}"',
        "required",
    ]
    if inputmode:
        attrs.append(f'inputmode="{inputmode}"')
    if placeholder:
        attrs.append(f'placeholder="{html.escape(placeholder)}"')
    if maxlength:
        attrs.append(f'maxlength="{maxlength}"')
    if invalid:
        attrs.append('aria-invalid="true" aria-describedby="form-error"')
    return f'<label for="{name}">{html.escape(label)}</label>\n<input {" ".join(attrs)}>\n'


def _card_form(
    heading: str, summary: str, button: str, form: Mapping[str, str], error: str | None
) -> str:
    invalid = bool(error)
    return (
        f"<h1>{html.escape(heading)}</h1>\n{summary}"
        f"{_error_block(error)}"
        '<form method="post">\n'
        + _input(
            "cardNumber",
            "Card number",
            "cc-number",
            form.get("cardNumber", ""),
            inputmode="numeric",
            maxlength=23,
            invalid=invalid,
        )
        + _input(
            "expiryDate",
            "Expiry date (MM/YY)",
            "cc-exp",
            form.get("expiryDate", ""),
            inputmode="numeric",
            placeholder="MM/YY",
            maxlength=7,
            invalid=invalid,
        )
        + _input(
            "cvv",
            "Security code (CVV)",
            "cc-csc",
            "",
            inputmode="numeric",
            maxlength=4,
            invalid=invalid,
        )
        + _input(
            "cardholderName",
            "Name on card",
            "cc-name",
            form.get("cardholderName", ""),
            invalid=invalid,
        )
        + f'<button type="submit">{html.escape(button)}</button>\n</form>\n'
        '<p class="note">This is the opay sandbox: no real card is charged.</p>\n'
        + sandbox_cards_note()
    )


def _grouped(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def sandbox_cards_note() -> str:
    """A disclosure listing the sandbox's test cards and what each one does."""
    items = "".join(
        f"<li><code>{html.escape(_grouped(card.number))}</code> "
        f"{html.escape(card.brand.name)}: {html.escape(card.outcome.value)}</li>\n"
        for card in TEST_CARDS
    )
    return (
        "<details>\n<summary>Test cards</summary>\n"
        "<p>Any future expiry date and any 3- or 4-digit security code.</p>\n"
        f"<ul>\n{items}</ul>\n</details>\n"
    )


def _redirect(location: str) -> Response:
    """``303 See Other`` to ``location``, percent-encoded to ASCII for the ``Location`` header."""
    return Response(
        303,
        (("Location", ascii_url(location)), ("Cache-Control", "no-store"), ("Content-Length", "0")),
        b"",
    )


RETURN_PAGE_PATH = "/_sandbox/return"


def return_page(request: Request) -> Response:
    """A stand-in for the merchant's return page: shows the query parameters it got.

    Handy as ``returnUrl`` when trying hosted pages without a shop of one's own.
    """
    params = parse_qs(urlsplit(request.url).query, keep_blank_values=True)
    rows = "".join(
        f'<tr><th scope="row">{html.escape(name)}</th><td><code>{html.escape(value)}</code>'
        "</td></tr>\n"
        for name, values in params.items()
        for value in values
    )
    table = (
        f"<table>\n<caption>Parameters received</caption>\n{rows}</table>"
        if rows
        else "<p>No parameters were received.</p>"
    )
    body = (
        "<h1>Back at the merchant</h1>\n"
        "<p>The customer was sent back here (this page stands in for the merchant's "
        "return page).</p>\n" + table
    )
    return _page(200, "Back at the merchant", body)


class HostedPages:
    """Serves the customer-facing pages of one sandbox application."""

    def __init__(self, app: PagesApp) -> None:
        self.app = app

    def respond(self, request: Request) -> Response:
        """Answer a request for one of the pages (404 for any other path)."""
        path = urlsplit(request.url).path
        kind, _, ident = path.lstrip("/").partition("/")
        ident = unquote(ident)
        if not ident or "/" in ident:
            return _message_page(404, "Page not found", "There is no such page in the sandbox.")
        if request.method not in ("GET", "HEAD", "POST"):
            return Response(
                405,
                (("Allow", "GET, HEAD, POST"), ("Content-Type", "text/plain; charset=utf-8")),
                b"Method not allowed\n",
            )
        handler: Callable[[Request, str], Response] | None = {
            "hostedcheckout": self._checkout,
            "hostedtokenization": self._tokenization,
            "challenge": self._challenge,
        }.get(kind)
        if handler is None:
            return _message_page(404, "Page not found", "There is no such page in the sandbox.")
        return handler(request, ident)

    def _checkout(self, request: Request, ident: str) -> Response:
        try:
            info = self.app.hosted_checkout(ident)
        except KeyError:
            return _message_page(404, "Checkout not found", "This payment page does not exist.")
        summary = (
            '<p>Amount to pay: <span class="amount">'
            f"{html.escape(format_amount(info.get('amount'), info.get('currency')))}"
            "</span></p>\n"
        )
        status = info.get("status", "IN_PROGRESS")
        if status != "IN_PROGRESS":
            return _message_page(
                409 if request.method == "POST" else 200,
                "Checkout closed",
                f"This checkout is no longer open (status: {status}).",
            )
        if request.method == "POST":
            try:
                form = _form(request)
                return _redirect(self.app.complete_hosted_checkout(ident, card_from_form(form)))
            except ValueError as exc:
                body = _card_form("Pay by card", summary, "Pay", _safe(request), str(exc))
                return _page(400, "Pay by card", body)
        return _page(200, "Pay by card", _card_form("Pay by card", summary, "Pay", {}, None))

    def _tokenization(self, request: Request, ident: str) -> Response:
        try:
            info = self.app.hosted_tokenization(ident)
        except KeyError:
            return _message_page(404, "Page not found", "This card form does not exist.")
        if request.method != "POST" and info.get("status") == "TOKEN_CREATED":
            body = (
                "<h1>Card saved</h1>\n"
                '<p role="status">Your card has been saved. You can close this page.</p>'
            )
            return _page(200, "Card saved", body)
        summary = "<p>Your card will be stored securely for later payments.</p>\n"
        if request.method == "POST":
            try:
                form = _form(request)
                return _redirect(self.app.complete_hosted_tokenization(ident, card_from_form(form)))
            except ValueError as exc:
                body = _card_form("Save your card", summary, "Save card", _safe(request), str(exc))
                return _page(400, "Save your card", body)
        body = _card_form("Save your card", summary, "Save card", {}, None)
        return _page(200, "Save your card", body)

    def _challenge(self, request: Request, ident: str) -> Response:
        try:
            info = self.app.challenge(ident)
        except KeyError:
            return _message_page(404, "Page not found", "There is no such authentication.")
        if info.get("waiting") is False:
            return _message_page(
                409 if request.method == "POST" else 200,
                "Nothing to confirm",
                f"This payment is not waiting for authentication (status: {info.get('status')}).",
            )
        error = None
        if request.method == "POST":
            try:
                decision = _form(request).get("decision")
                if decision not in ("approve", "decline"):
                    raise ValueError("Choose Approve or Decline.")
                return _redirect(self.app.complete_challenge(ident, decision == "approve"))
            except ValueError as exc:
                error = str(exc)
        amount = format_amount(info.get("amount"), info.get("currency"))
        card = info.get("cardNumber")
        with_card = f" with card {html.escape(str(card))}" if card else ""
        body = (
            "<h1>Confirm your payment</h1>\n"
            "<p>Your bank asks you to confirm this payment of "
            f'<span class="amount">{html.escape(amount)}</span>{with_card}.</p>\n'
            f"{_error_block(error)}"
            '<form method="post">\n'
            '<button type="submit" name="decision" value="approve">Approve</button>\n'
            '<button type="submit" name="decision" value="decline" class="secondary">'
            "Decline</button>\n</form>\n"
            '<p class="note">This is the opay sandbox\'s 3-D Secure simulation.</p>'
        )
        return _page(400 if error else 200, "Confirm your payment", body)


def _safe(request: Request) -> dict[str, str]:
    """The submitted form for re-display, or nothing when the form itself was unreadable."""
    try:
        return _form(request)
    except ValueError:
        return {}
