"""JSON <-> model conversion: one cattrs converter, configured once for every model.

The JSON names come from each model's ``_json_names`` (written by the generator from the API
description), never from re-deriving camelCase. ``None`` values are left out of the output;
date-times are written as ISO 8601 with milliseconds and a numeric offset
(``2024-01-02T03:04:05.678+00:00``, naive values are taken as UTC) and read with ``Z`` or any
offset and any number of fraction digits; dates are ``YYYY-MM-DD``. JSON properties a model
does not define are kept on the instance and written back. A document that does not fit its
model raises :class:`opay.exceptions.MarshallingError` naming the model and the JSON path.

Speed: each model's hooks first run code compiled for that model (:mod:`opay.model_code`) and
fall back to the detailed cattrs path only when it meets anything unusual, so results and errors
are always the detailed path's. JSON is encoded and decoded with orjson when it is installed
(the ``fast`` extra), else with the standard library; wherever the two could differ (integers
beyond 64 bits, NaN, other encodings, invalid documents, values JSON cannot hold) the standard
library decides.

Public functions: :func:`to_dict`, :func:`from_dict`, :func:`to_json_bytes`,
:func:`from_json_bytes`.
"""

from __future__ import annotations

import datetime
import json
import re
import types
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any, TypeVar, Union, get_args, get_origin

from cattrs import Converter
from cattrs.errors import (
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from opay.exceptions import MarshallingError
from opay.model import Model
from opay.model_code import fast_structure, fast_unstructure

try:  # the faster JSON codec, when installed (the "fast" extra)
    import orjson
except ImportError:  # pragma: no cover - depends on the environment
    orjson = None  # type: ignore[assignment]

_orjson = orjson  # None: the standard library's json does all the work

__all__ = [
    "converter",
    "format_date_time",
    "from_dict",
    "from_json_bytes",
    "parse_date",
    "parse_date_time",
    "to_dict",
    "to_json_bytes",
]

M = TypeVar("M", bound=Model)


class _WrongType(TypeError):
    """A JSON value of the wrong kind; the message says what was expected (never the value)."""

    def __init__(self, expected: str, value: object) -> None:
        super().__init__(f"expected {expected}, got {_kind(value)}")


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, str):
        return "string"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, list):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


# ---------------------------------------------------------------------------------------------
# Date-times and dates


_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?"
    r"(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?"
)
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@lru_cache(maxsize=64)
def _offset(sign: str, hours: int, minutes: int) -> datetime.tzinfo:
    if hours == 0 and minutes == 0:
        return datetime.timezone.utc
    delta = datetime.timedelta(hours=hours, minutes=minutes)
    return datetime.timezone(-delta if sign == "-" else delta)


def parse_date_time(text: str) -> datetime.datetime:
    """Read an ISO 8601 date-time: ``Z`` or ``±HH:MM``/``±HHMM``/``±HH`` offsets, any number of
    fraction digits (beyond microseconds they are cut off); without an offset it is UTC."""
    match = _DATE_TIME.fullmatch(text)
    if match is None:
        raise ValueError("expected an ISO 8601 date-time")
    year, month, day, hour, minute, second, fraction, zulu, sign, off_h, off_m = match.groups()
    tz = datetime.timezone.utc if zulu or not sign else _offset(sign, int(off_h), int(off_m or 0))
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    try:
        return datetime.datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0), micro, tz
        )
    except ValueError:
        raise ValueError("expected an ISO 8601 date-time (a field is out of range)") from None


def format_date_time(value: datetime.datetime) -> str:
    """``2024-01-02T03:04:05.678+00:00``: milliseconds and a numeric offset (naive = UTC)."""
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=datetime.timezone.utc)
    return value.isoformat(timespec="milliseconds")


def parse_date(text: str) -> datetime.date:
    """Read a ``YYYY-MM-DD`` date (a full date-time is accepted too: its date is kept)."""
    match = _DATE.fullmatch(text)
    if match is None:
        if _DATE_TIME.fullmatch(text):
            return parse_date_time(text).date()
        raise ValueError("expected a date as YYYY-MM-DD")
    try:
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise ValueError("expected a date as YYYY-MM-DD (a field is out of range)") from None


