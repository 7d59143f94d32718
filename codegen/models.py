"""Rendering the attrs model classes of ``opay/generated/schemas/`` and its lazy ``__init__``."""

from __future__ import annotations

import re

from codegen.naming import SCHEMAS_PACKAGE
from codegen.pyformat import import_from
from codegen.spec import Field, FieldType, ModelSpec
from opay.obfuscation import is_sensitive

LINE_LENGTH = 100

_SCALARS = {
    "string": "str",
    "integer": "int",
    "boolean": "bool",
    "number": "float",
    "date-time": "datetime.datetime",
    "date": "datetime.date",
}


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key comparing digit runs as numbers (the order of the import sorter)."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part)
        for part in re.split(r"(\d+)", text.lower())
        if part
    )


def annotation(ftype: FieldType) -> str:
    """The Python type of a property (without ``| None``)."""
    if ftype.kind == "model":
        assert ftype.model is not None
        return ftype.model
    if ftype.kind == "array":
        assert ftype.item is not None
        return f"list[{annotation(ftype.item)}]"
    return _SCALARS[ftype.kind]


def _referenced_models(ftype: FieldType) -> set[str]:
    if ftype.kind == "model":
        assert ftype.model is not None
        return {ftype.model}
    if ftype.item is not None:
        return _referenced_models(ftype.item)
    return set()


def _uses_datetime(ftype: FieldType) -> bool:
    if ftype.item is not None:
        return _uses_datetime(ftype.item)
    return ftype.kind in ("date-time", "date")


def _field_lines(field: Field) -> list[str]:
    type_text = annotation(field.type)
    if not field.required:
        type_text += " | None"
    options = [] if field.required else ["default=None"]
    if is_sensitive(field.json_name):
        options.append(f'repr=model_field_repr("{field.json_name}")')
    if not options:
        lines = [f"    {field.python_name}: {type_text}"]
    elif options == ["default=None"]:
        lines = _assignment(field.python_name, type_text, "None")
    else:
        single = f"    {field.python_name}: {type_text} = attrs.field({', '.join(options)})"
        if len(single) <= LINE_LENGTH:
            lines = [single]
        else:
            lines = [
                f"    {field.python_name}: {type_text} = attrs.field(",
                f"        {', '.join(options)}",
                "    )",
            ]
    if field.deprecated:
        lines.append('    """Deprecated by the platform; kept for compatibility."""')
    return lines


def _assignment(name: str, type_text: str, value: str) -> list[str]:
    """``name: type = value`` wrapped the way ``ruff format`` wraps it."""
    line = f"    {name}: {type_text} = {value}"
    if len(line) <= LINE_LENGTH:
        return [line]
    if len(f"    {name}: {type_text} = (") <= LINE_LENGTH:
        return [f"    {name}: {type_text} = (", f"        {value}", "    )"]
    return [f"    {name}: (", f"        {type_text}", f"    ) = {value}"]


def _docstring(model: ModelSpec) -> list[str]:
    if model.query_class_of is not None:
        first = f"Query parameters of ``{model.query_class_of}``."
    else:
        first = f"The ``{model.name}`` model of the Online Payments API."
    paragraphs: list[str] = []
    if model.deprecated:
        paragraphs.append("    Deprecated by the platform; kept for compatibility.")
    if model.frozen:
        paragraphs.append("    Immutable: every property is set when it is created.")
    deprecated = [f"``{f.python_name}``" for f in model.fields if f.deprecated]
    if deprecated:
        paragraphs.append(_wrap("Deprecated properties (kept for compatibility): ", deprecated))
    asked = [f"``{f.python_name}``" for f in model.fields if f.platform_required and not f.required]
    if asked:
        paragraphs.append(_wrap("Required by the platform (optional here): ", asked))
    limited = [f for f in model.fields if f.constraints]
    if limited:
        rules = [_wrap(f"- ``{f.python_name}``: ", ["; ".join(f.constraints)]) for f in limited]
        paragraphs.append("    Platform rules:\n" + "\n".join(rules))
    if not paragraphs:
        return [f'    """{first}"""']
    lines = [f'    """{first}']
    for paragraph in paragraphs:
        lines.append("")
        lines.extend(paragraph.splitlines())
    lines.append('    """')
    return lines


