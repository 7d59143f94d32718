# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``BrowserData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class BrowserData(Model):
    """The ``BrowserData`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "color_depth": "colorDepth",
        "java_enabled": "javaEnabled",
        "java_script_enabled": "javaScriptEnabled",
        "screen_height": "screenHeight",
        "screen_width": "screenWidth",
    }

    color_depth: int | None = None
    java_enabled: bool | None = None
    java_script_enabled: bool | None = None
    screen_height: str | None = None
    screen_width: str | None = None
