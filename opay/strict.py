"""Strict requests: a dictionary turned into a request must use only the properties its model
defines, so a misspelled or snake_case key (``paymentProductID``, ``amount_of_money``) is
caught before it is sent instead of being carried along unseen.

Responses stay lenient: properties a newer API version added are kept (see
:class:`opay.model.Model`). ``from_dictionary(data, strict=False)`` is lenient too.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

from opay.exceptions import MarshallingError
from opay.model import Model


class UnknownPropertyError(MarshallingError):
    """A dictionary given as a request holds a key its model does not define.

    ``problems`` lists each key as ``"<JSON path>: unknown property"`` with the closest known
    name when there is one (``"$.order.amount_of_money: unknown property of Order (did you
    mean `amountOfMoney`?)"``); ``paths`` lists the JSON paths alone.
    """

    def __init__(self, model: str, problems: list[str], paths: list[str]) -> None:
        shown = "; ".join(problems)
        super().__init__(
            f"{model} has no such property: {shown}. Pass strict=False to from_dictionary to "
            "keep properties this version of opay does not know",
            model=model,
            problems=problems,
        )
        self.paths = paths


# For each model class: JSON name -> the model class its value holds (directly or in a list),
# or None for a scalar.
_children_cache: dict[type, dict[str, type[Model] | None]] = {}


def _model_in(annotation: Any) -> type[Model] | None:
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
        return None
    if origin is list:
        (item,) = typing.get_args(annotation)
        return _model_in(item)
    if isinstance(annotation, type) and issubclass(annotation, Model):
        return annotation
    return None


def _children(cl: type[Model]) -> dict[str, type[Model] | None]:
    children = _children_cache.get(cl)
    if children is None:
        fields = attrs.fields_dict(cl)
        children = {
            json_name: _model_in(fields[python_name].type)
            for python_name, json_name in cl._json_names.items()
        }
        _children_cache[cl] = children
    return children


def _normalised(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


def closest_name(key: str, known: list[str]) -> str | None:
    """The known property ``key`` most likely meant: the same name but for case and
    underscores, else the closest spelling, else None."""
    wanted = _normalised(key)
    for name in known:
        if _normalised(name) == wanted:
            return name
    import difflib  # only for the message of an error

    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return close[0] if close else None


def _walk(
    cl: type[Model], data: Mapping[str, Any], path: str, found: list[tuple[str, str]]
) -> None:
    children = _children(cl)
    for key, value in data.items():
        where = f"{path}.{key}"
        if key not in children:
            hint = closest_name(str(key), list(children))
            suffix = f" (did you mean `{hint}`?)" if hint else ""
            found.append((where, f"{where}: unknown property of {cl.__name__}{suffix}"))
            continue
        child = children[key]
        if child is None:
            continue
        if isinstance(value, Mapping):
            _walk(child, value, where, found)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, Mapping):
                    _walk(child, item, f"{where}[{index}]", found)


_request_models: frozenset[type] | None = None


def is_request_model(cl: type[Model]) -> bool:
    """Whether ``cl`` is a request body model or a model one holds (at any depth)."""
    global _request_models
    if _request_models is None:
        import opay.models
        from opay.operations import OPERATIONS

        seen: set[type] = set()
        todo: list[type[Model]] = [
            getattr(opay.models, op.body_model)
            for op in OPERATIONS.values()
            if op.body_model is not None
        ]
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.add(current)
                todo.extend(child for child in _children(current).values() if child is not None)
        _request_models = frozenset(seen)
    return cl in _request_models


def check_known_properties(cl: type[Model], data: Mapping[str, Any]) -> None:
    """Raise :class:`UnknownPropertyError` if ``data`` (at any depth) holds a key that
    ``cl`` does not define. Models nested in ``data`` are not looked into: they can only
    hold what their class defines, or what a lenient ``from_dictionary`` let through."""
    if not isinstance(data, Mapping):
        return  # the reader reports the wrong type itself
    found: list[tuple[str, str]] = []
    _walk(cl, data, "$", found)
    if found:
        raise UnknownPropertyError(
            cl.__name__, [problem for _, problem in found], [path for path, _ in found]
        )
