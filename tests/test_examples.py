"""Every script of examples/ runs against a local sandbox, exits 0 and prints what it did."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from opay.sandbox import Sandbox

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# script -> a line its output must contain
EXPECTED = {
    "async_aiohttp.py": "created 8 payments concurrently",
    "capture.py": "get_captures: 2 captures",
    "card_payment.py": "get_payment: status CAPTURED",
    "connection_pooling.py": "two clients, one communicator: True",
    "declined_payment.py": "declined: payment",
    "hosted_checkout.py": "get_hosted_checkout: PAYMENT_CREATED",
    "hosted_tokenization.py": "paid with the token: payment",
    "idempotent_request.py": "payments on the sandbox: 1 (charged once)",
    "logging_obfuscation.py": "card number in the log: False",
    "payment_products.py": "get_payment_product 1: fields cardNumber",
    "refund.py": "get_refunds: 1 refund(s)",
    "sans_io.py": "parsed: payment",
    "webhooks_flask.py": "events sent: 3, verified and handled: 3",
    "webhooks_starlette.py": "events sent: 3, verified and handled: 3",
}


def test_every_example_is_tested() -> None:
    scripts = {path.name for path in EXAMPLES.glob("*.py") if not path.name.startswith("_")}
    assert scripts == set(EXPECTED)


@pytest.mark.parametrize("script", sorted(EXPECTED))
def test_example_runs(script: str) -> None:
    env = {name: value for name, value in os.environ.items() if not name.startswith("OPAY_")}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "platform: local sandbox at http://127.0.0.1:" in done.stdout or script.startswith(
        "webhooks_"
    )
    assert EXPECTED[script] in done.stdout, done.stdout
    assert "Traceback" not in done.stderr


def test_declined_example_shows_every_outcome() -> None:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "declined_payment.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("OPAY_")},
    )
    assert "accepted: payment" in done.stdout
    assert "invalid: order.amountOfMoney.currencyCode" in done.stdout
    assert "not found: HTTP 404" in done.stdout


def _requirement_names(lines: list[str]) -> set[str]:
    names = set()
    for line in lines:
        match = re.match(r"\s*([A-Za-z0-9_.-]+)", line.split("#", 1)[0])
        if match:
            names.add(match.group(1).lower().replace("-", "_"))
    return names


def test_the_set_up_command_installs_every_library_the_examples_import() -> None:
    """README: ``pip install -e ".[all]" -r examples/requirements.txt`` is enough for every
    script (the test above runs them in the development environment, which has more)."""
    pyproject = (EXAMPLES.parent / "pyproject.toml").read_text("utf-8")
    lists = [
        re.search(rf"^{name} = \[(.*?)\]", pyproject, re.S | re.M)
        for name in ("dependencies", "all")
    ]
    assert all(lists), "pyproject.toml lost its dependencies or its `all` extra"
    installed = _requirement_names(
        [
            *(line for found in lists if found for line in re.findall(r'"([^"]+)"', found[1])),
            *(EXAMPLES / "requirements.txt").read_text("utf-8").splitlines(),
        ]
    )
    local = {path.stem for path in EXAMPLES.glob("*.py")} | {"opay", "opay_transports"}
    imported = set()
    for path in EXAMPLES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module.split(".")[0])
    third_party = imported - set(sys.stdlib_module_names) - local - {"__future__"}
    assert third_party, "no library found: the scan is broken"
    assert third_party <= installed, third_party - installed


def test_an_example_runs_against_the_platform_named_by_the_environment() -> None:
    with Sandbox() as platform:
        env = {name: value for name, value in os.environ.items() if not name.startswith("OPAY_")}
        env.update(
            OPAY_API_ENDPOINT=platform.endpoint,
            OPAY_API_KEY_ID=platform.api_key_id,
            OPAY_SECRET_API_KEY=platform.secret_api_key,
            OPAY_MERCHANT_ID=platform.merchant_id,
            OPAY_READ_TIMEOUT="20",
            OPAY_TOTAL_TIMEOUT="60",
        )
        done = subprocess.run(
            [sys.executable, str(EXAMPLES / "card_payment.py")],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert f"platform: {platform.endpoint}" in done.stdout
        assert platform.payments(), "the example paid on the platform it was pointed at"
        env["OPAY_READ_TIMEOUT"] = "soon"
        bad = subprocess.run(
            [sys.executable, str(EXAMPLES / "card_payment.py")],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert bad.returncode != 0
        assert "environment: OPAY_READ_TIMEOUT must be a positive number of seconds" in bad.stderr
