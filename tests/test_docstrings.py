"""Every public name has a docstring: what opay, opay.models, opay.webhooks, opay.log,
opay.sandbox and the opay command export, the sans-IO core modules, every transport, and the
public methods and properties of each public class (including those it inherits from opay's
own base classes)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from typing import Any

import pytest

import opay_transports

# Packages whose exported names (``__all__``) are public.
EXPORTING = ["opay", "opay.webhooks", "opay.log", "opay.sandbox", "opay.cli"]

# Modules whose every name not starting with "_" and defined there is public.
MODULES = [
    "opay.model",
    "opay.transport",
    "opay.request",
    "opay.response",
    "opay.metadata",
    "opay.operation",
    "opay.signing",
    "opay.retry",
    "opay.obfuscation",
    "opay.marshal",
    "opay.config",
    "opay.context",
    "opay.webhooks.headers",
    *(
        f"opay_transports.{info.name}"
        for info in pkgutil.iter_modules(opay_transports.__path__)
        if not info.name.startswith("_")
    ),
]


def _ours(module_name: str) -> bool:
    return module_name.split(".", 1)[0] in ("opay", "opay_transports")


def _documented(obj: Any) -> bool:
    return bool((getattr(obj, "__doc__", None) or "").strip())


def public_objects() -> Iterator[tuple[str, Any]]:
    """(qualified name, object) of every public class and function."""
    for package in EXPORTING:
        module = importlib.import_module(package)
        for name in module.__all__:
            value = getattr(module, name)
            if inspect.isclass(value) or inspect.isfunction(value):
                yield f"{package}.{name}", value
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            if name.startswith("_") or getattr(value, "__module__", None) != module_name:
                continue
            if inspect.isclass(value) or inspect.isfunction(value):
                yield f"{module_name}.{name}", value
    models = importlib.import_module("opay.models")
    for name in dir(models):
        value = getattr(models, name)
        if inspect.isclass(value):
            yield f"opay.models.{name}", value


def missing_docstrings() -> list[str]:
    """The public names without a docstring."""
    missing: set[str] = set()
    for qualified, obj in public_objects():
        if not _documented(obj):
            missing.add(qualified)
        if not inspect.isclass(obj):
            continue
        for klass in obj.__mro__:
            if not _ours(klass.__module__):
                continue
            for name, member in vars(klass).items():
                if name.startswith("_"):
                    continue
                target: Any = member
                if isinstance(member, staticmethod | classmethod):
                    target = member.__func__
                elif isinstance(member, property):
                    target = member.fget
                elif not inspect.isfunction(member):
                    continue
                if not _documented(target):
                    missing.add(f"{qualified}.{name} (defined in {klass.__qualname__})")
    return sorted(missing)


def test_every_public_name_has_a_docstring() -> None:
    missing = missing_docstrings()
    assert not missing, "public names without a docstring:\n" + "\n".join(missing)


def test_the_walk_covers_the_public_surface() -> None:
    names = {qualified for qualified, _ in public_objects()}
    for expected in (
        "opay.Client",
        "opay.ValidationException",
        "opay.models.CreatePaymentRequest",
        "opay.model.Model",
        "opay.webhooks.WebhooksHelper",
        "opay.log.PythonCommunicatorLogger",
        "opay.sandbox.Sandbox",
        "opay_transports.urllib3.Urllib3Transport",
        "opay_transports.aiohttp.AiohttpTransport",
        "opay.request.build_request",
        "opay.cli.main",
    ):
        assert expected in names


class _NoClassDoc:
    pass


class _NoMethodDoc:
    """Documented."""

    def method(self) -> None:
        pass


class _NoPropertyDoc:
    """Documented."""

    @property
    def value(self) -> int:
        return 1


@pytest.mark.parametrize(
    ("cls", "expected"),
    [
        (_NoClassDoc, "opay.context.Sample"),
        (_NoMethodDoc, "opay.context.Sample.method (defined in _NoMethodDoc)"),
        (_NoPropertyDoc, "opay.context.Sample.value (defined in _NoPropertyDoc)"),
    ],
)
def test_a_missing_docstring_is_found(
    cls: type[Any], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import opay.context

    monkeypatch.setattr(cls, "__module__", "opay.context")
    monkeypatch.setattr(opay.context, "Sample", cls, raising=False)
    assert expected in missing_docstrings()
