"""Where the ``opay`` command finds its endpoint, credentials and merchant id.

Either a properties file (``--config payments_sdk.prp``, the platform SDK's format) with the
credentials in ``OPAY_API_KEY_ID`` and ``OPAY_SECRET_API_KEY``, or only environment variables:
``OPAY_API_ENDPOINT``, ``OPAY_API_KEY_ID``, ``OPAY_SECRET_API_KEY``. The merchant id comes
from ``--merchant-id`` or ``OPAY_MERCHANT_ID``.
"""

from __future__ import annotations

from collections.abc import Mapping

from opay.config import CommunicatorConfiguration, load_configuration
from opay.exceptions import ConfigurationError

ENV_ENDPOINT = "OPAY_API_ENDPOINT"
ENV_API_KEY_ID = "OPAY_API_KEY_ID"
ENV_SECRET_API_KEY = "OPAY_SECRET_API_KEY"
ENV_MERCHANT_ID = "OPAY_MERCHANT_ID"
ENV_INTEGRATOR = "OPAY_INTEGRATOR"

ENVIRONMENT_HELP = f"""\
environment:
  {ENV_ENDPOINT}     the API endpoint, e.g. https://payment.preprod.direct.worldline-solutions.com
                        (not needed with --config)
  {ENV_API_KEY_ID}       the API key id
  {ENV_SECRET_API_KEY}   the secret API key (never given on the command line)
  {ENV_MERCHANT_ID}      the merchant id (PSPID), unless --merchant-id is given
  {ENV_INTEGRATOR}       sent as the integrator in X-GCS-ServerMetaInfo (default "opay command")
"""


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
    endpoint = environ.get(ENV_ENDPOINT, "").strip()
    if not endpoint:
        raise ConfigurationError(
            f"no configuration: give --config FILE (a properties file) or set {ENV_ENDPOINT}"
        )
    integrator = environ.get(ENV_INTEGRATOR, "").strip() or "opay command"
    return CommunicatorConfiguration(
        api_endpoint=endpoint,
        api_key_id=api_key_id,
        secret_api_key=secret_api_key,
        integrator=integrator,
    )


def merchant_id(given: str | None, environ: Mapping[str, str]) -> str:
    """``--merchant-id`` if given, else ``OPAY_MERCHANT_ID``."""
    value = (given if given is not None else environ.get(ENV_MERCHANT_ID, "")).strip()
    if not value:
        raise ConfigurationError(f"no merchant id: give --merchant-id or set {ENV_MERCHANT_ID}")
    return value
