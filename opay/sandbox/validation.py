"""Checking JSON values against the schemas of the API description (``opay/openapi.json``).

The sandbox uses it on every request body, as the platform does: wrong types at any depth and
unknown properties are rejected. Tests use it on every response the sandbox writes. A problem
is reported with the JSON path of the property, e.g.
``cardPaymentMethodSpecificInput.card.cardNumber`` or ``order.shoppingCart.items[0].quantity``.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

import attrs

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


@attrs.frozen
class Problem:
    """One reason a value does not match its schema: where (a JSON path) and what."""

    path: str
    message: str
    kind: str  # "type", "unknown", "missing" or "format"


@functools.cache
def spec() -> dict[str, Any]:
    """The API description, loaded once."""
    text = resources.files("opay").joinpath("openapi.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def schemas() -> dict[str, Any]:
    """Every named schema of the API description."""
    found: dict[str, Any] = spec()["components"]["schemas"]
    return found


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _matches(value: Any, wanted: str) -> bool:
    kind = _type_name(value)
    if wanted == "number":
        return kind in ("integer", "number")
    return kind == wanted


def validate(value: Any, schema_name: str, path: str = "") -> list[Problem]:
    """Every problem of ``value`` against the named schema (an empty list when it conforms)."""
    problems: list[Problem] = []
    _check(value, {"$ref": f"#/components/schemas/{schema_name}"}, path, problems)
    return problems


def _check(value: Any, schema: dict[str, Any], path: str, problems: list[Problem]) -> None:
    ref = schema.get("$ref")
    if ref is not None:
        _check_object(value, ref.rsplit("/", 1)[-1], path, problems)
        return
    wanted = schema.get("type")
    if wanted is None:
        return
    if value is None:
        # the platform treats an explicit null as an absent property
        return
    if not _matches(value, wanted):
        problems.append(Problem(path, f"must be of type {wanted}, not {_type_name(value)}", "type"))
        return
    if wanted == "array":
        items = schema.get("items", {})
        for index, item in enumerate(value):
            _check(item, items, f"{path}[{index}]", problems)
    elif wanted == "string":
        fmt = schema.get("format")
        if fmt == "date" and not _DATE.match(value):
            problems.append(Problem(path, "must be a date (YYYY-MM-DD)", "format"))
        elif fmt == "date-time" and not _DATE_TIME.match(value):
            problems.append(Problem(path, "must be a date-time (ISO 8601)", "format"))


def _check_object(value: Any, name: str, path: str, problems: list[Problem]) -> None:
    if value is None:
        return
    if not isinstance(value, dict):
        problems.append(
            Problem(path, f"must be an object ({name}), not {_type_name(value)}", "type")
        )
        return
    schema = schemas()[name]
    properties: dict[str, Any] = schema.get("properties", {})
    for key, item in value.items():
        sub = properties.get(key)
        if sub is None:
            problems.append(Problem(_join(path, key), f"is not a property of {name}", "unknown"))
            continue
        _check(item, sub, _join(path, key), problems)
    for key in schema.get("required", ()):
        if value.get(key) is None:
            problems.append(Problem(_join(path, key), "is required", "missing"))
