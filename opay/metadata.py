"""The ``X-GCS-ServerMetaInfo`` header: who is calling, with which SDK, on which platform.

Its value is the base64 of a compact JSON object. It does not change during a client's life,
so a client computes it once.
"""

from __future__ import annotations

import base64
import json
import platform
import sys
from typing import TYPE_CHECKING, Any

from opay._version import __version__

if TYPE_CHECKING:
    from opay.models import ShoppingCartExtension

SDK_CREATOR = "opay"
SDK_IDENTIFIER = f"opay/{__version__}"


def platform_identifier() -> str:
    """Operating system, Python version and implementation, e.g. ``Linux; Python 3.11.7; CPython``."""
    version = ".".join(str(part) for part in sys.version_info[:3])
    return f"{platform.system() or 'unknown'}; Python {version}; {platform.python_implementation()}"


def _shopping_cart_extension(extension: ShoppingCartExtension | object) -> dict[str, str]:
    result: dict[str, str] = {}
    for attr, json_name, required in (
        ("creator", "creator", True),
        ("name", "name", True),
        ("version", "version", True),
        ("extension_id", "extensionId", False),
    ):
        value = getattr(extension, attr, None)
        if value is None or value == "":
            if required:
                raise ValueError(
                    f"the shopping cart extension needs a non-empty {attr!r} "
                    f"(got {type(extension).__name__} without it)"
                )
            continue
        if not isinstance(value, str):
            raise TypeError(
                f"the shopping cart extension's {attr!r} must be a str, not {type(value).__name__}"
            )
        result[json_name] = value
    return result


def server_meta_info(
    integrator: str | None, shopping_cart_extension: ShoppingCartExtension | object | None = None
) -> str:
    """The value of the ``X-GCS-ServerMetaInfo`` header.

    ``shopping_cart_extension`` is any object with ``creator``, ``name``, ``version`` and
    optionally ``extension_id`` attributes (such as :class:`opay.models.ShoppingCartExtension`).
    ``integrator`` is left out of the JSON when None.
    """
    info: dict[str, Any] = {
        "platformIdentifier": platform_identifier(),
        "sdkIdentifier": SDK_IDENTIFIER,
        "sdkCreator": SDK_CREATOR,
    }
    if integrator is not None:
        if not isinstance(integrator, str):
            raise TypeError(f"integrator must be a str, not {type(integrator).__name__}")
        info["integrator"] = integrator
    if shopping_cart_extension is not None:
        info["shoppingCartExtension"] = _shopping_cart_extension(shopping_cart_extension)
    text = json.dumps(info, separators=(",", ":"), ensure_ascii=False)
    return base64.b64encode(text.encode("utf-8")).decode("ascii")
