"""The documentation site works opened from disk: file://.../site/index.html, every nav link.

The site is built here (mkdocs, strict) into a temporary folder, then a real browser opens its
index.html from the file system and follows the navigation; every page must be an HTML page
of the site (not a directory listing or a missing file).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browser_support import browser_page

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="module")
def page() -> Iterator[object]:
    with browser_page() as opened:
        yield opened


def test_every_navigation_link_opens_a_page_from_disk(site: Path, page: object) -> None:
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    index = site / "index.html"
    page.goto(index.as_uri())
    assert page.title().startswith("opay")
    links = page.locator("nav.md-nav--primary a.md-nav__link[href]")
    hrefs = sorted(
        {
            str(href)
            for href in links.evaluate_all("links => links.map(a => a.href)")
            if str(href).startswith("file://") and "#" not in str(href)
        }
    )
    assert len(hrefs) >= 15, hrefs
    for href in hrefs:
        path = Path(urlsplit(href).path)
        assert path.suffix == ".html", f"{href} is a directory, not a page"
        assert path.is_file(), href
        page.goto(href)
        assert page.locator("article.md-content__inner h1").count() >= 1, href
        assert page.title().endswith("opay"), href

    # Clicking through, as a reader would: from the index to a guide and on to the reference.
    page.goto(index.as_uri())
    page.locator("nav.md-nav--primary").get_by_role("link", name="Getting started").first.click()
    page.wait_for_url("**/getting-started.html")
    assert "A first payment" in page.locator("article").inner_text()
    page.locator("nav.md-nav--primary").get_by_role("link", name="Clients").first.click()
    page.wait_for_url("**/reference/client.html")
    assert page.locator("article h1").first.is_visible()
