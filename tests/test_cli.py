"""The ``opay`` command against a threaded sandbox: calls, exit statuses, messages."""

from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from opay.cli import (
    EXIT_API_ERROR,
    EXIT_COMMUNICATION,
    EXIT_DECLINED,
    EXIT_OK,
    EXIT_USAGE,
    main,
)
from opay.sandbox import Sandbox
from opay.webhooks import compute_signature

APPROVED = "4111111111111111"
DECLINED = "4012003360932265"


def payment_json(card_number: str = APPROVED, amount: int = 1250) -> str:
    return json.dumps(
        {
            "order": {"amountOfMoney": {"currencyCode": "EUR", "amount": amount}},
            "cardPaymentMethodSpecificInput": {
                "paymentProductId": 1,
                "card": {"cardNumber": card_number, "cvv": "123", "expiryDate": "1230"},
            },
        }
    )


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sb:
        yield sb


@pytest.fixture
def env(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    monkeypatch.setenv("OPAY_API_ENDPOINT", sandbox.endpoint)
    monkeypatch.setenv("OPAY_API_KEY_ID", sandbox.api_key_id)
    monkeypatch.setenv("OPAY_SECRET_API_KEY", sandbox.secret_api_key)
    monkeypatch.setenv("OPAY_MERCHANT_ID", sandbox.merchant_id)
    return sandbox


def run(
    capsys: pytest.CaptureFixture[str], *argv: str, stdin: str | None = None
) -> tuple[int, str, str]:
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
    try:
        status = main(list(argv))
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


def create(capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, Any]:
    status, out, _ = run(
        capsys, "call", "payments.create_payment", "--body", payment_json(), *extra
    )
    assert status == EXIT_OK
    result: dict[str, Any] = json.loads(out)
    return result


def test_create_then_get_a_payment(env: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    created = create(capsys)
    payment_id = created["payment"]["id"]
    assert created["payment"]["status"] in {"CAPTURED", "PENDING_CAPTURE"}

    status, out, _ = run(capsys, "call", "payments.get_payment", payment_id)
    assert status == EXIT_OK
    assert json.loads(out)["id"] == payment_id

    status, out, _ = run(capsys, "call", "payments.get_payment", "--id", payment_id)
    assert status == EXIT_OK
    assert json.loads(out)["id"] == payment_id


def test_body_from_a_file_and_from_standard_input(
    env: Sandbox, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    body = tmp_path / "payment.json"
    body.write_text(payment_json(amount=777), encoding="utf-8")
    status, out, _ = run(capsys, "call", "payments.create_payment", "--body", f"@{body}")
    assert status == EXIT_OK
    assert json.loads(out)["payment"]["paymentOutput"]["amountOfMoney"]["amount"] == 777

    status, out, _ = run(
        capsys, "call", "payments.create_payment", "--body", "-", stdin=payment_json(amount=778)
    )
    assert status == EXIT_OK
    assert json.loads(out)["payment"]["paymentOutput"]["amountOfMoney"]["amount"] == 778


def test_declined_payment_prints_the_result_and_exits_4(
    env: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(
        capsys, "call", "payments.create_payment", "--body", payment_json(DECLINED)
    )
    assert status == EXIT_DECLINED
    assert json.loads(out)["paymentResult"]["payment"]["status"] == "REJECTED"
    assert "declined" in err


def test_api_error_prints_the_error_body_and_exits_1(
    env: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    # a well-formed payment id naming nothing (a malformed one would be a 400)
    status, out, err = run(capsys, "call", "payments.get_payment", "3999999999_0")
    assert status == EXIT_API_ERROR
    assert json.loads(out)["errors"][0]["httpStatusCode"] == 404
    assert "ReferenceException" in err


def test_idempotence_key_replays_the_first_response(
    env: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    first = create(capsys, "--idempotence-key", "cli-order-1")
    status, out, err = run(
        capsys,
        "call",
        "payments.create_payment",
        "--body",
        payment_json(),
        "--idempotence-key",
        "cli-order-1",
    )
    assert status == EXIT_OK
    assert json.loads(out)["payment"]["id"] == first["payment"]["id"]
    assert "replayed" in err


def test_query_parameters(env: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys,
        "call",
        "products.get_payment_products",
        "--param",
        "countryCode=NL",
        "--param",
        "currency_code=EUR",
        "--param",
        "hide=fields",
    )
    assert status == EXIT_OK
    assert json.loads(out)["paymentProducts"]

    status, _, err = run(capsys, "call", "products.get_payment_products", "--param", "colour=blue")
    assert status == EXIT_USAGE
    assert "no query parameter 'colour'" in err and "countryCode" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["call", "payments"], "is not <resource>.<operation>"),
        (["call", "wallets.create_wallet"], "unknown resource 'wallets'"),
        (["call", "payments.pay"], "payments has no operation 'pay'"),
        (["call", "payments.get_payment"], "takes 1 path id(s) (PAYMENT_ID), got 0"),
        (["call", "payments.create_payment"], "needs a request body"),
        (["call", "payments.get_payment", "p1", "--body", "{}"], "takes no request body"),
        (["call", "payments.create_payment", "--body", "{not json"], "not valid JSON"),
        (["call", "payments.create_payment", "--body", "[1]"], "must be a JSON object"),
        (["call", "payments.create_payment", "--body", "@/no/such/file.json"], "cannot read"),
        (
            ["call", "payments.create_payment", "--body", '{"order": {"amountOfMoney": 5}}'],
            "$.order.amountOfMoney",
        ),
        (["call", "payments.get_payment", "p1", "--param", "a=b"], "takes no query parameters"),
        (["call", "payments.get_payment", "p1", "--merchant-id", " "], "no merchant id"),
        (["call", "payments.get_payment", ".."], "payment_id cannot be '..'"),
        (
            ["call", "payments.create_payment", "--body", '{"order": {"amount_of_money": {}}}'],
            "did you mean `amountOfMoney`?",
        ),
        (
            ["call", "payments.create_payment", "--body", "{}", "--idempotence-key", ""],
            "an idempotence key must not be empty",
        ),
        (
            ["call", "payments.create_payment", "--body", "{}", "--idempotence-key", "k" * 41],
            "at most 40 characters",
        ),
    ],
)
def test_usage_errors_exit_2_with_a_message(
    env: Sandbox, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, _, err = run(capsys, *argv)
    assert status == EXIT_USAGE
    assert message in err


def test_missing_configuration_exits_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("OPAY_API_ENDPOINT", "OPAY_API_KEY_ID", "OPAY_SECRET_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPAY_MERCHANT_ID", "m")
    status, _, err = run(capsys, "call", "payments.get_payment", "p1")
    assert status == EXIT_USAGE
    assert "OPAY_API_KEY_ID" in err

    monkeypatch.setenv("OPAY_API_KEY_ID", "k")
    monkeypatch.setenv("OPAY_SECRET_API_KEY", "s")
    status, _, err = run(capsys, "config", "check")
    assert status == EXIT_USAGE
    assert "--config" in err and "OPAY_API_ENDPOINT" in err


def test_config_check_with_a_properties_file(
    env: Sandbox,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("OPAY_API_ENDPOINT")
    host, port = env.endpoint.removeprefix("http://").split(":")
    config = tmp_path / "payments_sdk.prp"
    config.write_text(
        "[OnlinePaymentsSDK]\n"
        f"onlinePayments.api.endpoint.host={host}\n"
        "onlinePayments.api.endpoint.scheme=http\n"
        f"onlinePayments.api.endpoint.port={port}\n"
        "onlinePayments.api.integrator=cli test\n",
        encoding="utf-8",
    )
    status, out, _ = run(capsys, "config", "check", "--config", str(config))
    assert status == EXIT_OK
    assert "test_connection: OK" in out
    assert env.secret_api_key not in out

    config.write_text("[OnlinePaymentsSDK]\nonlinePayments.api.endpoint.hots=x\n", "utf-8")
    status, _, err = run(capsys, "config", "check", "--config", str(config))
    assert status == EXIT_USAGE
    assert "unknown key" in err and "endpoint.hots" in err


def test_wrong_credentials_exit_1(
    env: Sandbox, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPAY_SECRET_API_KEY", "not-the-secret")
    status, out, err = run(capsys, "config", "check")
    assert status == EXIT_API_ERROR
    assert "AuthorizationException" in err
    assert json.loads(out[out.index("\n{") :])["errors"]  # after the configuration summary


def test_unreachable_platform_exits_3(
    env: Sandbox, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("OPAY_API_ENDPOINT", f"http://127.0.0.1:{port}")
    status, out, err = run(capsys, "call", "payments.get_payment", "p1")
    assert status == EXIT_COMMUNICATION
    assert out == ""
    assert "communication error" in err


EVENT = b'{"apiVersion":"v1","id":"evt-1","type":"payment.created","payment":{"id":"p1"}}'


def _run_verify(
    capsys: pytest.CaptureFixture[str], body: bytes, *argv: str
) -> tuple[int, str, str]:
    sys.stdin = io.TextIOWrapper(io.BytesIO(body), encoding="utf-8")
    try:
        status = main(["webhooks", "verify", *argv])
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


def test_webhooks_verify(capsys: pytest.CaptureFixture[str]) -> None:
    good = compute_signature(EVENT, "whsec")
    status, out, err = _run_verify(
        capsys, EVENT, "--key-id", "k1", "--secret", "whsec", "--signature", good
    )
    assert status == EXIT_OK
    assert json.loads(out)["payment"]["id"] == "p1"
    assert "signature valid" in err

    status, out, err = _run_verify(
        capsys, EVENT + b" ", "--key-id", "k1", "--secret", "whsec", "--signature", good
    )
    assert status == EXIT_API_ERROR
    assert out == ""
    assert "rejected: SignatureValidationException" in err


def test_webhooks_verify_without_signature_shows_the_headers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPAY_WEBHOOK_SECRET", "whsec")
    status, out, err = _run_verify(capsys, EVENT, "--key-id", "k1")
    assert status == EXIT_OK
    assert f"X-GCS-Signature: {compute_signature(EVENT, 'whsec')}" in err
    assert json.loads(out)["id"] == "evt-1"

    status, _, err = _run_verify(capsys, b"[1, 2]", "--key-id", "k1")
    assert status == EXIT_API_ERROR
    assert "InvalidEventException" in err


def test_operations_lists_every_operation(capsys: pytest.CaptureFixture[str]) -> None:
    from opay.operations import OPERATIONS

    status, out, _ = run(capsys, "operations")
    assert status == EXIT_OK
    for operation in OPERATIONS.values():
        assert f"{operation.tag}.{operation.operation_id}" in out
    assert "payments.capture_payment PAYMENT_ID --body CapturePaymentRequest" in out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["call"],
        ["operations"],
        ["config"],
        ["config", "check"],
        ["webhooks"],
        ["webhooks", "verify"],
        ["sandbox"],
    ],
)
def test_help_everywhere(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    status, out, _ = run(capsys, *argv, "--help")
    assert status == EXIT_OK
    assert out.startswith("usage:")


def test_the_sandbox_help_names_the_command_it_was_called_as(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "sandbox", "--help")
    assert out.startswith("usage: opay sandbox ")


def test_exit_statuses_are_documented(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "call", "--help")
    for code in ("0  success", "1  the platform", "2  usage", "3  communication", "4  declined"):
        assert code in out


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys)
    assert status == EXIT_USAGE
    assert "call" in err and "sandbox" in err


def test_installed_entry_point(sandbox: Sandbox) -> None:
    script = Path(sys.executable).parent / "opay"
    assert script.exists(), "the opay command is not installed: pip install -e ."
    env = {
        "PATH": str(script.parent),
        "OPAY_API_ENDPOINT": sandbox.endpoint,
        "OPAY_API_KEY_ID": sandbox.api_key_id,
        "OPAY_SECRET_API_KEY": sandbox.secret_api_key,
        "OPAY_MERCHANT_ID": sandbox.merchant_id,
    }
    done = subprocess.run(
        [str(script), "call", "payments.create_payment", "--body", "-"],
        input=payment_json(DECLINED),
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == EXIT_DECLINED, done.stderr
    assert json.loads(done.stdout)["paymentResult"]["payment"]["status"] == "REJECTED"
    assert "Traceback" not in done.stderr


def test_a_lost_answer_tells_how_to_resend_safely(
    env: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    from opay.sandbox import Faults

    env.faults = Faults(drop_rate=1.0, drop_mode="after")
    try:
        status, out, err = run(capsys, "call", "payments.create_payment", "--body", payment_json())
    finally:
        env.faults = None
    assert status == EXIT_COMMUNICATION
    assert out == ""
    hint = err.rsplit("--idempotence-key ", 1)
    assert "may have taken effect" in err and len(hint) == 2
    key = hint[1].strip()

    before = len(env.payments())
    status, out, err = run(
        capsys,
        "call",
        "payments.create_payment",
        "--body",
        payment_json(),
        "--idempotence-key",
        key,
    )
    assert status == EXIT_OK
    assert "replayed" in err
    assert len(env.payments()) == before


def test_every_missing_setting_is_reported_at_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("OPAY_API_ENDPOINT", "OPAY_API_KEY_ID", "OPAY_SECRET_API_KEY", "OPAY_MERCHANT_ID"):
        monkeypatch.delenv(name, raising=False)
    for argv in (["call", "payments.get_payment", "p1"], ["config", "check"]):
        status, _, err = run(capsys, *argv)
        assert status == EXIT_USAGE
        assert "4 setting(s) missing" in err
        for name in (
            "OPAY_API_KEY_ID",
            "OPAY_SECRET_API_KEY",
            "OPAY_API_ENDPOINT",
            "OPAY_MERCHANT_ID",
        ):
            assert name in err, err
        assert "--config FILE" in err and "--merchant-id" in err

    monkeypatch.setenv("OPAY_API_KEY_ID", "k")
    status, _, err = run(capsys, "config", "check", "--config", "payments_sdk.prp")
    assert "2 setting(s) missing" in err
    assert "OPAY_SECRET_API_KEY" in err and "OPAY_MERCHANT_ID" in err
    assert "OPAY_API_ENDPOINT" not in err


def test_config_check_prints_a_summary_with_secrets_masked(
    env: Sandbox, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPAY_INTEGRATOR", "Shop Inc.")
    status, out, _ = run(capsys, "config", "check")
    assert status == EXIT_OK
    lines = out.splitlines()
    assert lines[0] == "configuration:"
    summary = {
        name.strip(): value.strip()
        for name, value in (line.split(":", 1) for line in lines[1:] if line.startswith("  "))
    }
    assert summary["endpoint"] == env.endpoint
    assert summary["merchant id"] == env.merchant_id
    assert summary["API key id"] == env.api_key_id
    assert summary["secret API key"] == "******** (set)"
    assert summary["integrator"] == "Shop Inc."
    assert summary["read timeout"] == "300 s"
    assert env.secret_api_key not in out
    assert "CommunicatorConfiguration(" not in out


def test_webhooks_verify_without_signature_says_it_did_not_verify(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = _run_verify(capsys, EVENT, "--key-id", "k1", "--secret", "whsec")
    assert status == EXIT_OK
    assert err.startswith("NOT VERIFIED: no --signature given, so opay only computed")
    assert "signature valid" not in err


def test_config_check_never_prints_proxy_credentials(
    env: Sandbox,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("OPAY_API_ENDPOINT")
    host, port = env.endpoint.removeprefix("http://").split(":")
    with socket.socket() as probe:  # a port nothing listens on: the proxy is refused
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    config = tmp_path / "payments_sdk.prp"
    base = (
        "[OnlinePaymentsSDK]\n"
        f"onlinePayments.api.endpoint.host={host}\n"
        "onlinePayments.api.endpoint.scheme=http\n"
        f"onlinePayments.api.endpoint.port={port}\n"
        "onlinePayments.api.retry.maxAttempts=1\n"
    )
    cases = [
        f"onlinePayments.api.proxy.uri=http://127.0.0.1:{closed_port}\n"
        "onlinePayments.api.proxy.username=proxy-user\n"
        "onlinePayments.api.proxy.password=Pw5xQz9k\n",
        f"onlinePayments.api.proxy.uri=http://proxy-user:Pw5xQz9k@127.0.0.1:{closed_port}\n",
        "onlinePayments.api.proxy.uri=http://proxy-user:Pw5xQz9k@127.0.0.1:bad\n",
        "onlinePayments.api.proxy.uri=http://proxy-user:Pw5/xQz9k@127.0.0.1/x\n",
        "onlinePayments.api.proxy.password Pw5xQz9k\n",
        "onlinePayments.api.proxy.uri=http://127.0.0.1\n"
        "onlinePayments.api.proxy.password=Pw5\n    xQz9k\n",
    ]
    for case in cases:
        config.write_text(base + case, encoding="utf-8")
        status, out, err = run(capsys, "config", "check", "--config", str(config))
        assert status in (EXIT_USAGE, EXIT_COMMUNICATION), err
        assert "xQz9k" not in out + err
        assert "Pw5" not in out + err


def test_printed_json_is_obfuscated_like_the_logs(capsys: pytest.CaptureFixture[str]) -> None:
    event = json.dumps(
        {
            "apiVersion": "v1",
            "id": "evt-2",
            "type": "payment.created",
            "payment": {
                "id": "p2",
                "paymentOutput": {
                    "cardPaymentMethodSpecificOutput": {
                        "card": {"cardNumber": APPROVED, "cardholderName": "Wile E. Coyote"},
                        "token": "tok-Zq7x9",
                    },
                    "references": {"merchantReference": f"card {APPROVED} \x1b[2J"},
                },
            },
        }
    ).encode()
    status, out, _ = _run_verify(capsys, event, "--key-id", "k1", "--secret", "whsec")
    assert status == EXIT_OK
    assert json.loads(out)["payment"]["id"] == "p2"
    for secret in (APPROVED, "Coyote", "Zq7x9", "\x1b"):
        assert secret not in out
