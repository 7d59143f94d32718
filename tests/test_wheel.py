"""The published artefacts work: the sdist and the wheel build, pass ``twine check``, carry
the licence and the metadata, and the wheel installed with one extra into a fresh virtualenv
outside the repository runs the README's first example, ``opay --version`` and a hosted
checkout page in a browser.

The build and the installation need the package index (build isolation fetches hatchling;
the virtualenv gets attrs, cattrs and h11). Nothing here skips: a missing tool fails.
"""

from __future__ import annotations

import email.parser
import os
import re
import subprocess
import sys
import tarfile
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from browser_support import browser_page

import opay
from opay._version import DISTRIBUTION
from opay.client import Client
from opay.models import (
    AmountOfMoney,
    CreateHostedCheckoutRequest,
    HostedCheckoutSpecificInput,
    Order,
)

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.wheel


def _run(*argv: str | Path, cwd: Path, timeout: float = 600) -> str:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("PYTHONPATH", "VIRTUAL_ENV") and not name.startswith("OPAY_")
    }
    done = subprocess.run(
        [str(arg) for arg in argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, f"{argv} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", out, ROOT, cwd=ROOT)
    _run(sys.executable, "-m", "twine", "check", "--strict", *sorted(out.iterdir()), cwd=out)
    return out


def _one(dist: Path, pattern: str) -> Path:
    found = sorted(dist.glob(pattern))
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(scope="module")
def venv(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv, outside the repository, with the wheel and its sandbox extra (h11)."""
    where = tmp_path_factory.mktemp("fresh-venv")
    assert ROOT not in where.parents
    _run(sys.executable, "-m", "venv", where / "venv", cwd=where)
    wheel = _one(dist, "*.whl")
    pip = where / "venv" / "bin" / "pip"
    _run(pip, "install", "--quiet", "--disable-pip-version-check", f"{wheel}[sandbox]", cwd=where)
    return where / "venv"


def _metadata(dist: Path) -> email.message.Message:
    with zipfile.ZipFile(_one(dist, "*.whl")) as wheel:
        name = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
        return email.parser.Parser().parsestr(wheel.read(name).decode("utf-8"))


def test_wheel_metadata(dist: Path) -> None:
    metadata = _metadata(dist)
    assert metadata["Name"] == DISTRIBUTION
    assert metadata["Version"] == opay.__version__
    assert metadata["License-Expression"] == "MIT"
    assert metadata["License-File"] == "LICENSE"
    assert metadata["Requires-Python"] == ">=3.10"
    classifiers = metadata.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers
    assert "Operating System :: OS Independent" in classifiers
    assert any(c.startswith("Development Status :: ") for c in classifiers)
    assert "Programming Language :: Python :: 3.10" in classifiers
    urls = dict(url.split(", ", 1) for url in metadata.get_all("Project-URL") or [])
    assert set(urls) >= {"Documentation", "Changelog", "Source"}
    # one set of addresses: the documentation is the site mkdocs builds, which the README names
    site_url = re.search(r"^site_url: (\S+)$", (ROOT / "mkdocs.yml").read_text("utf-8"), re.M)
    assert site_url is not None and urls["Documentation"] == site_url[1]
    assert site_url[1] in (ROOT / "README.md").read_text("utf-8")
    assert urls["Changelog"].startswith(urls["Source"]) and urls["Changelog"].endswith(
        "/CHANGELOG.md"
    )
    extras = set(metadata.get_all("Provides-Extra") or [])
    assert extras == {
        "urllib3",
        "httpx",
        "httpx2",
        "aiohttp",
        "fast",
        "otel",
        "sandbox",
        "postgres",
        "redis",
        "all",
    }
    requires = metadata.get_all("Requires-Dist") or []
    assert not [r for r in requires if re.search(r"pytest|mypy|ruff|mkdocs|playwright", r)]

    # the description the index shows: the README with absolute links only
    description = metadata.get_payload()
    assert isinstance(description, str)
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert "## A first payment, no account needed" in description
    links = re.findall(r"\]\(([^)\s]+)\)", description)
    assert links, "the description lost its links"
    assert [link for link in links if not link.startswith(("https://", "#"))] == []
    assert "](https://raw.githubusercontent.com/" in description  # the benchmark chart


def test_licence_and_changelog_are_shipped(dist: Path) -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(
        rf"^## \[{re.escape(opay.__version__)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.M
    )
    assert "## [Unreleased]" in changelog
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License") and "opay developers" in licence
    with zipfile.ZipFile(_one(dist, "*.whl")) as wheel:
        names = wheel.namelist()
        shipped = next(n for n in names if n.endswith(".dist-info/licenses/LICENSE"))
        assert wheel.read(shipped).decode("utf-8") == licence
        assert "opay/py.typed" in names and "opay_transports/py.typed" in names
        assert "opay/openapi.json" in names
        assert not [n for n in names if n.startswith(("tests/", "benchmarks/", "docs/"))]
    with tarfile.open(_one(dist, "*.tar.gz")) as sdist:
        members = {
            member.name.split("/", 1)[1] for member in sdist.getmembers() if "/" in member.name
        }
    assert {"LICENSE", "CHANGELOG.md", "README.md", "pyproject.toml"} <= members
    assert "opay/_version.py" in members


def _readme_first_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("[start:first-run]") : readme.index("[end:first-run]")]
    blocks: list[str] = re.findall(r"```python\n(.*?)```", section, re.S)
    assert len(blocks) == 1
    return blocks[0]


def test_readme_first_example_runs_in_the_fresh_venv(venv: Path) -> None:
    where = venv.parent
    script = where / "first_payment.py"
    script.write_text(_readme_first_example(), encoding="utf-8")
    out = _run(venv / "bin" / "python", script, cwd=where)
    first, second = out.splitlines()
    assert re.fullmatch(r"\d{10}_0 PENDING_CAPTURE", first), out
    assert second == "PENDING_CAPTURE"

    located = _run(venv / "bin" / "python", "-c", "import opay; print(opay.__file__)", cwd=where)
    assert Path(located.strip()).is_relative_to(venv), located  # the wheel, not the clone


def test_opay_version_in_the_fresh_venv(venv: Path) -> None:
    out = _run(venv / "bin" / "opay", "--version", cwd=venv.parent)
    assert out.strip() == f"opay {opay.__version__}"
    listed = _run(venv / "bin" / "python", "-m", "pip", "show", DISTRIBUTION, cwd=venv.parent)
    assert f"Version: {opay.__version__}" in listed


@pytest.fixture
def installed_sandbox(venv: Path) -> Iterator[str]:
    """``python -m opay.sandbox`` of the fresh virtualenv; its endpoint."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    process = subprocess.Popen(
        [str(venv / "bin" / "python"), "-m", "opay.sandbox", "--quiet"],
        cwd=venv.parent,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        endpoint = None
        for line in process.stdout:
            if line.startswith("ready: "):
                endpoint = line.removeprefix("ready: ").strip()
                break
        assert endpoint is not None, process.stderr.read() if process.stderr else ""
        # keep draining its output so that it never blocks on a full pipe
        threading.Thread(target=process.stdout.read, daemon=True).start()
        yield endpoint
    finally:
        process.terminate()
        process.wait(timeout=30)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_hosted_checkout_page_of_the_installed_sandbox(installed_sandbox: str) -> None:
    endpoint = installed_sandbox
    with Client(endpoint, "sandbox-key", "sandbox-secret") as client:
        checkout = client.merchant("sandbox-merchant").hosted_checkout()
        created = checkout.create_hosted_checkout(
            CreateHostedCheckoutRequest(
                order=Order(amount_of_money=AmountOfMoney(amount=4250, currency_code="EUR")),
                hosted_checkout_specific_input=HostedCheckoutSpecificInput(
                    return_url=f"{endpoint}/_sandbox/return"
                ),
            )
        )
        assert created.redirect_url is not None
        with browser_page() as page:
            page.goto(created.redirect_url)
            assert "42.50 EUR" in page.locator("main").inner_text()
            page.get_by_label("Card number").fill("4111 1111 1111 1111")
            page.get_by_label("Expiry date (MM/YY)").fill("12/30")
            page.get_by_label("Security code (CVV)").fill("123")
            page.get_by_label("Name on card").fill("Ada Lovelace")
            page.get_by_role("button", name="Pay").click()
            page.wait_for_url("**/_sandbox/return?**")
            query = parse_qs(urlsplit(page.url).query)
            assert query["hostedCheckoutId"] == [created.hosted_checkout_id]
        status = checkout.get_hosted_checkout(str(created.hosted_checkout_id))
        assert status.status == "PAYMENT_CREATED"