def _wrap(prefix: str, words: list[str]) -> str:
    lines: list[str] = []
    current = "    " + prefix
    for index, word in enumerate(words):
        piece = word + ("," if index < len(words) - 1 else ".")
        if len(current) + 1 + len(piece) > LINE_LENGTH and current.strip():
            lines.append(current.rstrip())
            current = "    " + piece
        else:
            current = current + piece if current.endswith(" ") else current + " " + piece
    lines.append(current)
    return "\n".join(lines)


def render_model(model: ModelSpec) -> str:
    """The module holding one model class."""
    nested = sorted(
        {name for f in model.fields for name in _referenced_models(f.type)}, key=natural_key
    )
    sensitive = any(is_sensitive(f.json_name) for f in model.fields)
    stdlib = ["from typing import ClassVar"]
    if any(_uses_datetime(f.type) for f in model.fields):
        stdlib.insert(0, "import datetime")
    imports: list[tuple[str, list[str]]] = [("opay.model", ["Model"])]
    modules = {name: ModelSpec(name=name, fields=()).module for name in nested}
    imports += [(f"{SCHEMAS_PACKAGE}.{modules[name]}", [name]) for name in nested]
    if sensitive:
        imports.append(("opay.obfuscation", ["model_field_repr"]))
    first_party: list[str] = []
    for module, names in sorted(imports, key=lambda item: natural_key(item[0])):
        first_party += import_from(module, names)
    lines = [f'"""The ``{model.name}`` model (see :mod:`opay.models`)."""', ""]
    lines += [*stdlib, "", "import attrs", "", *first_party, "", ""]
    decorator = "@attrs.define(kw_only=True, slots=True"
    decorator += ", frozen=True)" if model.frozen else ")"
    lines += [decorator, f"class {model.name}(Model):"]
    lines += _docstring(model)
    lines.append("")
    if model.fields:
        lines.append("    _json_names: ClassVar[dict[str, str]] = {")
        lines += [f'        "{f.python_name}": "{f.json_name}",' for f in model.fields]
        lines.append("    }")
    else:
        lines.append("    _json_names: ClassVar[dict[str, str]] = {}")
    # Required properties first: attrs needs no ordering for keyword-only fields, but reading
    # the constructor is easier this way.
    ordered = [f for f in model.fields if f.required] + [f for f in model.fields if not f.required]
    if ordered:
        lines.append("")
    for field in ordered:
        lines += _field_lines(field)
    return "\n".join(lines) + "\n"


def render_models_init(models: tuple[ModelSpec, ...]) -> str:
    """The models package (re-exported as ``opay.models``): every class, imported on first
    access."""
    by_module = sorted(models, key=lambda m: natural_key(m.module))
    by_name = sorted(models, key=lambda m: m.name)
    lines = [
        '"""Every model of the Online Payments API and every query-parameter class.',
        "",
        "``from opay.models import CreatePaymentRequest`` works for each of them; a class is",
        "imported on first access, so importing this package costs next to nothing.",
        '"""',
        "",
        "import importlib",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
    ]
    for m in by_module:
        lines += import_from(f"{SCHEMAS_PACKAGE}.{m.module}", [m.name], indent=4)
    lines += ["", "__all__ = ["]
    lines += [f'    "{m.name}",' for m in by_name]
    lines += ["]", "", "_MODULES: dict[str, str] = {"]
    lines += [f'    "{m.name}": "{m.module}",' for m in by_name]
    lines += [
        "}",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    module = _MODULES.get(name)",
        "    if module is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        '    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)',
        "    globals()[name] = value",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return sorted({*globals(), *__all__})",
    ]
    return "\n".join(lines) + "\n"
