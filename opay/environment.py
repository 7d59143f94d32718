"""Configuration from environment variables: what ``Client.from_env()`` and
``AsyncClient.from_env()`` read.

Required:

=========================== ======================================================
``OPAY_API_ENDPOINT``       the API endpoint, e.g. ``https://payment.preprod.direct.worldline-solutions.com``
``OPAY_API_KEY_ID``         the API key id
``OPAY_SECRET_API_KEY``     the secret API key
=========================== ======================================================

Optional (an empty value means "use the default"), each the twin of a properties-file key:

=============================== ============================================ ===============
``OPAY_INTEGRATOR``             your company's name, sent to the platform    none
``OPAY_CONNECT_TIMEOUT``        seconds to open a connection                 see below
``OPAY_READ_TIMEOUT``           seconds to wait for the next bytes           see below
``OPAY_ATTEMPT_TIMEOUT``        the hard limit on one attempt, seconds       see below
``OPAY_TOTAL_TIMEOUT``          a whole call's budget, retries included      none
``OPAY_MAX_CONNECTIONS``        the connection pool's size                   see below
``OPAY_MAX_RESPONSE_SIZE``      the largest response body accepted, bytes    16 MiB
``OPAY_PROXY``                  a proxy URL (credentials may be in it)       none
``OPAY_RETRY_MAX_ATTEMPTS``     attempts per call (1 turns retries off)      3
``OPAY_RETRY_BASE_DELAY``       seconds before the first retry (at most)     0.2
``OPAY_RETRY_MAX_DELAY``        the longest wait between attempts, seconds   5
``OPAY_RETRY_DEADLINE``         seconds after which no retry starts          30
=============================== ============================================ ===============

The defaults are those of :class:`~opay.config.CommunicatorConfiguration`. A problem raises
:class:`~opay.exceptions.ConfigurationError` in the properties file's words, naming the
variable: every missing required variable at once, or the invalid value (never a secret).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

from opay.config import (
    DEFAULT_SOCKET_TIMEOUT,
    CommunicatorConfiguration,
    parse_count,
    parse_delay,
    parse_seconds,
    split_proxy_credentials,
)
from opay.exceptions import ConfigurationError
from opay.options import DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_RESPONSE_SIZE
from opay.retry import RetryPolicy

ENV_API_ENDPOINT = "OPAY_API_ENDPOINT"
ENV_API_KEY_ID = "OPAY_API_KEY_ID"
ENV_SECRET_API_KEY = "OPAY_SECRET_API_KEY"
ENV_INTEGRATOR = "OPAY_INTEGRATOR"
ENV_CONNECT_TIMEOUT = "OPAY_CONNECT_TIMEOUT"
ENV_READ_TIMEOUT = "OPAY_READ_TIMEOUT"
ENV_ATTEMPT_TIMEOUT = "OPAY_ATTEMPT_TIMEOUT"
ENV_TOTAL_TIMEOUT = "OPAY_TOTAL_TIMEOUT"
ENV_MAX_CONNECTIONS = "OPAY_MAX_CONNECTIONS"
ENV_MAX_RESPONSE_SIZE = "OPAY_MAX_RESPONSE_SIZE"
ENV_PROXY = "OPAY_PROXY"
ENV_RETRY_MAX_ATTEMPTS = "OPAY_RETRY_MAX_ATTEMPTS"
ENV_RETRY_BASE_DELAY = "OPAY_RETRY_BASE_DELAY"
ENV_RETRY_MAX_DELAY = "OPAY_RETRY_MAX_DELAY"
ENV_RETRY_DEADLINE = "OPAY_RETRY_DEADLINE"

REQUIRED = (ENV_API_ENDPOINT, ENV_API_KEY_ID, ENV_SECRET_API_KEY)

_SECONDS = "a positive number of seconds"
_DELAY = "a number of seconds >= 0"
_COUNT = "an integer >= 1"

_RETRY = RetryPolicy()
# variable -> (CommunicatorConfiguration field or "retry.<field>", parser, what it must be,
# default)
_NUMBERS: dict[str, tuple[str, Callable[[str], Any], str, float | int | None]] = {
    ENV_CONNECT_TIMEOUT: ("connect_timeout", parse_seconds, _SECONDS, DEFAULT_CONNECT_TIMEOUT),
    ENV_READ_TIMEOUT: ("socket_timeout", parse_seconds, _SECONDS, DEFAULT_SOCKET_TIMEOUT),
    ENV_ATTEMPT_TIMEOUT: ("attempt_timeout", parse_seconds, _SECONDS, None),
    ENV_TOTAL_TIMEOUT: ("total_timeout", parse_seconds, _SECONDS, None),
    ENV_MAX_CONNECTIONS: ("max_connections", parse_count, _COUNT, DEFAULT_MAX_CONNECTIONS),
    ENV_MAX_RESPONSE_SIZE: (
        "max_response_size",
        parse_count,
        "a number of bytes >= 1",
        DEFAULT_MAX_RESPONSE_SIZE,
    ),
    ENV_RETRY_MAX_ATTEMPTS: ("retry.max_attempts", parse_count, _COUNT, _RETRY.max_attempts),
    ENV_RETRY_BASE_DELAY: ("retry.base_delay", parse_delay, _DELAY, _RETRY.base_delay),
    ENV_RETRY_MAX_DELAY: ("retry.max_delay", parse_delay, _DELAY, _RETRY.max_delay),
    ENV_RETRY_DEADLINE: ("retry.deadline", parse_delay, _DELAY, _RETRY.deadline),
}

SOURCE = "environment"

# The variables a transport enforces: with a transport of one's own they would do nothing.
_TRANSPORT_VARIABLES = (
    ENV_CONNECT_TIMEOUT,
    ENV_READ_TIMEOUT,
    ENV_ATTEMPT_TIMEOUT,
    ENV_MAX_CONNECTIONS,
    ENV_PROXY,
)


def _value(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name, "").strip()
    return value or None


def configuration_from_env(
    environ: Mapping[str, str] | None = None, *, with_transport: bool = False
) -> CommunicatorConfiguration:
    """A :class:`~opay.config.CommunicatorConfiguration` from ``environ`` (``os.environ`` by
    default; see the module documentation for the names). ``with_transport``: the client is
    given its own transport, so a variable only a transport enforces (timeouts, pool size,
    proxy) raises :class:`TypeError` naming it, as the client's own options do."""
    env = os.environ if environ is None else environ
    if with_transport:
        ignored = [name for name in _TRANSPORT_VARIABLES if _value(env, name) is not None]
        if ignored:
            raise TypeError(
                f"{', '.join(ignored)} would be ignored: the transport given as transport= "
                "enforces its own settings. Unset them, or give them to the transport"
            )
    missing = [name for name in REQUIRED if _value(env, name) is None]
    if missing:
        raise ConfigurationError(
            f"{SOURCE}: missing required variable(s) {', '.join(missing)} "
            f"(required: {', '.join(REQUIRED)})"
        )
    fields: dict[str, Any] = {
        "api_endpoint": _value(env, ENV_API_ENDPOINT),
        "api_key_id": _value(env, ENV_API_KEY_ID),
        "secret_api_key": _value(env, ENV_SECRET_API_KEY),
        "integrator": _value(env, ENV_INTEGRATOR),
    }
    retry: dict[str, Any] = {}
    for name, (field, parse, what, default) in _NUMBERS.items():
        raw = _value(env, name)
        if raw is None:
            value = default
        else:
            try:
                value = parse(raw)
            except ValueError:
                raise ConfigurationError(f"{SOURCE}: {name} must be {what}, got {raw!r}") from None
        if field.startswith("retry."):
            retry[field.removeprefix("retry.")] = value
        else:
            fields[field] = value
    proxy = _value(env, ENV_PROXY)
    if proxy is not None:
        uri, username, password = split_proxy_credentials(proxy)
        fields.update(proxy_uri=uri, proxy_username=username, proxy_password=password)
    fields["retry"] = RetryPolicy(**retry)
    try:
        return CommunicatorConfiguration(**fields)
    except ConfigurationError as exc:
        raise ConfigurationError(f"{SOURCE}: {exc}") from exc
