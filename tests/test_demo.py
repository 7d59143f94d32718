"""``python -m opay.demo`` runs every flow against the sandbox and tells what happened."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

from opay.demo import run

ROOT = Path(__file__).resolve().parent.parent


def test_demo_transcript_covers_every_flow() -> None:
    out = io.StringIO()
    assert run(out) == 0
    text = out.getvalue()

    endpoint = re.search(r"sandbox endpoint: (http://127\.0\.0\.1:\d+)", text)
    assert endpoint is not None
    payment = re.search(r"-> payment (\S+) status PENDING_CAPTURE", text)
    assert payment is not None, text
    assert re.search(r"-> capture \S+ status CAPTURED", text)
    assert re.search(r"-> refund \S+ status (REFUNDED|REFUND_REQUESTED)", text)
    assert "-> DeclinedPaymentException (HTTP 402)" in text
    assert "status REJECTED" in text
    assert f"redirect the customer to: {endpoint.group(1)}/hostedcheckout/" in text

    first = re.search(r"first call:  payment (\S+) \(processed now\)", text)
    second = re.search(r"second call: payment (\S+) \(replayed; .*replay timestamp \d+\)", text)
    assert first is not None and second is not None, text
    assert first.group(1) == second.group(1)
    assert "same payment, not charged twice" in text

    sent = re.search(r"the sandbox sent (\d+) events; the merchant's endpoint accepted (\d+)", text)
    assert sent is not None and sent.group(1) == sent.group(2) and int(sent.group(1)) > 0
    assert f"verified payment.captured: {payment.group(1)} CAPTURED" in text
    assert "verified payment.rejected:" in text


def test_demo_runs_as_a_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "opay.demo"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "same payment, not charged twice" in result.stdout
    assert result.stdout.rstrip().endswith("python -m opay.sandbox --port 8080")
