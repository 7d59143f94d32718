"""A tiny formatter for the call expressions the generator writes, in the layout ``ruff
format`` gives them (so that generated files need no formatting pass)."""

from __future__ import annotations

from dataclasses import dataclass

LINE_LENGTH = 100


@dataclass(frozen=True)
class Call:
    """``name(arg, ...)``: arguments are rendered expressions or nested values."""

    name: str
    args: tuple[Expr, ...]
    explode: bool = False  # always one argument per line (magic trailing comma)


@dataclass(frozen=True)
class Tuple:
    """A tuple display ``(a, b)``; one element renders as ``(a,)``."""

    items: tuple[Expr, ...]


@dataclass(frozen=True)
class Keyword:
    """``name=value`` inside a call."""

    name: str
    value: Expr


Expr = str | Call | Tuple | Keyword


def flat(expr: Expr) -> str:
    """The one-line text of ``expr``."""
    if isinstance(expr, str):
        return expr
    if isinstance(expr, Keyword):
        return f"{expr.name}={flat(expr.value)}"
    if isinstance(expr, Call):
        return f"{expr.name}({', '.join(flat(a) for a in expr.args)})"
    if len(expr.items) == 1:
        return f"({flat(expr.items[0])},)"
    return f"({', '.join(flat(i) for i in expr.items)})"


def _exploded(expr: Expr) -> bool:
    if isinstance(expr, Call):
        return expr.explode
    if isinstance(expr, Tuple):
        return len(expr.items) > 1
    if isinstance(expr, Keyword):
        return _exploded(expr.value)
    return False


def render(expr: Expr, indent: int, prefix: str = "", suffix: str = "") -> list[str]:
    """Lines of ``prefix + expr + suffix`` starting at ``indent`` spaces."""
    pad = " " * indent
    one_line = f"{pad}{prefix}{flat(expr)}{suffix}"
    if not _exploded(expr) and len(one_line) <= LINE_LENGTH:
        return [one_line]
    if isinstance(expr, str):
        return [one_line]
    if isinstance(expr, Keyword):
        return render(expr.value, indent, f"{prefix}{expr.name}=", suffix)
    if isinstance(expr, Call):
        opener, items, closer = f"{expr.name}(", expr.args, ")"
    else:
        opener, items, closer = "(", expr.items, ")"
    inner = " " * (indent + 4)
    if not _exploded(expr) and not (isinstance(expr, Tuple) and len(items) == 1):
        hugged = f"{inner}{', '.join(flat(i) for i in items)}"
        if len(hugged) <= LINE_LENGTH and not any(_exploded(i) for i in items):
            return [f"{pad}{prefix}{opener}", hugged, f"{pad}{closer}{suffix}"]
    lines = [f"{pad}{prefix}{opener}"]
    for item in items:
        lines += render(item, indent + 4, "", ",")
    lines.append(f"{pad}{closer}{suffix}")
    return lines


def import_from(module: str, names: list[str], indent: int = 0) -> list[str]:
    """``from module import a, b`` on one line when it fits, else one name per line."""
    pad = " " * indent
    line = f"{pad}from {module} import {', '.join(names)}"
    if len(line) <= LINE_LENGTH:
        return [line]
    return [f"{pad}from {module} import (", *[f"{pad}    {n}," for n in names], f"{pad})"]
