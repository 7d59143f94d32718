"""Rendering the operation table (re-exported as ``opay.operations``): one
:class:`opay.operation.Operation` per operation."""

from __future__ import annotations

import json

from codegen.naming import constant_name
from codegen.pyformat import Call, Expr, Keyword, Tuple, render
from codegen.spec import ApiSpec, OperationSpec, PathParamSpec, QueryParamSpec


def _q(text: str) -> str:
    """A double-quoted string literal."""
    return json.dumps(text)


def _path_param(param: PathParamSpec) -> Call:
    args: list[Expr] = [_q(param.name), _q(param.python_name)]
    if param.type != "string":
        args.append(Keyword("type", _q(param.type)))
    if param.bound_by is not None:
        args.append(Keyword("bound_by", _q(param.bound_by)))
    return Call("PathParam", tuple(args))


def _query_param(param: QueryParamSpec) -> Call:
    args: list[Expr] = [_q(param.name), _q(param.python_name), _q(param.type)]
    if param.item_type is not None:
        args.append(Keyword("item_type", _q(param.item_type)))
    if param.serialization:
        pairs = tuple(Tuple((_q(k), _q(v))) for k, v in param.serialization)
        args.append(Keyword("serialization", Tuple(pairs)))
    if param.deprecated:
        args.append(Keyword("deprecated", "True"))
    return Call("QueryParam", tuple(args))


def _operation(op: OperationSpec) -> Call:
    args: list[Expr] = [
        Keyword("operation_id", _q(op.operation_id)),
        Keyword("tag", _q(op.tag)),
        Keyword("method", _q(op.method)),
        Keyword("path", _q(op.path)),
    ]
    if op.path_params:
        args.append(Keyword("path_params", Tuple(tuple(_path_param(p) for p in op.path_params))))
    if op.query_class is not None:
        args.append(Keyword("query_class", _q(op.query_class)))
    if op.query_params:
        params = tuple(_query_param(p) for p in op.query_params)
        args.append(Keyword("query_params", Tuple(params)))
    if op.body_model is not None:
        args.append(Keyword("body_model", _q(op.body_model)))
    if op.response_model is not None:
        args.append(Keyword("response_model", _q(op.response_model)))
    args.append(Keyword("error_model", _q(op.error_model)))
    if op.gzip_body:
        args.append(Keyword("gzip_body", "True"))
    if op.deprecated:
        args.append(Keyword("deprecated", "True"))
    if op.idempotent:
        args.append(Keyword("idempotent", "True"))
    if op.pagination is not None:
        pages = op.pagination
        fields: list[Expr] = [
            _q(pages.cursor_param),
            _q(pages.items),
            Tuple(tuple(_q(n) for n in pages.next_cursor)),
            Tuple(tuple(_q(n) for n in pages.has_more)),
        ]
        args.append(Keyword("pagination", Call("Pagination", tuple(fields))))
    return Call("Operation", tuple(args), explode=True)


def render_operations(api: ApiSpec) -> str:
    """The operation table module."""
    paged = ["Pagination"] if any(o.pagination for o in api.operations) else []
    lines = [
        '"""Every operation of the API: route, parameters, body, response and error models.',
        "",
        "``OPERATIONS`` maps each operation id to its :class:`~opay.operation.Operation`.",
        "The operations marked ``idempotent=True`` are those the platform deduplicates by",
        "``X-GCS-Idempotence-Key``; it ignores the key on every other one. Source:",
        api.idempotence.source,
        '"""',
        "",
        "from opay.operation import " + ", ".join(["Operation", *paged, "PathParam", "QueryParam"]),
        "",
        "# The platform's limit on the length of an idempotence key (printable ASCII only).",
        f"IDEMPOTENCE_KEY_MAX_LENGTH = {api.idempotence.key_max_length}",
        "# How long the platform keeps an idempotence key at least, in seconds.",
        f"IDEMPOTENCE_RETENTION_SECONDS = {api.idempotence.retention_seconds}",
    ]
    ordered = sorted(api.operations, key=lambda o: o.operation_id)
    for op in ordered:
        lines += ["", *render(_operation(op), 0, f"{constant_name(op.operation_id)} = ")]
    lines += ["", "OPERATIONS: dict[str, Operation] = {"]
    lines += [f'    "{op.operation_id}": {constant_name(op.operation_id)},' for op in ordered]
    lines.append("}")
    return "\n".join(lines) + "\n"
