"""Where the ``opay`` command finds its endpoint, credentials and merchant id.

Either a properties file (``--config payments_sdk.prp``, the platform SDK's format) with the
credentials in ``OPAY_API_KEY_ID`` and ``OPAY_SECRET_API_KEY``, or only environment variables:
``OPAY_API_ENDPOINT``, ``OPAY_API_KEY_ID``, ``OPAY_SECRET_API_KEY``. The merchant id comes
from ``--merchant-id`` or ``OPAY_MERCHANT_ID``.
"""

from __future__ import annotations

from collections.abc import Mapping

from opay.config import CommunicatorConfiguration, load_configuration
from opay.environment import ENV_API_ENDPOINT as ENV_ENDPOINT
from opay.environment import (
    ENV_API_KEY_ID,
    ENV_INTEGRATOR,
    ENV_SECRET_API_KEY,
    configuration_from_env,
)
from opay.exceptions import ConfigurationError

ENV_MERCHANT_ID = "OPAY_MERCHANT_ID"

ENVIRONMENT_HELP = f"""\
environment:
  {ENV_ENDPOINT}     the API endpoint, e.g. https://payment.preprod.direct.worldline-solutions.com
                        (not needed with --config)
  {ENV_API_KEY_ID}       the API key id
  {ENV_SECRET_API_KEY}   the secret API key (never given on the command line)
  {ENV_MERCHANT_ID}      the merchant id (PSPID), unless --merchant-id is given
  {ENV_INTEGRATOR}       sent as the integrator in X-GCS-ServerMetaInfo (default "opay command")
  OPAY_READ_TIMEOUT, OPAY_TOTAL_TIMEOUT, OPAY_PROXY, OPAY_RETRY_MAX_ATTEMPTS, ...
                        the optional settings Client.from_env() reads (see opay.environment)
"""


def check_settings(
    config_path: str | None, given_merchant: str | None, environ: Mapping[str, str]
) -> None:
    """Raise one :class:`ConfigurationError` naming every setting that is missing, so that a
    first run learns all of them at once rather than one per attempt."""
    missing = [
        f"{name}: {what}"
        for name, what in (
            (ENV_API_KEY_ID, "the API key id"),
            (ENV_SECRET_API_KEY, "the secret API key"),
        )
        if not environ.get(name, "").strip()
    ]
    if config_path is None and not environ.get(ENV_ENDPOINT, "").strip():
        missing.append(f"{ENV_ENDPOINT} or --config FILE: the endpoint")
    if given_merchant is None and not environ.get(ENV_MERCHANT_ID, "").strip():
        missing.append(f"{ENV_MERCHANT_ID} or --merchant-id: the merchant id (PSPID)")
    if missing:
        raise ConfigurationError(
            f"{len(missing)} setting(s) missing:" + "".join(f"\n  {item}" for item in missing)
        )


def describe(configuration: CommunicatorConfiguration, merchant: str, source: str) -> list[str]:
    """A readable summary of ``configuration``, one setting a line, secrets masked."""
    retry = configuration.retry
    cart = configuration.shopping_cart_extension
    proxy = configuration.proxy
    rows = [
        ("loaded from", source),
        ("endpoint", configuration.api_endpoint),
        ("merchant id", merchant),
        ("API key id", configuration.api_key_id),
        ("secret API key", "******** (set)"),
        ("authorization", configuration.authorization_type),
        ("integrator", configuration.integrator or "none"),
        ("connect timeout", f"{configuration.connect_timeout:g} s"),
        ("read timeout", f"{configuration.socket_timeout:g} s"),
        ("attempt timeout", f"{configuration.timeout.attempt_limit:g} s"),
        (
            "total timeout",
            "none" if configuration.total_timeout is None else f"{configuration.total_timeout:g} s",
        ),
        ("max connections", str(configuration.max_connections)),
        ("proxy", "none" if proxy is None else proxy.url),
        (
            "retries",
            f"{retry.max_attempts} attempt(s), backoff {retry.base_delay:g}-{retry.max_delay:g} s, "
            f"none after {retry.deadline:g} s",
        ),
        ("max response size", f"{configuration.max_response_size:,} bytes"),
    ]
    if proxy is not None and proxy.username is not None:  # its credentials, split once
        rows.append(("proxy username", proxy.username))
    if proxy is not None and proxy.password is not None:
        rows.append(("proxy password", "******** (set)"))
    if cart is not None:
        rows.append(("shopping cart", f"{cart.creator} {cart.name} {cart.version}"))
    width = max(len(name) for name, _ in rows) + 2
    return [f"  {name + ':':<{width}}{value}" for name, value in rows]


def _credential(environ: Mapping[str, str], name: str) -> str:
    value = environ.get(name, "").strip()
    if not value:
        raise ConfigurationError(f"set the environment variable {name}")
    return value


def load_settings(config_path: str | None, environ: Mapping[str, str]) -> CommunicatorConfiguration:
    """The configuration from ``config_path`` (a properties file) or from ``environ``."""
    api_key_id = _credential(environ, ENV_API_KEY_ID)
    secret_api_key = _credential(environ, ENV_SECRET_API_KEY)
    if config_path is not None:
        return load_configuration(config_path, api_key_id, secret_api_key)
    if not environ.get(ENV_ENDPOINT, "").strip():
        raise ConfigurationError(
            f"no configuration: give --config FILE (a properties file) or set {ENV_ENDPOINT}"
        )
    settings = dict(environ)
    if not settings.get(ENV_INTEGRATOR, "").strip():
        settings[ENV_INTEGRATOR] = "opay command"
    return configuration_from_env(settings)


def merchant_id(given: str | None, environ: Mapping[str, str]) -> str:
    """``--merchant-id`` if given, else ``OPAY_MERCHANT_ID``."""
    value = (given if given is not None else environ.get(ENV_MERCHANT_ID, "")).strip()
    if not value:
        raise ConfigurationError(f"no merchant id: give --merchant-id or set {ENV_MERCHANT_ID}")
    return value
