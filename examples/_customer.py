"""Stands in for the customer's browser on the sandbox's hosted pages: submits the card form
and returns where the page redirects to (the merchant's return URL)."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from typing import Any


class _KeepRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # report the redirect instead of following it


def submit_card(page_url: str, card_number: str, cardholder_name: str = "Ada Lovelace") -> str:
    """POST the card form of ``page_url``; the ``Location`` the page answers with."""
    form = urllib.parse.urlencode(
        {
            "cardNumber": card_number,
            "expiryDate": "12/30",
            "cvv": "123",
            "cardholderName": cardholder_name,
        }
    ).encode("ascii")
    opener = urllib.request.build_opener(_KeepRedirects)
    try:
        response = opener.open(page_url, data=form, timeout=10)
    except urllib.error.HTTPError as redirect:
        location = redirect.headers.get("Location")
        if redirect.code in (302, 303) and location:
            return str(location)
        raise
    with response:
        raise RuntimeError(f"the page did not redirect (HTTP {response.getcode()})")
