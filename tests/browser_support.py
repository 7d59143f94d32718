"""Debian's chromium driven by Playwright, for the tests that look at pages as a person would.

``make browser`` (run by ``make test``) installs the ``chromium`` package when it is missing.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require_chromium() -> None:
    """Fail (not skip) when chromium is missing: these tests are part of ``make test``."""
    if not os.access(CHROMIUM, os.X_OK):
        raise AssertionError(
            f"chromium not found at {CHROMIUM}: run `make browser` (Debian's chromium package)"
        )


@contextmanager
def browser_page(**context_options: Any) -> Iterator[Any]:
    """A fresh page of a headless chromium, closed with its browser afterwards."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(**context_options)
            page = context.new_page()
            page.set_default_timeout(15_000)
            yield page
            context.close()
        finally:
            browser.close()