# ---------------------------------------------------------------------------------------------
# Strict scalar hooks: JSON values are never coerced (no "12" -> 12, no "false" -> True).


def _structure_str(value: object, _: type) -> str:
    if isinstance(value, str):
        return value
    raise _WrongType("a string", value)


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise _WrongType("an integer", value)


def _structure_float(value: object, _: type) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise _WrongType("a number", value)


def _structure_bool(value: object, _: type) -> bool:
    if isinstance(value, bool):
        return value
    raise _WrongType("a boolean", value)


def _structure_date_time(value: object, _: type) -> datetime.datetime:
    if isinstance(value, str):
        return parse_date_time(value)
    raise _WrongType("an ISO 8601 date-time string", value)


def _structure_date(value: object, _: type) -> datetime.date:
    if isinstance(value, str):
        return parse_date(value)
    raise _WrongType("a YYYY-MM-DD date string", value)


def _unstructure_date(value: datetime.date) -> str:
    return value.isoformat()


# ---------------------------------------------------------------------------------------------
# The converter

converter = Converter(omit_if_default=True, detailed_validation=True, forbid_extra_keys=False)
"""The one converter of opay's models (use the functions below rather than this directly)."""

converter.register_structure_hook(str, _structure_str)
converter.register_structure_hook(int, _structure_int)
converter.register_structure_hook(float, _structure_float)
converter.register_structure_hook(bool, _structure_bool)
converter.register_structure_hook(datetime.datetime, _structure_date_time)
converter.register_structure_hook(datetime.date, _structure_date)
converter.register_unstructure_hook(datetime.datetime, format_date_time)
converter.register_unstructure_hook(datetime.date, _unstructure_date)


def _is_list(cl: Any) -> bool:
    return get_origin(cl) is list


def _list_structure_factory(cl: Any) -> Callable[[Any, Any], list[Any]]:
    (item_type,) = get_args(cl)
    handler = converter.get_structure_hook(item_type)

    def structure(value: Any, _: Any) -> list[Any]:
        if not isinstance(value, list):
            raise _WrongType("an array", value)
        result = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                result.append(handler(item, item_type))
            except Exception as exc:
                note = IterableValidationNote(f"Structuring {cl} @ index {index}", index, item_type)
                exc.__notes__ = [*getattr(exc, "__notes__", []), note]  # type: ignore[attr-defined]
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {cl!r}", errors, cl)
        return result

    return structure


def _is_optional(cl: Any) -> bool:
    args = get_args(cl)
    return get_origin(cl) in (Union, types.UnionType) and len(args) == 2 and type(None) in args


def _optional_structure_factory(cl: Any) -> Callable[[Any, Any], Any]:
    (inner,) = [arg for arg in get_args(cl) if arg is not type(None)]
    handler = converter.get_structure_hook(inner)

    def structure(value: Any, _: Any) -> Any:
        return None if value is None else handler(value, inner)

    return structure


def _is_model(cl: Any) -> bool:
    # get_origin: on Python 3.10, list[X] passes isinstance(..., type).
    return isinstance(cl, type) and get_origin(cl) is None and issubclass(cl, Model)


def _renames(cl: type[Model]) -> dict[str, Any]:
    renames: dict[str, Any] = {name: override(rename=key) for name, key in cl._json_names.items()}
    renames["_unknown"] = override(omit=True)
    return renames


# Each model's detailed functions (the reference the fast code must agree with).
_detailed_structure: dict[type, Callable[[Any, Any], Any]] = {}
_detailed_unstructure: dict[type, Callable[[Any], dict[str, Any]]] = {}


def _model_structure_factory(cl: type[M]) -> Callable[[Any, Any], M]:
    known = frozenset(cl._json_names.values())
    set_unknown = object.__setattr__  # also on frozen models
    built: list[Callable[[Any, Any], M]] = []  # cattrs' function, made when first needed

    def detailed(data: Any, _: Any) -> M:
        if not isinstance(data, Mapping):
            raise _WrongType("an object", data)
        if not built:
            built.append(make_dict_structure_fn(cl, converter, **_renames(cl)))
        instance = built[0](data, cl)
        if not known.issuperset(data):
            set_unknown(instance, "_unknown", {k: v for k, v in data.items() if k not in known})
        return instance

    _detailed_structure[cl] = detailed
    fast = fast_structure(cl, converter.get_structure_hook)

    def structure(data: Any, _: Any) -> M:
        try:
            return fast(data)  # type: ignore[no-any-return]
        except Exception:
            return detailed(data, _)  # the same model, or the precise error

    return structure


