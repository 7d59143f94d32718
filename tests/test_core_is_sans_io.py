"""opay is layered and its core does no network I/O: no module under opay/ imports an HTTP or
socket library (only the sandbox's optional server runners may, because serving over real
sockets is their job), and each layer imports only from itself and the layers before it. The check reads every module's source (AST), so it also covers modules no test imports
and imports done inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

OPAY = Path(__file__).resolve().parent.parent / "opay"

# Modules whose purpose is network I/O, and nothing else under opay/ may import these.
NETWORK_MODULES = frozenset(
    {
        "aiohttp",
        "asyncio",
        "http.client",
        "http.server",
        "httpx",
        "httpx2",
        "requests",
        "selectors",
        "socket",
        "socketserver",
        "ssl",
        "urllib.request",
        "urllib3",
    }
)

# The sandbox's server runners: they serve the (sans-IO) sandbox over real sockets and send
# its webhooks over HTTP, so they are the only modules allowed to use the network.
SERVER_RUNNERS = frozenset(
    {
        "opay/sandbox/server.py",
        "opay/sandbox/__main__.py",
        "opay/sandbox/webhook_sender.py",
    }
)

# The asynchronous client awaits (retry pauses) with asyncio; it still sends nothing itself.
# The journal's async executor awaits the same pauses (and another process's outcome).
ASYNCIO_USERS = frozenset({"opay/communicator.py", "opay/client.py", "opay/journal/executor.py"})

_DYNAMIC_IMPORTERS = frozenset({"import_module", "__import__"})


def _is_network(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in NETWORK_MODULES)


def imported_modules(source: str) -> set[str]:
    """Every absolute module name ``source`` imports, including ``from x import y`` as both
    ``x`` and ``x.y`` and string arguments of ``importlib.import_module``/``__import__``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            first = node.args[0]
            if (
                name in _DYNAMIC_IMPORTERS
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found.add(first.value)
    return found


def network_imports(relative: str, source: str) -> list[str]:
    allowed_asyncio = relative in ASYNCIO_USERS
    return sorted(
        module
        for module in imported_modules(source)
        if _is_network(module)
        and not (allowed_asyncio and (module == "asyncio" or module.startswith("asyncio.")))
    )


def _core_modules() -> list[Path]:
    return sorted(
        path
        for path in OPAY.rglob("*.py")
        if path.relative_to(OPAY.parent).as_posix() not in SERVER_RUNNERS
    )


def test_core_modules_found() -> None:
    names = {path.relative_to(OPAY.parent).as_posix() for path in _core_modules()}
    assert {"opay/signing.py", "opay/request.py", "opay/response.py", "opay/transport.py"} <= names


@pytest.mark.parametrize(
    "path", _core_modules(), ids=lambda p: p.relative_to(OPAY.parent).as_posix()
)
def test_core_module_imports_no_network_library(path: Path) -> None:
    relative = path.relative_to(OPAY.parent).as_posix()
    offending = network_imports(relative, path.read_text(encoding="utf-8"))
    assert not offending, (
        f"{relative} imports {', '.join(offending)}; opay's core must stay sans-IO"
    )


@pytest.mark.parametrize(
    "source",
    [
        "import urllib3",
        "import http.client",
        "from http import client",
        "from http.server import HTTPServer",
        "import socket as s",
        "def f():\n    import httpx\n",
        "from aiohttp import ClientSession",
        "import importlib\nimportlib.import_module('requests')",
        "__import__('socketserver')",
        "from urllib.request import urlopen",
        "import asyncio",
    ],
)
def test_detector_catches_network_imports(source: str) -> None:
    assert network_imports("opay/example.py", source)


@pytest.mark.parametrize(
    "source",
    [
        "from http import HTTPStatus",
        "import urllib.parse",
        "from urllib.parse import quote",
        "from opay.transport import Request",
        "from . import signing",
        "import socketlike",
        "import email.utils",
    ],
)
def test_detector_allows_pure_imports(source: str) -> None:
    assert not network_imports("opay/example.py", source)


def test_asyncio_allowed_only_in_async_client_modules() -> None:
    assert not network_imports("opay/communicator.py", "import asyncio")
    assert network_imports("opay/communicator.py", "import socket")


# ------------------------------------------------------------------------------- layers
#
# opay is built in layers, each importing only from itself and the layers before it:
#   core (sans-IO: models, signing, requests, responses, retries, obfuscation, webhooks)
#   -> transports (opay_transports: one adapter per HTTP library)
#   -> clients (communicators, the Client/AsyncClient facade, resources, tracing, journal)
#   -> sandbox, CLI and demo (they use everything).
# The package facades ``opay/__init__.py`` and ``opay/webhooks/__init__.py`` load some of
# their exports lazily from later layers (``opay.Client``, ``opay.webhooks.Inbox``), so they
# belong to no layer.
FACADES = frozenset({"opay", "opay.webhooks"})

LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("core", ("opay",)),
    ("transports", ("opay_transports",)),
    (
        "clients",
        (
            "opay.client",
            "opay.communicator",
            "opay.factory",
            "opay.resources",
            "opay.async_resources",
            "opay.telemetry",
            "opay.environment",
            "opay.journal",
            "opay.webhooks.inbox",
        ),
    ),
    ("sandbox and CLI", ("opay.sandbox", "opay.cli", "opay.demo")),
)


