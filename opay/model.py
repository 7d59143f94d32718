"""The base class of every generated model: attrs slots, the platform SDK's dictionary style, and
room for JSON properties this version of opay does not know yet."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Protocol, TypeVar

import attrs

_M = TypeVar("_M", bound="Model")
_M_co = TypeVar("_M_co", bound="Model", covariant=True)


class _Builder(Protocol[_M_co]):
    def __call__(self, data: Mapping[str, Any], *, strict: bool | None = None) -> _M_co: ...


class _FromDictionary:
    """``from_dictionary``: on the class it builds a new model from a JSON-style dict; on an
    instance it sets the properties present in the dict (the platform SDK's style) and
    returns the instance. Frozen models cannot change, so on them it returns a new model.

    On a request model (a request body, or a model a request body holds), a key the model
    does not define, at any depth, raises :class:`~opay.strict.UnknownPropertyError` naming
    its JSON path and the closest known name; ``strict=False`` keeps such keys instead
    (properties a newer API version added). Response models keep unknown keys unless
    ``strict=True`` is given."""

    def __get__(self, instance: _M | None, owner: type[_M]) -> _Builder[_M]:
        from opay.marshal import from_dict
        from opay.strict import check_known_properties, is_request_model

        def build(data: Mapping[str, Any], *, strict: bool | None = None) -> _M:
            if strict or (strict is None and is_request_model(owner)):
                check_known_properties(owner, data)
            parsed = from_dict(owner, data)
            return parsed if instance is None else _populate(instance, parsed, data)

        return build


def _populate(target: _M, parsed: _M, data: Mapping[str, Any]) -> _M:
    try:
        for python_name, json_name in type(target)._json_names.items():
            if json_name in data:
                setattr(target, python_name, getattr(parsed, python_name))
        if parsed._unknown:
            target._unknown = {**(target._unknown or {}), **parsed._unknown}
    except attrs.exceptions.FrozenInstanceError:
        return parsed
    return target


_repr_state = threading.local()


def _scrubbed_repr(inner: Callable[[Any], str]) -> Callable[[Any], str]:
    """``inner`` (the ``__repr__`` attrs wrote), with what the outermost model's text holds
    scrubbed: sensitive fields are obfuscated by their own ``repr``, and this hides card
    numbers and echoed values in free text (an error message) too."""

    def __repr__(self: Any) -> str:
        depth: int = getattr(_repr_state, "depth", 0)
        _repr_state.depth = depth + 1
        try:
            text = inner(self)
        finally:
            _repr_state.depth = depth
        if depth:
            return text
        from opay.obfuscation import DEFAULT_BODY_OBFUSCATOR

        return DEFAULT_BODY_OBFUSCATOR.scrub_message(text)

    __repr__.__wrapped__ = inner  # type: ignore[attr-defined]
    return __repr__


@attrs.define(kw_only=True, slots=True)
class Model:
    """Base of the API models: keyword construction, ``to_dictionary()``/``from_dictionary()``.

    JSON properties the model does not define are kept (not shown in ``repr`` and not compared)
    and written back by ``to_dictionary()``, so a read-modify-write never drops them.
    """

    _unknown: dict[str, Any] | None = attrs.field(default=None, init=False, repr=False, eq=False)

    # Python attribute name -> JSON property name, written by the generator for each model.
    _json_names: ClassVar[Mapping[str, str]] = {}

    from_dictionary = _FromDictionary()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        inner = cls.__dict__.get("__repr__")
        if inner is not None and not hasattr(inner, "__wrapped__"):
            cls.__repr__ = _scrubbed_repr(inner)  # type: ignore[method-assign]

    def to_dictionary(self) -> dict[str, Any]:
        """The JSON-style dict of this model (camelCase names, None values left out)."""
        from opay.marshal import to_dict

        return to_dict(self)
