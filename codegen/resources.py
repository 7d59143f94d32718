"""Rendering the resource clients (re-exported as ``opay.resources`` and
``opay.async_resources``)."""

from __future__ import annotations

from codegen.models import LINE_LENGTH, natural_key
from codegen.naming import (
    GENERATED_PACKAGE,
    OPERATION_TABLE_MODULE,
    SCHEMAS_PACKAGE,
    constant_name,
    tag_class_name,
)
from codegen.spec import ApiSpec, OperationSpec

_PY_TYPES = {"string": "str", "integer": "int"}


def _method(op: OperationSpec, asynchronous: bool) -> list[str]:
    params = ["self"]
    path_values = []
    for param in op.path_params:
        if param.bound_by == "merchant":
            path_values.append(f'"{param.name}": self._merchant_id')
            continue
        if param.type not in _PY_TYPES:
            raise ValueError(f"{op.operation_id}: unsupported path parameter type {param.type}")
        params.append(f"{param.python_name}: {_PY_TYPES[param.type]}")
        path_values.append(f'"{param.name}": {param.python_name}')
    if op.body_model is not None:
        params.append(f"body: {op.body_model} | Mapping[str, Any]")
    if op.query_class is not None:
        params.append(f"query: {op.query_class} | None = None")
    params.append("context: CallContext | None = None")
    returns = op.response_model or "None"
    what = op.response_model or "nothing"
    keyword = "async def" if asynchronous else "def"
    lines = [f"    {keyword} {op.operation_id}("]
    lines += [f"        {p}," for p in params]
    lines.append(f"    ) -> {returns}:")
    lines.append(f'        """{op.method} {op.path}: returns {what}"""')
    call = "await self._executor.execute(" if asynchronous else "self._executor.execute("
    values = "{" + ", ".join(path_values) + "}"
    indent = 20 if op.response_model is not None else 16
    if len(values) + indent + 1 > LINE_LENGTH:
        pad = " " * indent
        values = "{\n" + "".join(f"{pad}    {v},\n" for v in path_values) + pad + "}"
    arguments = [
        f"_op.{constant_name(op.operation_id)}",
        values,
        "body" if op.body_model is not None else "None",
        "query" if op.query_class is not None else "None",
        "context",
    ]
    if op.response_model is None:
        lines.append(f"        {call}")
        lines.append("            Call(")
        lines += [f"                {a}," for a in arguments]
        lines.append("            )")
        lines.append("        )")
    else:
        lines.append("        return cast(")
        lines.append(f'            "{op.response_model}",')
        lines.append(f"            {call}")
        lines.append("                Call(")
        lines += [f"                    {a}," for a in arguments]
        lines.append("                )")
        lines.append("            ),")
        lines.append("        )")
    return lines


def _iter_method(op: OperationSpec, asynchronous: bool) -> list[str]:
    """``iter_<operation_id>``: every item of a paged operation, following the cursor."""
    assert op.pagination is not None and op.query_class is not None
    params = [p.python_name for p in op.path_params if p.bound_by != "merchant"]
    typed = [f"{p.python_name}: {_PY_TYPES[p.type]}" for p in op.path_params if p.bound_by is None]
    iterator = "AsyncIterator" if asynchronous else "Iterator"
    helper = "iterate_async" if asynchronous else "iterate"
    args = ", ".join([*params, "page_query", "context"])
    return [
        f"    def iter_{op.operation_id}(",
        "        self,",
        *[f"        {p}," for p in typed],
        f"        query: {op.query_class} | None = None,",
        "        context: CallContext | None = None,",
        f"    ) -> {iterator}[{op.pagination.item_model}]:",
        f'        """Every item of :meth:`{op.operation_id}`, page after page: each page\'s',
        "        cursor is sent to get the next one, until the platform says there are no more.",
        '        ``query`` sets the first page\'s parameters (``limit`` applies to each page)."""',
        "",
        f"        {'async ' if asynchronous else ''}def page(page_query: {op.query_class}) -> Any:",
        f"            return {'await ' if asynchronous else ''}self.{op.operation_id}({args})",
        "",
        f"        return {helper}(page, _op.{constant_name(op.operation_id)}, query)",
    ]


def _model_names(api: ApiSpec) -> list[str]:
    names: set[str] = set()
    for op in api.operations:
        names.update(n for n in (op.body_model, op.response_model, op.query_class) if n)
        if op.pagination is not None:
            names.add(op.pagination.item_model)
    return sorted(names, key=natural_key)


def render_resources(api: ApiSpec, *, asynchronous: bool) -> str:
    """The module of resource clients, synchronous or asynchronous."""
    prefix = "Async" if asynchronous else ""
    executor = "AsyncExecutor" if asynchronous else "Executor"
    kind = "asynchronous" if asynchronous else "synchronous"
    lines = [
        f'"""The {kind} resource clients: one class per API group, one method per operation.',
        "",
        f"``{prefix}MerchantClient`` gives access to every group for one merchant; each method",
        "runs its operation through the executor it was created with.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        f"from collections.abc import {'AsyncIterator' if asynchronous else 'Iterator'}, Mapping",
        "from typing import TYPE_CHECKING, Any, cast",
        "",
        "from opay.call import Call",
        "from opay.context import CallContext",
        f"from {GENERATED_PACKAGE} import {OPERATION_TABLE_MODULE.rsplit('.', 1)[1]} as _op",
        f"from opay.operation import {executor}",
        f"from opay.pagination import {'iterate_async' if asynchronous else 'iterate'}",
        "",
        "if TYPE_CHECKING:",
        f"    from {SCHEMAS_PACKAGE} import (",
    ]
    lines += [f"        {name}," for name in _model_names(api)]
    lines += [
        "    )",
        "",
        "",
        f"class _{prefix}ResourceClient:",
        '    """What every resource client holds: the executor and the merchant id."""',
        "",
        '    __slots__ = ("_executor", "_merchant_id")',
        "",
        f"    def __init__(self, executor: {executor}, merchant_id: str) -> None:",
        "        self._executor = executor",
        "        self._merchant_id = merchant_id",
        "",
        "    @property",
        "    def merchant_id(self) -> str:",
        '        """The merchant (PSPID) whose operations this client runs."""',
        "        return self._merchant_id",
    ]
    for tag in api.tags:
        ops = sorted((o for o in api.operations if o.tag == tag), key=lambda o: o.operation_id)
        lines += [
            "",
            "",
            f"class {prefix}{tag_class_name(tag)}(_{prefix}ResourceClient):",
            f'    """The ``{tag}`` operations."""',
            "",
            "    __slots__ = ()",
        ]
        for op in ops:
            lines.append("")
            lines += _method(op, asynchronous)
            if op.pagination is not None:
                lines.append("")
                lines += _iter_method(op, asynchronous)
    lines += [
        "",
        "",
        f"class {prefix}MerchantClient(_{prefix}ResourceClient):",
        '    """Every group of operations of one merchant."""',
        "",
        "    __slots__ = ()",
    ]
    for tag in api.tags:
        cls = f"{prefix}{tag_class_name(tag)}"
        lines += [
            "",
            f"    def {tag}(self) -> {cls}:",
            f'        """The ``{tag}`` operations."""',
            f"        return {cls}(self._executor, self._merchant_id)",
        ]
    return "\n".join(lines) + "\n"
