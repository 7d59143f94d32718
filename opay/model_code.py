"""Specialised conversion code for each model, compiled at first use of the model class.

For every model :mod:`opay.marshal` registers, on its one converter, a structure and an
unstructure hook that first try the *fast* function compiled here for that class: straight-line
code reading (or building) the JSON dict field by field, with the JSON names, the nested
models' fast functions and the scalar type checks written in (``type(v) is str``, an integer
that is not a boolean, ...), and a plain constructor call. A fast function never decides that
a document is wrong: when anything is not exactly as expected (a wrong type, a missing
required property, a whole float for an integer, a value a JSON codec might treat differently)
it raises, and the hook runs the converter's detailed path instead, which gives the same
result for what it accepts and the precise error (model, JSON path) for what it does not.

The fast unstructure functions also guarantee that their output holds only ``dict`` (``str``
keys), ``list``, ``str``, ``int``, ``bool``, ``None`` and finite ``float`` values, which every
JSON codec writes identically; :func:`opay.marshal.to_json_bytes` relies on that.
"""

from __future__ import annotations

import linecache
import math
import types
from collections.abc import Callable
from typing import Any, Union, get_args, get_origin

import attrs

from opay.model import Model

__all__ = ["Unfit", "fast_structure", "fast_unstructure", "is_plain_json"]

StructureFn = Callable[[Any], Any]
UnstructureFn = Callable[[Any], dict[str, Any]]
HookLookup = Callable[[Any], Callable[..., Any]]

_EXACT = (str, int, bool)
_structure_cache: dict[type, StructureFn] = {}
_unstructure_cache: dict[type, UnstructureFn] = {}


class Unfit(Exception):
    """Raised by fast code for anything it does not handle itself (never shown to users)."""


