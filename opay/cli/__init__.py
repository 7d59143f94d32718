"""The ``opay`` command: call any API operation, check a configuration, verify webhooks, and
run the sandbox. ``opay --help`` (and ``--help`` after any subcommand) explains each.

Exit status: 0 success; 1 the platform answered with an error (its body is printed), or a
webhooks body was rejected; 2 a usage or configuration error; 3 a communication error (the
platform could not be reached, or did not answer like the API); 4 a payment, refund or
payout was declined (the error body with its result is printed).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import IO, Any, NoReturn

from opay._version import __version__
from opay.cli import call as call_module
from opay.cli.settings import (
    ENVIRONMENT_HELP,
    check_settings,
    describe,
    load_settings,
    merchant_id,
)
from opay.exceptions import (
    ApiException,
    CommunicationException,
    ConfigurationError,
    DeclinedPaymentException,
    DeclinedPayoutException,
    DeclinedRefundException,
    MarshallingError,
    OpayError,
)
from opay.obfuscation import DEFAULT_BODY_OBFUSCATOR, scrub_message
from opay.strict import UnknownPropertyError

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_COMMUNICATION",
    "EXIT_DECLINED",
    "EXIT_INTERNAL",
    "EXIT_OK",
    "EXIT_USAGE",
    "build_parser",
    "main",
]

EXIT_OK = 0
EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_COMMUNICATION = 3
EXIT_DECLINED = 4
EXIT_INTERNAL = 5

EXIT_CODES_HELP = """\
exit status:
  0  success
  1  the platform answered with an error (its JSON body is printed); for `webhooks verify`:
     the body was rejected
  2  usage or configuration error
  3  communication error: the platform could not be reached or did not answer like the API
  4  declined: a payment, refund or payout was refused (the body with its result is printed)
  5  an unexpected error inside opay (the message says which)
