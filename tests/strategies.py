"""Hypothesis strategies for opay's models, derived from the model classes and the API
description (nothing is listed by hand, so new schemas are covered automatically).

- :func:`model_instances` builds model objects from their attrs fields and types.
- :func:`json_documents` builds schema-valid JSON objects from ``opay/openapi.json``, in the
  canonical form opay writes (date-times with milliseconds and a ``±HH:MM`` offset).
- :func:`model_classes` / :func:`schema_names` list every model class / schema.
"""

from __future__ import annotations

import datetime
import functools
import json
import types
from pathlib import Path
from typing import Any, Union, get_args, get_origin

import attrs
from hypothesis import strategies as st

import opay.models
from opay.model import Model

SPEC_PATH = Path(__file__).resolve().parent.parent / "opay" / "openapi.json"
_REF = "#/components/schemas/"


@functools.cache
def spec() -> dict[str, Any]:
    """The decoded API description."""
    result: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    return result


@functools.cache
def object_schemas() -> dict[str, dict[str, Any]]:
    """Every schema, plus one object schema per query-parameter class built from the query
    parameters of its operation."""
    schemas: dict[str, dict[str, Any]] = dict(spec()["components"]["schemas"])
    for methods in spec()["paths"].values():
        for op in methods.values():
            name = op.get("x-query-class")
            if name is None:
                continue
            props = {
                p["name"]: {**p["schema"], "x-python-name": p["x-python-name"]}
                for p in op["parameters"]
                if p["in"] == "query"
            }
            schemas[name] = {"type": "object", "properties": props}
    return schemas


def schema_names() -> list[str]:
    """The names of every schema and every query-parameter class, sorted."""
    return sorted(object_schemas())


def model_classes() -> list[type[Model]]:
    """Every model class of :mod:`opay.models`, sorted by name."""
    return [getattr(opay.models, name) for name in sorted(opay.models.__all__)]


# ------------------------------------------------------------------------------ scalar values

_OFFSETS = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(
    lambda minutes: datetime.timezone(datetime.timedelta(minutes=minutes))
)

date_times: st.SearchStrategy[datetime.datetime] = st.builds(
    lambda moment, millis, tz: moment.replace(microsecond=millis * 1000, tzinfo=tz),
    st.datetimes(
        min_value=datetime.datetime(1900, 1, 2), max_value=datetime.datetime(2199, 12, 30)
    ),
    st.integers(min_value=0, max_value=999),
    _OFFSETS,
)
"""Aware date-times with millisecond precision and any whole-minute offset."""

dates: st.SearchStrategy[datetime.date] = st.dates(
    min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2199, 12, 31)
)

_TEXT = st.text(max_size=12)
_INTS = st.integers(min_value=-(2**53), max_value=2**53)
_FLOATS = st.floats(allow_nan=False, allow_infinity=False)


def canonical_date_time(value: datetime.datetime) -> str:
    """The date-time text opay writes, computed independently of :mod:`opay.marshal`."""
    offset = value.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}T"
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}."
        f"{value.microsecond // 1000:03d}{sign}{hours:02d}:{mins:02d}"
    )


# ------------------------------------------------------------------------------ model objects


def _optional_inner(tp: Any) -> Any:
    if get_origin(tp) in (Union, types.UnionType):
        inner = [a for a in get_args(tp) if a is not type(None)]
        assert len(inner) == 1, tp
        return inner[0]
    return tp


def _value_strategy(tp: Any, depth: int) -> st.SearchStrategy[Any]:
    if tp is str:
        return _TEXT
    if tp is bool:
        return st.booleans()
    if tp is int:
        return _INTS
    if tp is float:
        return _FLOATS
    if tp is datetime.datetime:
        return date_times
    if tp is datetime.date:
        return dates
    if get_origin(tp) is list:
        (item,) = get_args(tp)
        return st.lists(_value_strategy(item, depth), max_size=2 if depth > 0 else 0)
    if isinstance(tp, type) and issubclass(tp, Model):
        return model_instances(tp, depth - 1)
    raise AssertionError(f"no strategy for {tp!r}")


_INSTANCES: dict[tuple[type[Model], int], st.SearchStrategy[Any]] = {}


def model_instances(cls: type[Model], depth: int = 2) -> st.SearchStrategy[Any]:
    """Instances of ``cls`` with any subset of its fields set; nested models go ``depth``
    levels deep (below that, nested model fields stay None)."""
    if (cls, depth) not in _INSTANCES:
        _INSTANCES[cls, depth] = _build_instances(cls, depth)
    return _INSTANCES[cls, depth]


def _build_instances(cls: type[Model], depth: int) -> st.SearchStrategy[Any]:
    kwargs: dict[str, st.SearchStrategy[Any]] = {}
    for field in attrs.fields(cls):
        if not field.init:
            continue
        inner = _optional_inner(field.type)
        nested = isinstance(inner, type) and issubclass(inner, Model)
        nested_list = get_origin(inner) is list and isinstance(get_args(inner)[0], type)
        nested_list = nested_list and issubclass(get_args(inner)[0], Model)
        if field.default is attrs.NOTHING:
            kwargs[field.name] = _value_strategy(inner, depth)
        elif (nested or nested_list) and depth <= 0:
            kwargs[field.name] = st.none()
        else:
            kwargs[field.name] = st.none() | _value_strategy(inner, depth)
    return st.builds(cls, **kwargs)


# ------------------------------------------------------------------------------ JSON documents


def _json_value(prop: dict[str, Any], depth: int) -> st.SearchStrategy[Any] | None:
    if "$ref" in prop:
        if depth <= 0:
            return None
        return json_documents(prop["$ref"][len(_REF) :], depth - 1)
    kind = prop.get("type")
    if kind == "array":
        item = _json_value(prop["items"], depth)
        return None if item is None else st.lists(item, max_size=2)
    if kind == "string":
        fmt = prop.get("format")
        if fmt == "date-time":
            return date_times.map(canonical_date_time)
        if fmt == "date":
            return dates.map(datetime.date.isoformat)
        return _TEXT
    if kind == "integer":
        return _INTS
    if kind == "number":
        return _FLOATS
    if kind == "boolean":
        return st.booleans()
    raise AssertionError(f"no strategy for {prop!r}")


@functools.cache
def json_documents(name: str, depth: int = 2) -> st.SearchStrategy[dict[str, Any]]:
    """Schema-valid JSON objects of the schema (or query-parameter class) ``name``: any subset
    of the optional properties, always the required ones; objects nest ``depth`` levels."""
    schema = object_schemas()[name]
    required = set(schema.get("required", []))
    fixed: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for key, prop in schema["properties"].items():
        value = _json_value(prop, depth)
        if value is None:
            continue
        (fixed if key in required else optional)[key] = value
    return st.fixed_dictionaries(fixed, optional=optional)


# ------------------------------------------------------------------------------ unknown keys

unknown_values: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | _INTS | _TEXT,
    lambda children: st.lists(children, max_size=2) | st.dictionaries(_TEXT, children, max_size=2),
    max_leaves=4,
)
"""Arbitrary JSON values, as a newer platform might send in properties opay does not know."""


def unknown_properties(known: set[str]) -> st.SearchStrategy[dict[str, Any]]:
    """A non-empty dict of JSON properties whose names are not in ``known``."""
    names = st.text(min_size=1, max_size=10).filter(lambda n: n not in known)
    return st.dictionaries(names, unknown_values, min_size=1, max_size=3)