def layer_of(module: str) -> int | None:
    """The index in LAYERS of the layer ``module`` belongs to (the most specific prefix
    wins), or None for a module outside opay."""
    best: tuple[int, int] | None = None  # (prefix length, layer)
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            matches = module == prefix or module.startswith(prefix + ".")
            if matches and (best is None or len(prefix) > best[0]):
                best = (len(prefix), index)
    return None if best is None else best[1]


def _module_name(path: Path) -> str:
    parts = path.relative_to(OPAY.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layered_modules() -> list[Path]:
    found = [*OPAY.rglob("*.py"), *(OPAY.parent / "opay_transports").rglob("*.py")]
    return sorted(path for path in found if _module_name(path) not in FACADES)


def upward_imports(module: str, source: str) -> list[str]:
    """The modules ``source`` (of ``module``) imports from a later layer than its own."""
    own = layer_of(module)
    assert own is not None
    return sorted(
        imported
        for imported in imported_modules(source)
        if (layer := layer_of(imported)) is not None and layer > own
    )


@pytest.mark.parametrize("path", _layered_modules(), ids=_module_name)
def test_every_module_imports_only_its_own_and_earlier_layers(path: Path) -> None:
    module = _module_name(path)
    offending = upward_imports(module, path.read_text(encoding="utf-8"))
    own = LAYERS[layer_of(module) or 0][0]
    assert not offending, f"{module} ({own}) imports {', '.join(offending)} from a later layer"


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("opay.request", "from opay.client import Client"),
        ("opay.retry", "def f():\n    import opay_transports.urllib3\n"),
        ("opay.marshal", "import importlib\nimportlib.import_module('opay.sandbox.app')"),
        ("opay_transports.httpx", "from opay.communicator import Communicator"),
        ("opay.client", "from opay.sandbox import Sandbox"),
        ("opay.factory", "from opay.cli import main"),
    ],
)
def test_upward_imports_are_caught(module: str, source: str) -> None:
    assert upward_imports(module, source)


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("opay.client", "from opay.communicator import Communicator"),
        ("opay.communicator", "import importlib\nimportlib.import_module('opay_transports.x')"),
        ("opay.sandbox.app", "from opay.client import Client"),
        ("opay.cli.call", "from opay.client import Client"),
        ("opay_transports.urllib3", "from opay.transport import Request"),
        ("opay.request", "from opay.clientele import x"),  # a name that only looks alike
    ],
)
def test_imports_of_the_same_or_an_earlier_layer_are_allowed(module: str, source: str) -> None:
    assert not upward_imports(module, source)


def test_layers_are_known() -> None:
    assert layer_of("opay.clientele") == 0 and layer_of("opay.client") == 2
    assert layer_of("opay.sandbox.handlers.payments") == 3
    assert layer_of("opay_transports.stdlib") == 1 and layer_of("json") is None
