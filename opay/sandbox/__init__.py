"""opay's sandbox: a stateful local simulator of the platform, for tests and demos.

The simulator itself (:class:`SandboxApp`) is sans-IO: ``handle(Request) -> Response``.
:class:`Sandbox` serves it in memory, in a background thread or as a process
(``python -m opay.sandbox``), with hosted pages, webhook delivery and fault injection.
Names load lazily, so importing this package costs nothing until one is used.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from opay.sandbox.app import SandboxApp
    from opay.sandbox.faults import Faults
    from opay.sandbox.server import Sandbox, WebhookReceiver
    from opay.sandbox.webhook_sender import WebhookSender

__all__ = ["Faults", "Sandbox", "SandboxApp", "WebhookReceiver", "WebhookSender"]

_WHERE = {
    "Faults": "opay.sandbox.faults",
    "Sandbox": "opay.sandbox.server",
    "SandboxApp": "opay.sandbox.app",
    "WebhookReceiver": "opay.sandbox.server",
    "WebhookSender": "opay.sandbox.webhook_sender",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'opay.sandbox' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
