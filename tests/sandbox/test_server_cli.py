"""``python -m opay.sandbox``: a separate process any HTTP client can use, stopped by signals."""

from __future__ import annotations

import http.client
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from opay.client import Client
from opay.sandbox import WebhookReceiver
from opay.webhooks import InMemorySecretKeyStore, Webhooks

ROOT = Path(__file__).resolve().parents[2]
CARD_PAYMENT = {
    "order": {"amountOfMoney": {"amount": 1000, "currencyCode": "EUR"}},
    "cardPaymentMethodSpecificInput": {
        "paymentProductId": 1,
        "card": {
            "cardNumber": "4111111111111111",
            "expiryDate": "1230",
            "cvv": "123",
            "cardholderName": "Ada Lovelace",
        },
    },
}


class SandboxProcess:
    """A running ``python -m opay.sandbox`` whose output lines arrive on a queue."""

    def __init__(self, *args: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "opay.sandbox", "--quiet", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.output: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def wait_ready(self) -> str:
        while True:
            line = self.lines.get(timeout=30)
            if line is None:
                raise AssertionError(f"the sandbox exited: {self.stderr()}")
            self.output.append(line)
            if line.startswith("ready: "):
                return line.removeprefix("ready: ")

    def stderr(self) -> str:
        self.proc.wait(timeout=30)
        assert self.proc.stderr is not None
        return self.proc.stderr.read()

    def stop(self, signum: int) -> int:
        self.proc.send_signal(signum)
        code = self.proc.wait(timeout=30)
        self._reader.join(timeout=30)
        while True:
            line = self.lines.get(timeout=30)
            if line is None:
                return code
            self.output.append(line)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def started() -> Iterator[list[SandboxProcess]]:
    processes: list[SandboxProcess] = []
    yield processes
    for process in processes:
        process.close()


def _start(started: list[SandboxProcess], *args: str) -> SandboxProcess:
    process = SandboxProcess(*args)
    started.append(process)
    return process


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_process_prints_credentials_serves_and_stops_on_signals(
    started: list[SandboxProcess], signum: int
) -> None:
    process = _start(
        started,
        "--merchant-id", "shop-7",
        "--api-key-id", "key-7",
        "--secret-api-key", "secret-7",
    )  # fmt: skip
    endpoint = process.wait_ready()
    assert endpoint.startswith("http://127.0.0.1:")
    text = "\n".join(process.output)
    assert f"endpoint:       {endpoint}" in text
    assert "merchant id:    shop-7" in text
    assert "api key id:     key-7" in text
    assert "secret api key: secret-7" in text

    with Client(endpoint, "key-7", "secret-7") as client:
        created = client.merchant("shop-7").payments().create_payment(CARD_PAYMENT)
        assert created.payment is not None and created.payment.id

    assert process.stop(signum) == 0
    assert process.output[-1] == "opay sandbox stopped"


def test_process_delivers_signed_webhooks(started: list[SandboxProcess]) -> None:
    with WebhookReceiver(statuses=(503,)) as receiver:
        process = _start(
            started,
            "--webhook-url", receiver.url,
            "--webhook-key-id", "hook-1",
            "--webhook-secret", "hook-secret",
            "--webhook-base-delay", "0.01",
        )  # fmt: skip
        endpoint = process.wait_ready()
        with Client(endpoint, "sandbox-key", "sandbox-secret") as client:
            client.merchant("sandbox-merchant").payments().create_payment(CARD_PAYMENT)
        assert receiver.wait_for(1, timeout=30)
        assert process.stop(signal.SIGTERM) == 0
    store = InMemorySecretKeyStore()
    store.store_secret_key("hook-1", "hook-secret")
    helper = Webhooks.create_helper(store)
    first = receiver.accepted[0]
    event = helper.unmarshal(first.body, first.headers)
    assert event.merchant_id == "sandbox-merchant"
    assert event.type and event.type.startswith("payment.")
    assert receiver.received[0].status == 503, "the first delivery failed and was retried"


def test_process_injects_errors_from_the_command_line(started: list[SandboxProcess]) -> None:
    process = _start(started, "--error-rate", "1", "--error-mode", "after", "--seed", "5")
    endpoint = process.wait_ready()
    assert any("errors 1 (after)" in line for line in process.output)
    from opay.exceptions import PlatformException

    with Client(endpoint, "sandbox-key", "sandbox-secret") as client:
        payments = client.merchant("sandbox-merchant").payments()
        with pytest.raises(PlatformException):
            payments.create_payment(CARD_PAYMENT)
    assert process.stop(signal.SIGTERM) == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--error-rate", "2"], "must be between 0 and 1"),
        (["--webhook-url", "http://127.0.0.1:9/x"], "go together"),
        (["--error-mode", "sometimes"], "invalid choice"),
        (["--latency-ms", "-5"], "must not be negative"),
    ],
)
def test_bad_options_are_refused_with_a_message(
    started: list[SandboxProcess], args: list[str], message: str
) -> None:
    process = _start(started, *args)
    assert process.proc.wait(timeout=30) == 2
    assert message in process.stderr()


def test_allowed_hosts_reach_the_control_endpoints(started: list[SandboxProcess]) -> None:
    process = _start(started, "--allow-host", "sandbox.ci")
    port = int(process.wait_ready().rsplit(":", 1)[1])

    def status(host: str) -> int:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            conn.request("GET", "/_sandbox/payments", headers={"Host": host})
            response = conn.getresponse()
            response.read()
            return response.status
        finally:
            conn.close()

    assert status(f"sandbox.ci:{port}") == 200
    assert status(f"localhost:{port}") == 200
    assert status(f"elsewhere.example:{port}") == 421
    assert process.stop(signal.SIGTERM) == 0


# Runs the command with h11 unimportable, as in an installation without the extra.
WITHOUT_H11 = (
    "import runpy, sys; sys.modules['h11'] = None; sys.argv = ['opay.sandbox'];"
    "runpy.run_module('opay.sandbox', run_name='__main__', alter_sys=True)"
)


def test_without_h11_the_command_names_the_extra_to_install() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_H11],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 1
    assert "onlinepayments-opay[sandbox]" in done.stderr and "h11" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_without_h11_the_in_memory_sandbox_still_works() -> None:
    code = (
        "import sys; sys.modules['h11'] = None\n"
        "from opay.sandbox import Sandbox\n"
        "with Sandbox(in_memory=True) as sb:\n"
        "    assert sb.payments() == []\n"
        "try:\n"
        "    Sandbox().start()\n"
        "except ModuleNotFoundError as exc:\n"
        "    print(exc)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "onlinepayments-opay[sandbox]" in done.stdout
