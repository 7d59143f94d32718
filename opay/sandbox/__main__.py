"""Run the sandbox as a process: ``python -m opay.sandbox --port 8080``.

It prints its endpoint and credentials, then a line ``ready: <endpoint>`` once it accepts
connections, and serves until SIGINT (Ctrl-C) or SIGTERM, when it stops cleanly (waiting a
few seconds for webhooks still being delivered). Serving over HTTP needs the ``sandbox`` extra
(``pip install "onlinepayments-opay[sandbox]"``, which brings h11); without it the command says so and exits.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from opay.sandbox.faults import MODES, Faults
from opay.sandbox.server import H11_MISSING, Sandbox, h11_missing


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return value


def _non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative, got {text}")
    return value


def build_parser(prog: str = "python -m opay.sandbox") -> argparse.ArgumentParser:
    """The command line options of ``python -m opay.sandbox`` (``opay sandbox``)."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Serve opay's local simulator of the Online Payments platform.",
    )
    server = parser.add_argument_group("server")
    server.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    server.add_argument("--port", type=int, default=0, help="port to bind (default: a free one)")
    server.add_argument(
        "--merchant-id", default="sandbox-merchant", help="merchant (PSPID) the keys act for"
    )
    server.add_argument("--api-key-id", default="sandbox-key", help="API key id accepted")
    server.add_argument("--secret-api-key", default="sandbox-secret", help="secret of that API key")
    server.add_argument("--quiet", action="store_true", help="do not log each request to stderr")
    server.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="another host name the control endpoints and pages answer under (e.g. a CI "
        "service name; repeatable). 127.0.0.1, localhost and the bound address always work",
    )
    hooks = parser.add_argument_group("webhooks (all three to turn them on)")
    hooks.add_argument("--webhook-url", help="where to POST webhook events")
    hooks.add_argument("--webhook-key-id", help="sent as X-GCS-KeyId")
    hooks.add_argument("--webhook-secret", help="signs each event (X-GCS-Signature)")
    hooks.add_argument(
        "--webhook-max-attempts", type=int, default=6, help="attempts per event (default 6)"
    )
    hooks.add_argument(
        "--webhook-base-delay",
        type=_non_negative,
        default=0.5,
        help="seconds before the first retry, doubled each time (default 0.5)",
    )
    hooks.add_argument(
        "--webhook-delay", type=_non_negative, default=0.0, help="seconds before each delivery"
    )
    hooks.add_argument(
        "--webhook-jitter",
        type=_non_negative,
        default=0.0,
        help="random extra seconds per delivery, up to this (reorders events; --seed)",
    )
    hooks.add_argument(
        "--webhook-duplicates",
        type=_fraction,
        default=0.0,
        help="fraction of events delivered twice (--seed)",
    )
    faults = parser.add_argument_group("fault injection (API requests only)")
    faults.add_argument(
        "--latency-ms", type=_non_negative, default=0.0, help="delay before each answer"
    )
    faults.add_argument(
        "--error-rate", type=_fraction, default=0.0, help="fraction answered 500/502/503"
    )
    faults.add_argument(
        "--error-mode",
        choices=MODES,
        default="before",
        help="'before': the operation is not executed; 'after': it is, then the error is sent",
    )
    faults.add_argument(
        "--drop-rate", type=_fraction, default=0.0, help="fraction closed without an answer"
    )
    faults.add_argument(
        "--drop-mode", choices=MODES, default="before", help="as --error-mode, for drops"
    )
    faults.add_argument(
        "--processing-delay",
        type=_non_negative,
        default=0.0,
        help="seconds each deduplicated operation (create_payment, ...) stays in progress "
        "before it runs; a repeat of its idempotence key meanwhile gets HTTP 409",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=None,
        help="seed of the simulator's ids and of the faults (default: new ids every run)",
    )
    return parser


def main(argv: Sequence[str] | None = None, prog: str = "python -m opay.sandbox") -> int:
    """Parse ``argv``, serve until SIGINT/SIGTERM, return the exit status."""
    parser = build_parser(prog)
    args = parser.parse_args(argv)
    if h11_missing:
        print(f"{prog}: {H11_MISSING}", file=sys.stderr)
        return 1
    hooks = (args.webhook_url, args.webhook_key_id, args.webhook_secret)
    if any(hooks) and not all(hooks):
        parser.error("--webhook-url, --webhook-key-id and --webhook-secret go together")
    try:
        faults = Faults(
            latency_ms=args.latency_ms,
            error_rate=args.error_rate,
            drop_rate=args.drop_rate,
            error_mode=args.error_mode,
            drop_mode=args.drop_mode,
            seed=args.seed if args.seed is not None else 0,
        )
        sandbox = Sandbox(
            merchant_id=args.merchant_id,
            api_key_id=args.api_key_id,
            secret_api_key=args.secret_api_key,
            host=args.host,
            port=args.port,
            faults=faults if faults.active else None,
            webhook_url=args.webhook_url,
            webhook_key_id=args.webhook_key_id,
            webhook_secret=args.webhook_secret,
            webhook_base_delay=args.webhook_base_delay,
            webhook_max_attempts=args.webhook_max_attempts,
            webhook_delay=args.webhook_delay,
            webhook_jitter=args.webhook_jitter,
            webhook_duplicate_rate=args.webhook_duplicates,
            seed=args.seed,
            log_requests=not args.quiet,
            allowed_hosts=args.allow_host,
            processing_delay=args.processing_delay,
        )
    except ValueError as exc:
        parser.error(str(exc))

    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        sandbox.start()
    except OSError as exc:
        print(f"cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    hook_line = f"{args.webhook_url} (key id {args.webhook_key_id})" if sandbox.webhooks else "off"
    fault_line = (
        f"latency {args.latency_ms:g} ms, errors {args.error_rate:g} ({args.error_mode}), "
        f"drops {args.drop_rate:g} ({args.drop_mode}), seed {args.seed}"
        if faults.active
        else "off"
    )
    print(
        "opay sandbox\n"
        f"  endpoint:       {sandbox.endpoint}\n"
        f"  merchant id:    {sandbox.merchant_id}\n"
        f"  api key id:     {sandbox.api_key_id}\n"
        f"  secret api key: {sandbox.secret_api_key}\n"
        f"  webhooks:       {hook_line}\n"
        f"  faults:         {fault_line}\n"
        f"  inspect:        {sandbox.endpoint}/_sandbox/payments\n"
        f"ready: {sandbox.endpoint}",
        flush=True,
    )
    try:
        stop.wait()
    finally:
        sandbox.stop()
    print("opay sandbox stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