def is_plain_json(value: object) -> bool:
    """Whether ``value`` holds only dicts with str keys, lists, str, int, bool, None and finite
    floats (the values every JSON codec writes the same way)."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return True
    if kind is float:
        return math.isfinite(value)  # type: ignore[arg-type]
    if kind is list:
        return all(is_plain_json(item) for item in value)  # type: ignore[attr-defined]
    if kind is dict:
        return all(
            type(key) is str and is_plain_json(item)
            for key, item in value.items()  # type: ignore[attr-defined]
        )
    return False


def _inner(tp: Any) -> Any:
    if get_origin(tp) in (Union, types.UnionType):
        args = [arg for arg in get_args(tp) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and get_origin(tp) is None and issubclass(tp, Model)


def _fields(cl: type[Model]) -> list[attrs.Attribute[Any]]:
    attrs.resolve_types(cl)
    return [field for field in attrs.fields(cl) if field.name != "_unknown"]


def _all_named(cl: type[Model], names: dict[str, str]) -> bool:
    """Whether every field has a JSON name (a subclass written by hand may add fields
    without one: the detailed path then handles it alone)."""
    return all(field.name in names for field in _fields(cl))


def _unfit(_: Any) -> Any:
    raise Unfit


def _plain_init(cl: type[Model]) -> bool:
    """Whether attrs' ``__init__`` of ``cl`` only assigns each field (its argument, or for
    fields without an argument a plain default): no frozen or custom ``__setattr__``, no
    validators, converters, factories or post-init hook."""
    return (
        cl.__setattr__ is object.__setattr__
        and cl.__new__ is object.__new__
        and not hasattr(cl, "__attrs_post_init__")
        and not hasattr(cl, "__attrs_pre_init__")
        and all(
            field.validator is None
            and field.converter is None
            and (field.init or not isinstance(field.default, attrs.Factory))  # type: ignore[arg-type]
            for field in attrs.fields(cl)
        )
    )


def _compile(cl: type, kind: str, lines: list[str], namespace: dict[str, Any]) -> Any:
    source = "\n".join(lines) + "\n"
    filename = f"<opay {kind} {cl.__module__}.{cl.__qualname__}>"
    exec(compile(source, filename, "exec"), namespace)  # the code generated above
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    return namespace["fn"]


def _structured(
    i: int,
    field: attrs.Attribute[Any],
    var: str,
    indent: str,
    namespace: dict[str, Any],
    nested: dict[str, type[Model]],
    hook: HookLookup,
) -> list[str]:
    """The lines checking (or converting) the JSON value in ``var`` of field number ``i``."""
    tp = _inner(field.type)
    if tp in _EXACT:
        namespace[f"t{i}"] = tp
        return [f"{indent}if type({var}) is not t{i}: raise Unfit"]
    if _is_model(tp):
        nested[f"s{i}"] = tp
        return [f"{indent}{var} = s{i}({var})"]
    if get_origin(tp) is list and (_is_model(get_args(tp)[0]) or get_args(tp)[0] in _EXACT):
        (item,) = get_args(tp)
        lines = [f"{indent}if type({var}) is not list: raise Unfit"]
        if _is_model(item):
            nested[f"s{i}"] = item
            return [*lines, f"{indent}{var} = [s{i}(e) for e in {var}]"]
        namespace[f"t{i}"] = item
        return [
            *lines,
            f"{indent}for e in {var}:",
            f"{indent}    if type(e) is not t{i}: raise Unfit",
            f"{indent}{var} = list({var})",
        ]
    namespace[f"h{i}"], namespace[f"t{i}"] = hook(tp), tp
    return [f"{indent}{var} = h{i}({var}, t{i})"]


def fast_structure(cl: type[Model], hook: HookLookup) -> StructureFn:
    """The fast function building a ``cl`` from a decoded JSON object (raises on anything
    unusual). ``hook(type)`` gives the converter's structure hook of a type (used for the
    types without inline code: date-times, dates, numbers)."""
    found = _structure_cache.get(cl)
    if found is not None:
        return found
    names: dict[str, str] = dict(cl._json_names)
    if not _all_named(cl, names):
        _structure_cache[cl] = _unfit
        return _unfit
    namespace: dict[str, Any] = {
        "Unfit": Unfit,
        "cls": cl,
        "known": frozenset(names.values()),
        "set_unknown": object.__setattr__,
        "new": object.__new__,
    }
    lines = ["def fn(data):", "    if type(data) is not dict: raise Unfit"]
    nested: dict[str, type[Model]] = {}
    fields = _fields(cl)
    if _plain_init(cl):
        # What attrs' __init__ does, without the cost of ~20 keyword arguments per call: each
        # value goes straight into its slot (most properties are absent, and a membership
        # test is the cheapest way to see it).
        lines.append("    obj = new(cls)")
        for i, field in enumerate(fields):
            key, name = names[field.name], field.name
            if field.default is attrs.NOTHING:
                lines.append(f"    v = data[{key!r}]")
                lines += _structured(i, field, "v", "    ", namespace, nested, hook)
                lines.append(f"    obj.{name} = v")
                continue
            lines.append(f"    if {key!r} in data:")
            lines.append(f"        v = data[{key!r}]")
            lines.append("        if v is not None:")
            lines += _structured(i, field, "v", "            ", namespace, nested, hook)
            lines.append(f"        obj.{name} = v")
            lines.append("    else:")
            lines.append(f"        obj.{name} = None")
        for field in attrs.fields(cl):
            if not field.init:
                namespace[f"d_{field.name}"] = field.default
                lines.append(f"    obj.{field.name} = d_{field.name}")
    else:
        assigned: list[tuple[attrs.Attribute[Any], str]] = []
        for i, field in enumerate(fields):
            var, key = f"x{i}", names[field.name]
            if field.default is attrs.NOTHING:
                lines.append(f"    {var} = data[{key!r}]")
                lines += _structured(i, field, var, "    ", namespace, nested, hook)
            else:
                lines.append(f"    {var} = data[{key!r}] if {key!r} in data else None")
                lines.append(f"    if {var} is not None:")
                lines += _structured(i, field, var, "        ", namespace, nested, hook)
            assigned.append((field, var))
        lines.append(f"    obj = cls({', '.join(f'{f.alias}={var}' for f, var in assigned)})")
    lines.append("    if not known.issuperset(data):")
    lines.append(
        "        set_unknown(obj, '_unknown', {k: v for k, v in data.items() if k not in known})"
    )
    lines.append("    return obj")
    fn: StructureFn = _compile(cl, "structure", lines, namespace)
    _structure_cache[cl] = fn
    for name, model in nested.items():  # after caching: models may refer to each other
        namespace[name] = fast_structure(model, hook)
    return fn


def fast_unstructure(cl: type[Model], hook: HookLookup) -> UnstructureFn:
    """The fast function building the JSON dict of a ``cl`` (raises on anything unusual, and
    on any value outside :func:`is_plain_json`). ``hook(type)`` gives the converter's
    unstructure hook of a type (date-times, dates)."""
    found = _unstructure_cache.get(cl)
    if found is not None:
        return found
    names: dict[str, str] = dict(cl._json_names)
    if not _all_named(cl, names):
        _unstructure_cache[cl] = _unfit
        return _unfit
    namespace: dict[str, Any] = {"Unfit": Unfit, "cls": cl, "plain": is_plain_json}
    lines = ["def fn(obj):", "    if obj.__class__ is not cls: raise Unfit", "    out = {}"]
    nested: dict[str, type[Model]] = {}
    for i, field in enumerate(_fields(cl)):
        var, key = f"x{i}", names[field.name]
        tp = _inner(field.type)
        lines.append(f"    {var} = obj.{field.name}")
        lines.append(f"    if {var} is not None:")
        if tp in _EXACT:
            namespace[f"t{i}"] = tp
            lines.append(f"        if type({var}) is not t{i}: raise Unfit")
            lines.append(f"        out[{key!r}] = {var}")
        elif tp is float:
            lines.append(
                f"        if type({var}) is not float or {var} - {var} != 0.0: raise Unfit"
            )
            lines.append(f"        out[{key!r}] = {var}")
        elif _is_model(tp):
            nested[f"u{i}"] = tp
            lines.append(f"        out[{key!r}] = u{i}({var})")
        elif get_origin(tp) is list and (_is_model(get_args(tp)[0]) or get_args(tp)[0] in _EXACT):
            (item,) = get_args(tp)
            lines.append(f"        if type({var}) is not list: raise Unfit")
            if _is_model(item):
                nested[f"u{i}"] = item
                lines.append(f"        out[{key!r}] = [u{i}(e) for e in {var}]")
            else:
                namespace[f"t{i}"] = item
                lines.append(f"        for e in {var}:")
                lines.append(f"            if type(e) is not t{i}: raise Unfit")
                lines.append(f"        out[{key!r}] = list({var})")
        elif get_origin(tp) is None and isinstance(tp, type):
            # Date-times and dates: the converter's hook, for exactly that type.
            namespace[f"h{i}"], namespace[f"t{i}"] = hook(tp), tp
            lines.append(f"        if type({var}) is not t{i}: raise Unfit")
            lines.append(f"        out[{key!r}] = h{i}({var})")
        else:
            lines.append("        raise Unfit")
    lines.append("    unknown = obj._unknown")
    lines.append("    if unknown:")
    lines.append("        if not plain(unknown): raise Unfit")
    lines.append("        for k in unknown:")
    lines.append("            if k not in out: out[k] = unknown[k]")
    lines.append("    return out")
    fn: UnstructureFn = _compile(cl, "unstructure", lines, namespace)
    _unstructure_cache[cl] = fn
    for name, model in nested.items():
        namespace[name] = fast_unstructure(model, hook)
    return fn
