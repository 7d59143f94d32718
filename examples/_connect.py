"""How every example connects: to the platform named by OPAY_* environment variables, or else
to a sandbox started in this process (nothing leaves the machine).

    OPAY_API_ENDPOINT=https://payment.preprod.direct.worldline-solutions.com \
    OPAY_API_KEY_ID=... OPAY_SECRET_API_KEY=... OPAY_MERCHANT_ID=... python card_payment.py
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import attrs

from opay import Client, CommunicatorConfiguration, Factory
from opay.environment import configuration_from_env
from opay.sandbox import Sandbox


@attrs.frozen
class Target:
    """Where the examples send their calls."""

    configuration: CommunicatorConfiguration
    merchant_id: str
    sandbox: Sandbox | None  # the local sandbox, when no endpoint is configured


@contextmanager
def target(**sandbox_options: Any) -> Iterator[Target]:
    """The configured platform, or a local sandbox (started with ``sandbox_options``)."""
    if os.environ.get("OPAY_API_ENDPOINT"):
        # every OPAY_* setting Client.from_env() reads (opay.environment), the integrator
        # "opay examples" unless OPAY_INTEGRATOR names another
        configuration = configuration_from_env({"OPAY_INTEGRATOR": "opay examples", **os.environ})
        print(f"platform: {configuration.api_endpoint}")
        yield Target(configuration, os.environ["OPAY_MERCHANT_ID"], None)
        return
    with Sandbox(**sandbox_options) as sandbox:
        print(f"platform: local sandbox at {sandbox.endpoint}")
        configuration = CommunicatorConfiguration(
            api_endpoint=sandbox.endpoint,
            api_key_id=sandbox.api_key_id,
            secret_api_key=sandbox.secret_api_key,
            integrator="opay examples",
        )
        yield Target(configuration, sandbox.merchant_id, sandbox)


@contextmanager
def connect() -> Iterator[tuple[Client, str]]:
    """A client and the merchant id to use it with."""
    with target() as where, Factory.create_client_from_configuration(where.configuration) as client:
        yield client, where.merchant_id