def _model_unstructure_factory(cl: type[Model]) -> Callable[[Any], dict[str, Any]]:
    built: list[Callable[[Any], dict[str, Any]]] = []  # cattrs' function, made when first needed

    def detailed(instance: Any) -> dict[str, Any]:
        if not built:
            built.append(
                make_dict_unstructure_fn(
                    cl, converter, _cattrs_omit_if_default=True, **_renames(cl)
                )
            )
        result: dict[str, Any] = built[0](instance)
        unknown = instance._unknown
        if unknown:
            for key, value in unknown.items():
                result.setdefault(key, value)
        return result

    _detailed_unstructure[cl] = detailed
    fast = fast_unstructure(cl, converter.get_unstructure_hook)

    def unstructure(instance: Any) -> dict[str, Any]:
        try:
            return fast(instance)
        except Exception:
            return detailed(instance)  # the same dict, or the precise error

    return unstructure


converter.register_structure_hook_factory(_is_optional, _optional_structure_factory)
converter.register_structure_hook_factory(_is_list, _list_structure_factory)
converter.register_structure_hook_factory(_is_model, _model_structure_factory)
converter.register_unstructure_hook_factory(_is_model, _model_unstructure_factory)


# ---------------------------------------------------------------------------------------------
# Errors


def _problems(exc: BaseException, path: str) -> list[str]:
    if isinstance(exc, ClassValidationError):
        cl = exc.cl
        names: Mapping[str, str] = cl._json_names if issubclass(cl, Model) else {}
        with_notes, without = exc.group_exceptions()
        found = []
        for sub, note in with_notes:
            found.extend(_problems(sub, f"{path}.{names.get(note.name, note.name)}"))
        for sub in without:
            found.extend(_problems(sub, path))
        return found
    if isinstance(exc, IterableValidationError):
        with_index, without = exc.group_exceptions()
        found = []
        for sub, index_note in with_index:
            found.extend(_problems(sub, f"{path}[{index_note.index}]"))
        for sub in without:
            found.extend(_problems(sub, path))
        return found
    if isinstance(exc, KeyError):
        return [f"{path}: required property missing"]
    if isinstance(exc, _WrongType | ValueError):
        return [f"{path}: {exc}"]
    return [f"{path}: {type(exc).__name__}: {exc}"]


def _read_error(cl: type[Model], exc: BaseException) -> MarshallingError:
    problems = _problems(exc, "$")
    message = f"cannot read {cl.__name__} from JSON: " + "; ".join(problems)
    return MarshallingError(message, model=cl.__name__, problems=problems)


# ---------------------------------------------------------------------------------------------
# Public functions


class _Reader:
    """Builds one model class from decoded JSON: its compiled fast function first, the
    detailed path (the same result, or the precise error) when that gives up."""

    __slots__ = ("cl", "detailed", "fast")

    def __init__(self, cl: type[Model]) -> None:
        self.cl = cl
        hook = converter.get_structure_hook(cl)  # made by the factory above, once per class
        # Straight to the detailed function: the hook would run the fast one again first.
        self.detailed = _detailed_structure.get(cl, hook)
        self.fast = fast_structure(cl, converter.get_structure_hook)

    def __call__(self, data: Any) -> Any:
        try:
            return self.fast(data)
        except Exception:
            pass
        try:
            return self.detailed(data, self.cl)
        except Exception as exc:
            raise _read_error(self.cl, exc) from exc


_readers: dict[type, _Reader] = {}


def _reader(cl: type[Model]) -> _Reader:
    reader = _readers.get(cl)
    if reader is None:
        if not _is_model(cl):
            raise TypeError(f"expected a model class, got {cl!r}")
        reader = _readers[cl] = _Reader(cl)
    return reader


