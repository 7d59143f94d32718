"""The X-GCS-ServerMetaInfo header value."""

from __future__ import annotations

import base64
import json
import platform
import sys
from typing import Any

import attrs
import pytest

from opay._version import __version__
from opay.metadata import server_meta_info


@attrs.frozen
class Extension:
    creator: str | None
    name: str | None
    version: str | None
    extension_id: str | None = None


def _decode(value: str) -> dict[str, Any]:
    decoded: dict[str, Any] = json.loads(base64.b64decode(value, validate=True))
    return decoded


def test_identifiers_and_integrator() -> None:
    info = _decode(server_meta_info("Acme Shop"))
    python = ".".join(map(str, sys.version_info[:3]))
    assert info == {
        "platformIdentifier": f"{platform.system()}; Python {python}; {platform.python_implementation()}",
        "sdkIdentifier": f"opay/{__version__}",
        "sdkCreator": "opay",
        "integrator": "Acme Shop",
    }


def test_compact_and_deterministic() -> None:
    value = server_meta_info("Acme")
    assert value == server_meta_info("Acme")
    text = base64.b64decode(value).decode()
    assert text == json.dumps(json.loads(text), separators=(",", ":"), ensure_ascii=False)


def test_without_integrator_the_key_is_left_out() -> None:
    assert "integrator" not in _decode(server_meta_info(None))


def test_non_ascii_integrator_survives() -> None:
    assert _decode(server_meta_info("Café Zoë"))["integrator"] == "Café Zoë"


def test_shopping_cart_extension() -> None:
    info = _decode(server_meta_info("Acme", Extension("Ext Inc", "Cart", "1.2", "ext-7")))
    assert info["shoppingCartExtension"] == {
        "creator": "Ext Inc",
        "name": "Cart",
        "version": "1.2",
        "extensionId": "ext-7",
    }
    info = _decode(server_meta_info("Acme", Extension("Ext Inc", "Cart", "1.2")))
    assert info["shoppingCartExtension"] == {"creator": "Ext Inc", "name": "Cart", "version": "1.2"}


@pytest.mark.parametrize("missing", ["creator", "name", "version"])
def test_shopping_cart_extension_needs_creator_name_version(missing: str) -> None:
    ext = attrs.evolve(Extension("c", "n", "v"), **{missing: None})
    with pytest.raises(ValueError, match=repr(missing)):
        server_meta_info("Acme", ext)


def test_wrong_types_rejected() -> None:
    with pytest.raises(TypeError, match="'version' must be a str"):
        server_meta_info("Acme", Extension("c", "n", 1))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="integrator must be a str"):
        server_meta_info(42)  # type: ignore[arg-type]
