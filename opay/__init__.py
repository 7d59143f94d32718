"""opay: the Python SDK for the Online Payments platform (server API v2).

``from opay import Client, Factory, CallContext, ValidationException`` — names load on first
use, so ``import opay`` imports neither the models nor an HTTP library.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from opay._version import __version__

if TYPE_CHECKING:
    from opay.client import AsyncClient, Client
    from opay.communicator import AsyncCommunicator, Communicator
    from opay.config import CommunicatorConfiguration
    from opay.context import CallContext
    from opay.exceptions import (
        ApiException,
        AuthorizationException,
        CommunicationException,
        ConfigurationError,
        DeclinedPaymentException,
        DeclinedPayoutException,
        DeclinedRefundException,
        IdempotenceException,
        MarshallingError,
        NotFoundException,
        OpayError,
        PlatformException,
        ReferenceException,
        ResponseTooLargeException,
        TimeoutException,
        ValidationException,
    )
    from opay.factory import Factory
    from opay.options import TLS, Limits, Proxy, Timeout
    from opay.retry import RetryPolicy
    from opay.strict import UnknownPropertyError

_EXPORTS = {
    "Client": "opay.client",
    "AsyncClient": "opay.client",
    "Communicator": "opay.communicator",
    "AsyncCommunicator": "opay.communicator",
    "CommunicatorConfiguration": "opay.config",
    "CallContext": "opay.context",
    "Factory": "opay.factory",
    "ApiException": "opay.exceptions",
    "AuthorizationException": "opay.exceptions",
    "CommunicationException": "opay.exceptions",
    "ConfigurationError": "opay.exceptions",
    "DeclinedPaymentException": "opay.exceptions",
    "DeclinedPayoutException": "opay.exceptions",
    "DeclinedRefundException": "opay.exceptions",
    "IdempotenceException": "opay.exceptions",
    "MarshallingError": "opay.exceptions",
    "NotFoundException": "opay.exceptions",
    "OpayError": "opay.exceptions",
    "PlatformException": "opay.exceptions",
    "ReferenceException": "opay.exceptions",
    "ResponseTooLargeException": "opay.exceptions",
    "TimeoutException": "opay.exceptions",
    "ValidationException": "opay.exceptions",
    "RetryPolicy": "opay.retry",
    "Timeout": "opay.options",
    "Limits": "opay.options",
    "Proxy": "opay.options",
    "TLS": "opay.options",
    "UnknownPropertyError": "opay.strict",
}

__all__ = [
    "__version__",
    "AsyncClient",
    "AsyncCommunicator",
    "Client",
    "Communicator",
    "CommunicatorConfiguration",
    "CallContext",
    "Factory",
    "ApiException",
    "AuthorizationException",
    "CommunicationException",
    "ConfigurationError",
    "DeclinedPaymentException",
    "DeclinedPayoutException",
    "DeclinedRefundException",
    "IdempotenceException",
    "MarshallingError",
    "NotFoundException",
    "OpayError",
    "PlatformException",
    "ReferenceException",
    "ResponseTooLargeException",
    "TimeoutException",
    "ValidationException",
    "RetryPolicy",
    "Timeout",
    "Limits",
    "Proxy",
    "TLS",
    "UnknownPropertyError",
]


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'opay' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