def from_dict(cl: type[M], data: Mapping[str, Any]) -> M:
    """Build a ``cl`` model from a decoded JSON object. Unknown properties are kept."""
    result: M = (_readers.get(cl) or _reader(cl))(data)
    return result


def from_json_bytes(cl: type[M], data: bytes | str) -> M:
    """Build a ``cl`` model from a JSON document (UTF-8 bytes or text)."""
    reader = _readers.get(cl) or _reader(cl)
    try:
        decoded = _loads(data)
    except ValueError as exc:
        problem = (
            f"$: not valid JSON ({exc.__class__.__name__} at position {getattr(exc, 'pos', '?')})"
        )
        raise MarshallingError(
            f"cannot read {cl.__name__} from JSON: {problem}", model=cl.__name__, problems=[problem]
        ) from exc
    result: M = reader(decoded)
    return result


def to_dict(obj: Model | Mapping[str, Any]) -> dict[str, Any]:
    """The JSON-style dict of a model. A plain mapping is passed through unchanged (after
    checking that it can be written as JSON)."""
    if isinstance(obj, Model):
        try:
            result: dict[str, Any] = converter.unstructure(obj)
        except Exception as exc:
            raise _write_error(obj, exc) from exc
        return result
    if isinstance(obj, Mapping):
        _dumps(obj)
        return obj if isinstance(obj, dict) else dict(obj)
    raise MarshallingError(
        f"expected a model or a mapping, got {type(obj).__name__}", model=type(obj).__name__
    )


def to_json_bytes(obj: object) -> bytes:
    """Compact UTF-8 JSON of a model or of a plain mapping (which may hold models); anything
    else raises :class:`~opay.exceptions.MarshallingError`."""
    if isinstance(obj, Model):
        name = type(obj).__name__
        try:
            plain = fast_unstructure(type(obj), converter.get_unstructure_hook)(obj)
        except Exception:
            return _dumps(to_dict(obj), name)  # the detailed path, and its errors
        if _orjson is not None:
            try:
                return _orjson.dumps(plain)
            except _orjson.JSONEncodeError:
                pass  # e.g. an integer beyond 64 bits: the standard library writes it
        return _dumps(plain, name)
    if isinstance(obj, Mapping):
        return _dumps(obj)
    raise MarshallingError(
        f"expected a model or a mapping, got {type(obj).__name__}", model=type(obj).__name__
    )


# Bytes that are digits map to "0", all others to " ": a run of 19 zeros marks a number that
# may not fit in 64 bits, which orjson would read as a float (the standard library: an int).
_DIGIT_RUNS = bytes(48 if 48 <= i <= 57 else 32 for i in range(256))
_LONG_NUMBER = b"0" * 19


def _loads(data: bytes | str) -> Any:
    """Decode JSON: with orjson when installed and the document is plain UTF-8 bytes without
    numbers of 19 digits or more, else (or when orjson refuses it) with the standard library,
    so results and errors are always the standard library's."""
    if (
        _orjson is not None
        and type(data) is bytes
        and _LONG_NUMBER not in data.translate(_DIGIT_RUNS)
    ):
        try:
            return _orjson.loads(data)
        except _orjson.JSONDecodeError:
            pass  # NaN, lone surrogates, other encodings, errors: as the standard library says
    return json.loads(data)


def _json_default(value: Any) -> Any:
    if isinstance(value, Model):
        return to_dict(value)
    if isinstance(value, datetime.datetime):
        return format_date_time(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"a {type(value).__name__} cannot be written as JSON")


# Compact, UTF-8 (non-ASCII kept), no NaN; made once (json.dumps would make one per call).
_ENCODER = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_json_default
)


def _dumps(data: Any, name: str | None = None) -> bytes:
    try:
        text = _ENCODER.encode(data)
    except (TypeError, ValueError) as exc:
        name = name or type(data).__name__
        raise MarshallingError(f"cannot write {name} as JSON: {exc}", model=name) from exc
    return text.encode("utf-8")


def _write_error(obj: Any, exc: BaseException) -> MarshallingError:
    name = type(obj).__name__
    return MarshallingError(f"cannot write {name} as JSON: {exc}", model=name)
