"""A griffe extension for the documentation site: the Sphinx roles opay's docstrings use
(``:class:`Client```, ``:func:`~opay.request.build_request```) become links to the API
reference where the object is documented there, and plain code otherwise."""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|func|meth|mod|data|attr|exc|obj):`(~?)([\w.]+)`")


def _identifier(obj: griffe.Object, name: str) -> str:
    """The full path of ``name`` as seen from ``obj`` (unchanged when it cannot be resolved)."""
    if "." in name and name.split(".", 1)[0] in ("opay", "opay_transports"):
        return name
    first, _, rest = name.partition(".")
    for scope in (obj, obj.parent):
        if scope is None:
            continue
        try:
            resolved = scope.resolve(first)
        except (griffe.NameResolutionError, AttributeError):
            continue
        return f"{resolved}.{rest}" if rest else resolved
    return name


def rewrite(obj: griffe.Object, text: str) -> str:
    """``text`` with every role replaced by an optional cross-reference."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(2)
        shown = name.rsplit(".", 1)[-1] if match.group(1) else name
        target = _identifier(obj, name)
        return f'<autoref identifier="{target}" optional><code>{shown}</code></autoref>'

    return _ROLE.sub(replace, text)


class SphinxRoles(griffe.Extension):
    """Rewrites the roles of every docstring once the package is loaded."""

    def on_object(self, *, obj: griffe.Object, loader: griffe.GriffeLoader, **kwargs: Any) -> None:
        if obj.is_alias or obj.docstring is None:
            return
        obj.docstring.value = rewrite(obj, obj.docstring.value)
