"""``opay call <resource>.<operation>``: the arguments of one API call, read from the command
line and checked against the operation table before anything is sent."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import IO, Any

from opay.exceptions import MarshallingError
from opay.operation import Operation, QueryParam
from opay.operations import OPERATIONS


class UsageError(Exception):
    """The command line does not describe a valid call; the message says what is wrong."""


def resources() -> dict[str, list[Operation]]:
    """Each resource (``payments``, ``hosted_checkout``, …) with its operations, sorted."""
    grouped: dict[str, list[Operation]] = {}
    for operation in OPERATIONS.values():
        grouped.setdefault(operation.tag, []).append(operation)
    return {
        tag: sorted(ops, key=lambda op: op.operation_id) for tag, ops in sorted(grouped.items())
    }


def path_ids(operation: Operation) -> list[str]:
    """The Python names of the path parameters given on the command line (all but the
    merchant id)."""
    return [p.python_name for p in operation.path_params if p.bound_by != "merchant"]


def usage_line(operation: Operation) -> str:
    """``payments.capture_payment PAYMENT_ID --body …`` for the operation list."""
    parts = [f"{operation.tag}.{operation.operation_id}"]
    parts += [name.upper() for name in path_ids(operation)]
    if operation.body_model is not None:
        parts.append(f"--body {operation.body_model}")
    if operation.query_class is not None:
        parts.append("[--param k=v ...]")
    return " ".join(parts)


def find_operation(target: str) -> Operation:
    """The operation named ``resource.operation`` (``payments.create_payment``)."""
    by_resource = resources()
    resource, dot, name = target.partition(".")
    if not dot or not name:
        raise UsageError(
            f"{target!r} is not <resource>.<operation>, e.g. payments.create_payment "
            "(`opay operations` lists them all)"
        )
    if resource not in by_resource:
        raise UsageError(f"unknown resource {resource!r}; resources: {', '.join(by_resource)}")
    for operation in by_resource[resource]:
        if operation.operation_id == name:
            return operation
    names = ", ".join(op.operation_id for op in by_resource[resource])
    raise UsageError(f"{resource} has no operation {name!r}; its operations: {names}")


def path_values(operation: Operation, merchant_id: str, ids: Sequence[str]) -> dict[str, object]:
    """The path values of a call: the merchant id and ``ids`` in the order of the path."""
    wanted = [p for p in operation.path_params if p.bound_by != "merchant"]
    if len(ids) != len(wanted):
        names = " ".join(p.python_name.upper() for p in wanted) or "none"
        raise UsageError(
            f"{operation.tag}.{operation.operation_id} takes {len(wanted)} path id(s) "
            f"({names}), got {len(ids)}"
        )
    values: dict[str, object] = {}
    for param in operation.path_params:
        if param.bound_by == "merchant":
            values[param.name] = merchant_id
    for param, text in zip(wanted, ids, strict=True):
        if param.type == "integer":
            try:
                values[param.name] = int(text)
            except ValueError:
                raise UsageError(f"{param.python_name} must be an integer, got {text!r}") from None
        else:
            values[param.name] = text
    return values


def read_json_argument(value: str, stdin: IO[str]) -> Any:
    """The JSON of ``--body``: ``@file.json``, ``-`` for standard input, or the JSON text."""
    if value == "-":
        text, source = stdin.read(), "standard input"
    elif value.startswith("@"):
        path = value[1:]
        try:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
        except OSError as exc:
            raise UsageError(f"cannot read --body file {path}: {exc.strerror or exc}") from None
        source = path
    else:
        text, source = value, "--body"
    try:
        return json.loads(text)
    except ValueError as exc:
        raise UsageError(f"{source} is not valid JSON: {exc}") from None


def request_body(operation: Operation, body: str | None, stdin: IO[str] | None = None) -> Any:
    """The request model of a call built from ``--body`` (None for an operation without one)."""
    name = f"{operation.tag}.{operation.operation_id}"
    if operation.body_model is None:
        if body is not None:
            raise UsageError(f"{name} takes no request body (--body)")
        return None
    if body is None:
        raise UsageError(
            f"{name} needs a request body: --body @file.json, --body - (standard input) "
            f"or --body '{{...}}' with a {operation.body_model} in JSON"
        )
    data = read_json_argument(body, stdin if stdin is not None else sys.stdin)
    if not isinstance(data, dict):
        raise UsageError(
            f"the request body must be a JSON object ({operation.body_model}), "
            f"not a JSON {type(data).__name__}"
        )
    import opay.models

    model: Any = getattr(opay.models, operation.body_model)
    try:
        return model.from_dictionary(data)
    except MarshallingError as exc:
        problems = "; ".join(exc.problems) or str(exc)
        raise UsageError(
            f"the request body is not a valid {operation.body_model}: {problems}"
        ) from None


_BOOLEANS = {"true": True, "false": False}


def _scalar(param: QueryParam, kind: str, text: str) -> object:
    if kind == "integer":
        try:
            return int(text)
        except ValueError:
            raise UsageError(f"--param {param.name} must be an integer, got {text!r}") from None
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            raise UsageError(f"--param {param.name} must be a number, got {text!r}") from None
    if kind == "boolean":
        value = _BOOLEANS.get(text.lower())
        if value is None:
            raise UsageError(f"--param {param.name} must be true or false, got {text!r}")
        return value
    return text


def query(operation: Operation, params: Sequence[str]) -> Any:
    """The query-parameter object of a call from ``--param name=value`` (JSON or Python
    names; a list parameter may be repeated). None when no parameter is given."""
    name = f"{operation.tag}.{operation.operation_id}"
    if operation.query_class is None:
        if params:
            raise UsageError(f"{name} takes no query parameters (--param)")
        return None
    known: dict[str, QueryParam] = {}
    for param in operation.query_params:
        known[param.name] = param
        known[param.python_name] = param
    values: dict[str, Any] = {}
    for item in params:
        key, eq, text = item.partition("=")
        if not eq:
            raise UsageError(f"--param {item!r} is not name=value")
        found = known.get(key.strip())
        if found is None:
            listed = ", ".join(p.name for p in operation.query_params)
            raise UsageError(f"{name} has no query parameter {key!r}; it has: {listed}")
        param = found
        if param.type == "array":
            values.setdefault(param.python_name, []).append(
                _scalar(param, param.item_type or "string", text)
            )
        elif param.python_name in values:
            raise UsageError(f"--param {param.name} is given twice")
        else:
            values[param.python_name] = _scalar(param, param.type, text)
    if not values:
        return None
    import opay.models

    query_class: Any = getattr(opay.models, operation.query_class)
    return query_class(**values)