"""

_DECLINED = (DeclinedPaymentException, DeclinedRefundException, DeclinedPayoutException)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors end in the usage exit status, whatever the subcommand."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _subparser(
    subparsers: Any, name: str, help_text: str, description: str, epilog: str = EXIT_CODES_HELP
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        help=help_text,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def _connection_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="properties file ([OnlinePaymentsSDK] section, the platform SDK's format); "
        "without it, OPAY_API_ENDPOINT is used",
    )
    parser.add_argument(
        "--merchant-id", metavar="M", help="merchant id (PSPID); default: OPAY_MERCHANT_ID"
    )


def build_parser() -> argparse.ArgumentParser:
    """The parser of the ``opay`` command and its subcommands."""
    parser = _Parser(
        prog="opay",
        description="Command line of opay, the Python SDK of the Online Payments API.",
        epilog=EXIT_CODES_HELP + "\n" + ENVIRONMENT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"opay {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    call = _subparser(
        commands,
        "call",
        "call one API operation and print its JSON response",
        "Call one API operation, e.g.\n"
        "  opay call payments.create_payment --body @payment.json --idempotence-key order-42\n"
        "  opay call payments.get_payment PAYMENT_ID\n"
        "  opay call products.get_payment_products --param countryCode=NL "
        "--param currencyCode=EUR\n"
        "`opay operations` lists every operation with its path ids and body.",
        EXIT_CODES_HELP + "\n" + ENVIRONMENT_HELP,
    )
    call.add_argument("target", metavar="RESOURCE.OPERATION", help="e.g. payments.create_payment")
    call.add_argument(
        "ids", nargs="*", default=[], metavar="ID", help="path ids, in the order of the path"
    )
    call.add_argument(
        "--id",
        dest="more_ids",
        action="append",
        default=[],
        metavar="ID",
        help="a path id (same as a positional ID; repeatable)",
    )
    call.add_argument(
        "--body", metavar="JSON", help="request body: @file.json, - (standard input) or JSON text"
    )
    call.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="query parameter (JSON or Python name; repeat for lists)",
    )
    call.add_argument("--idempotence-key", metavar="K", help="sent as X-GCS-Idempotence-Key")
    _connection_options(call)

    _subparser(
        commands,
        "operations",
        "list every operation `opay call` can run",
        "List every operation: RESOURCE.OPERATION, its path ids, body model and query.",
        "",
    )

    config = _subparser(commands, "config", "check a configuration", "Check a configuration.", "")
    config_commands = config.add_subparsers(
        dest="config_command", metavar="COMMAND", parser_class=_Parser, required=True
    )
    check = _subparser(
        config_commands,
        "check",
        "load the configuration and test the connection",
        "Load the configuration (--config or environment), print a summary of it (secrets "
        "masked), call services.test_connection and print the result.",
        EXIT_CODES_HELP + "\n" + ENVIRONMENT_HELP,
    )
    _connection_options(check)

    webhooks = _subparser(commands, "webhooks", "webhooks tools", "Webhooks tools.", "")
    webhook_commands = webhooks.add_subparsers(
        dest="webhooks_command", metavar="COMMAND", parser_class=_Parser, required=True
    )
    verify = _subparser(
        webhook_commands,
        "verify",
        "verify a webhooks body read from standard input",
        "Verify the X-GCS-Signature of a webhooks body (read from standard input) with a "
        "key id and secret key, and print its event as JSON. Without --signature, print the "
        "headers a genuine delivery of the body would carry, then the event.",
        EXIT_CODES_HELP + "\nenvironment:\n  OPAY_WEBHOOK_SECRET   the secret key, "
        "instead of --secret\n",
    )
    verify.add_argument("--key-id", required=True, help="the webhooks key id (X-GCS-KeyId)")
    verify.add_argument("--secret", help="the webhooks secret key; default: OPAY_WEBHOOK_SECRET")
    verify.add_argument("--signature", help="the X-GCS-Signature header received")

    commands.add_parser(
        "sandbox",
        help="run the local platform simulator (`opay sandbox --help` for its options)",
        add_help=False,
    )
    return parser


def _print_json(value: Any, out: IO[str]) -> None:
    """Print ``value`` as JSON, obfuscated like the logs: what a terminal shows (and its
    scrollback, and whatever the output is piped into) never holds card data or secrets."""
    shown = DEFAULT_BODY_OBFUSCATOR.obfuscate_json(value)
    print(json.dumps(shown, indent=2, ensure_ascii=False), file=out)


def _print_body(text: str, out: IO[str]) -> None:
    try:
        _print_json(json.loads(text), out)
    except ValueError:
        if text:
            print(DEFAULT_BODY_OBFUSCATOR.obfuscate(text), file=out)


def _say(message: str) -> None:
    """Print a message to standard error, scrubbed like exception messages."""
    print(scrub_message(message), file=sys.stderr)


def _resend_hint(error: OpayError) -> None:
    """Tell how to resend a call that failed but may have taken effect, without acting twice."""
    attempts = f" ({error.attempts} attempts)" if error.attempts > 1 else ""
    if error.may_have_taken_effect and error.idempotence_key:
        _say(
            f"opay: the call may have taken effect{attempts}; to send it again safely, add "
            f"--idempotence-key {error.idempotence_key}"
        )
    elif attempts:
        _say(f"opay: gave up after {error.attempts} attempts")


def _run_guarded(action: Callable[[], int]) -> int:
    """Run ``action``, turning every expected failure into a message and an exit status."""
    try:
        return action()
    except call_module.UsageError as exc:
        _say(f"opay: error: {exc}")
        return EXIT_USAGE
    except ConfigurationError as exc:
        _say(f"opay: configuration error: {exc}")
        return EXIT_USAGE
    except _DECLINED as exc:
        _print_body(exc.response_body, sys.stdout)
        _say(f"opay: declined: {type(exc).__name__}: {exc}")
        return EXIT_DECLINED
    except ApiException as exc:
        _print_body(exc.response_body, sys.stdout)
        _say(f"opay: {type(exc).__name__}: {exc}")
        _resend_hint(exc)
        return EXIT_API_ERROR
    except CommunicationException as exc:
        _say(f"opay: communication error: {exc}")
        _resend_hint(exc)
        return EXIT_COMMUNICATION
    except UnknownPropertyError as exc:  # a request body key the model does not define
        _say(f"opay: error: {exc}")
        return EXIT_USAGE
    except MarshallingError as exc:
        _say(f"opay: the response is not what the API describes: {exc}")
        return EXIT_COMMUNICATION
    except ValueError as exc:  # an argument opay refuses before sending (a key, an id, a body)
        _say(f"opay: error: {exc}")
        return EXIT_USAGE
    except ImportError as exc:
        _say(f"opay: {exc}")
        return EXIT_USAGE
    except BrokenPipeError:
        raise
    except KeyboardInterrupt:
        _say("opay: interrupted")
        return 130
    except Exception as exc:
        _say(f"opay: unexpected error: {type(exc).__name__}: {exc}")
        return EXIT_INTERNAL


def _call(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    from opay.call import Call
    from opay.context import CallContext
    from opay.factory import Factory

    operation = call_module.find_operation(args.target)
    check_settings(args.config, args.merchant_id, environ)
    values = call_module.path_values(
        operation, merchant_id(args.merchant_id, environ), [*args.ids, *args.more_ids]
    )
    body = call_module.request_body(operation, args.body)
    query = call_module.query(operation, args.param)
    configuration = load_settings(args.config, environ)
    context = CallContext(idempotence_key=args.idempotence_key)
    with Factory.create_communicator_from_configuration(configuration) as communicator:
        result = communicator.execute(Call(operation, values, body, query, context))
    if context.idempotence_request_timestamp is not None:
        print(
            f"opay: replayed response of the first request with this idempotence key "
            f"(X-GCS-Idempotence-Request-Timestamp {context.idempotence_request_timestamp})",
            file=sys.stderr,
        )
    _print_json(result.to_dictionary() if result is not None else None, sys.stdout)
    return EXIT_OK


def _operations() -> int:
    for resource, operations in call_module.resources().items():
        print(f"{resource}:")
        for operation in operations:
            print(f"  {call_module.usage_line(operation)}")
            print(f"      {operation.method} {operation.path}")
    return EXIT_OK


def _config_check(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    from opay.factory import Factory

    check_settings(args.config, args.merchant_id, environ)
    configuration = load_settings(args.config, environ)
    merchant = merchant_id(args.merchant_id, environ)
    source = args.config if args.config is not None else "environment (OPAY_*)"
    print("configuration:")
    for line in describe(configuration, merchant, source):
        print(line)
    with Factory.create_client_from_configuration(configuration) as client:
        result = client.merchant(merchant).services().test_connection()
    print(f"test_connection: {result.result} ({configuration.api_endpoint}, merchant {merchant})")
    return EXIT_OK


def _webhooks_verify(args: argparse.Namespace, environ: Mapping[str, str]) -> int:
    from opay.cli.webhooks import verify
    from opay.webhooks import WebhooksException

    secret = args.secret if args.secret is not None else environ.get("OPAY_WEBHOOK_SECRET")
    if not secret:
        raise call_module.UsageError("give --secret or set OPAY_WEBHOOK_SECRET")
    body = sys.stdin.buffer.read()
    try:
        event, notes = verify(body, args.key_id, secret, args.signature)
    except WebhooksException as exc:
        print(f"opay: rejected: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_API_ERROR
    for note in notes:
        print(note, file=sys.stderr)
    _print_json(event, sys.stdout)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``opay`` command with ``argv`` (default: ``sys.argv[1:]``); returns the exit
    status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["sandbox"]:
        from opay.sandbox.__main__ import main as sandbox_main

        try:
            return sandbox_main(arguments[1:], prog="opay sandbox")
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    parser = build_parser()
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return _dispatch(parser, args, os.environ)
    except BrokenPipeError:
        # the reader went away (`opay operations | head`): not an error worth a traceback
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _dispatch(
    parser: argparse.ArgumentParser, args: argparse.Namespace, environ: Mapping[str, str]
) -> int:
    if args.command == "call":
        return _run_guarded(lambda: _call(args, environ))
    if args.command == "operations":
        return _run_guarded(_operations)
    if args.command == "config":
        return _run_guarded(lambda: _config_check(args, environ))
    if args.command == "webhooks":
        return _run_guarded(lambda: _webhooks_verify(args, environ))
    parser.print_help(sys.stderr)
    return EXIT_USAGE
