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
from datetime import datetime
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
        _check_size(value, schema, path, problems)
        items = schema.get("items", {})
        for index, item in enumerate(value):
            _check(item, items, f"{path}[{index}]", problems)
    elif wanted == "string":
        _check_string(value, schema, path, problems)
    elif wanted in ("integer", "number"):
        _check_range(value, schema, path, problems)


def _check_string(value: str, schema: dict[str, Any], path: str, problems: list[Problem]) -> None:
    """``format``, ``enum``, ``pattern`` and length limits of a string (``constraints``)."""
    fmt = schema.get("format")
    if fmt == "date" and not _DATE.match(value):
        problems.append(Problem(path, "must be a date (YYYY-MM-DD)", "format"))
    elif fmt == "date-time" and not _DATE_TIME.match(value):
        problems.append(Problem(path, "must be a date-time (ISO 8601)", "format"))
    elif fmt in _COMPACT and not _compact_ok(value, _COMPACT[fmt]):
        problems.append(Problem(path, f"must be {fmt.upper()}", "format"))
    enum = schema.get("enum")
    if enum is not None and value not in enum:
        problems.append(Problem(path, f"must be one of {', '.join(map(str, enum))}", "format"))
    pattern = schema.get("pattern")
    if pattern is not None and _compiled(pattern).search(value) is None:
        problems.append(Problem(path, f"must match {pattern}", "format"))
    low, high = schema.get("minLength"), schema.get("maxLength")
    if low is not None and len(value) < low:
        problems.append(Problem(path, f"must be at least {low} characters long", "format"))
    if high is not None and len(value) > high:
        problems.append(Problem(path, f"must be at most {high} characters long", "format"))


def _check_range(value: float, schema: dict[str, Any], path: str, problems: list[Problem]) -> None:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and value < low:
        problems.append(Problem(path, f"must be at least {low}", "format"))
    if high is not None and value > high:
        problems.append(Problem(path, f"must be at most {high}", "format"))


def _check_size(
    value: list[Any], schema: dict[str, Any], path: str, problems: list[Problem]
) -> None:
    low, high = schema.get("minItems"), schema.get("maxItems")
    if low is not None and len(value) < low:
        problems.append(Problem(path, f"must hold at least {low} items", "format"))
    if high is not None and len(value) > high:
        problems.append(Problem(path, f"must hold at most {high} items", "format"))


# the platform's compact dates (API reference: "Format: YYYYMMDD", "Timestamp (YYYYMMDDHHmm)")
_COMPACT = {"yyyymmdd": "%Y%m%d", "yyyymmddhhmm": "%Y%m%d%H%M"}


def _compact_ok(value: str, layout: str) -> bool:
    digits = len(datetime(2000, 1, 1).strftime(layout))
    if len(value) != digits or not value.isdigit():
        return False
    try:
        datetime.strptime(value, layout)
    except ValueError:
        return False
    return True


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


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


# Query booleans: the platform's own SDK sends str(bool), "True" / "False"
# (onlinepayments-sdk-python3, GetPaymentProductsParams.to_request_parameters), and the API
# reference documents "true" / "false"; the platform accepts both spellings. Accepting any
# case of the letters ("TRUE") is the sandbox's own extension of that. Nothing else ("1",
# "yes") is documented as a boolean.
_BOOLEANS = {"true": "true", "false": "false"}


def validate_parameters(
    parameters: list[dict[str, Any]], given: dict[str, list[str]]
) -> tuple[list[Problem], dict[str, list[str]]]:
    """Check path or query values against the operation's parameters (``required``, type,
    and the same constraints as body properties). Returns the problems and the values with
    booleans in their canonical spelling ("true" / "false"); unknown names pass through."""
    problems: list[Problem] = []
    normal = dict(given)
    for param in parameters:
        name = param["name"]
        schema = param.get("schema", {})
        values = given.get(name)
        if not values:
            if param.get("required") and param["in"] != "path":
                problems.append(Problem(name, "is required", "missing"))
            continue
        is_array = schema.get("type") == "array"
        if not is_array and len(values) > 1:
            problems.append(Problem(name, "must be given once", "format"))
            continue
        item = schema.get("items", {}) if is_array else schema
        canonical = []
        for raw in values:
            parsed, problem = _parse_scalar(raw, item, name)
            if problem is not None:
                problems.append(problem)
                continue
            _check(parsed, item, name, problems)
            canonical.append(
                _BOOLEANS.get(raw.lower(), raw) if item.get("type") == "boolean" else raw
            )
        if is_array:
            _check_size(values, schema, name, problems)
        normal[name] = canonical
    return problems, normal


def _parse_scalar(raw: str, schema: dict[str, Any], name: str) -> tuple[Any, Problem | None]:
    kind = schema.get("type")
    if kind == "integer":
        if re.fullmatch(r"-?\d+", raw) is None:
            return None, Problem(name, f"{raw!r} is not an integer", "type")
        return int(raw), None
    if kind == "boolean":
        if raw.lower() not in _BOOLEANS:
            return None, Problem(name, f"{raw!r} is not true or false", "type")
        return raw.lower() == "true", None
    return raw, None
