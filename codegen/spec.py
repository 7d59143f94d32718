"""Reading the API description into the few plain values the renderers need."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.naming import snake_case

SCHEMA_PREFIX = "#/components/schemas/"


class SpecError(ValueError):
    """The API description uses something the generator does not support."""


@dataclass(frozen=True)
class FieldType:
    """The type of a property: a scalar kind, a model name, or a list of either."""

    kind: str  # "string", "integer", "boolean", "number", "date-time", "date", "model", "array"
    model: str | None = None
    item: FieldType | None = None


@dataclass(frozen=True)
class Field:
    """One property of a model (or one query parameter of a query-parameter class)."""

    json_name: str
    python_name: str
    type: FieldType
    required: bool = False  # a required constructor argument (immutable models only)
    deprecated: bool = False
    platform_required: bool = False  # the platform rejects a request without it
    constraints: tuple[str, ...] = ()  # the platform's documented limits, as text


@dataclass(frozen=True)
class ModelSpec:
    """A model class: an API schema or an operation's query-parameter class."""

    name: str
    fields: tuple[Field, ...]
    deprecated: bool = False
    frozen: bool = False
    query_class_of: str | None = None  # the operation id, for query-parameter classes

    @property
    def module(self) -> str:
        """The name of the module holding the class."""
        return snake_case(self.name)


@dataclass(frozen=True)
class PathParamSpec:
    """A path parameter of an operation."""

    name: str
    python_name: str
    type: str
    bound_by: str | None


@dataclass(frozen=True)
class QueryParamSpec:
    """A query parameter of an operation."""

    name: str
    python_name: str
    type: str
    item_type: str | None
    serialization: tuple[tuple[str, str], ...]
    deprecated: bool
    required: bool = False
    constraints: tuple[str, ...] = ()


@dataclass(frozen=True)
class PaginationSpec:
    """How an operation's answers page: the cursor query parameter, the list of items and
    where the next cursor and the has-more flag are (Python attribute paths)."""

    cursor_param: str
    items: str
    item_model: str
    next_cursor: tuple[str, ...]
    has_more: tuple[str, ...]


@dataclass(frozen=True)
class OperationSpec:
    """An operation: its route, parameters, body and response models."""

    operation_id: str
    tag: str
    method: str
    path: str
    path_params: tuple[PathParamSpec, ...]
    query_class: str | None
    query_params: tuple[QueryParamSpec, ...]
    body_model: str | None
    response_model: str | None
    error_model: str
    gzip_body: bool
    deprecated: bool
    idempotent: bool = False  # the platform deduplicates it by X-GCS-Idempotence-Key
    pagination: PaginationSpec | None = None


@dataclass(frozen=True)
class IdempotenceSpec:
    """The platform's rules for idempotence keys (``x-idempotence`` of the description)."""

    source: str
    key_max_length: int
    retention_seconds: int


@dataclass(frozen=True)
class ApiSpec:
    """Everything the generator reads from the API description."""

    models: tuple[ModelSpec, ...]
    operations: tuple[OperationSpec, ...]
    tags: tuple[str, ...]
    idempotence: IdempotenceSpec


def load_spec(path: Path) -> ApiSpec:
    """Read and check the API description at ``path``."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return parse_spec(raw)


def parse_spec(raw: dict[str, Any]) -> ApiSpec:
    """Turn the decoded API description into an :class:`ApiSpec`."""
    schemas: dict[str, Any] = raw["components"]["schemas"]
    models = [_schema_model(name, schema, schemas) for name, schema in schemas.items()]
    operations: list[OperationSpec] = []
    for path, methods in raw["paths"].items():
        for method, op in methods.items():
            operations.append(_operation(path, method, op, schemas))
    seen = {model.name for model in models}
    for op in operations:
        if op.query_class is None:
            continue
        if op.query_class in seen:
            raise SpecError(f"query class {op.query_class} of {op.operation_id} is defined twice")
        seen.add(op.query_class)
        models.append(_query_model(op, raw["paths"][op.path][op.method.lower()]))
    tags = tuple(tag["name"] for tag in raw.get("tags", []))
    for op in operations:
        if op.tag not in tags:
            raise SpecError(f"operation {op.operation_id} has the undeclared tag {op.tag!r}")
    ids = [op.operation_id for op in operations]
    if len(set(ids)) != len(ids):
        raise SpecError("operation ids are not unique")
    _check_acyclic(models)
    modules = [model.module for model in models]
    if len(set(modules)) != len(modules):
        raise SpecError("two models map to the same module name")
    by_name = {model.name: model for model in models}
    operations = [_with_pagination(op, raw, by_name) for op in operations]
    return ApiSpec(
        models=tuple(models),
        operations=tuple(operations),
        tags=tags,
        idempotence=_idempotence(raw, operations),
    )


def _attribute_path(
    models: dict[str, ModelSpec], start: str, dotted: str, where: str
) -> tuple[tuple[str, ...], Field]:
    """The Python attribute names along a dotted JSON path from model ``start``, and the
    property at its end."""
    current: ModelSpec | None = models[start]
    names: list[str] = []
    found: Field | None = None
    for step in dotted.split("."):
        if current is None:
            raise SpecError(f"{where}: {dotted!r} goes through a property that is not a model")
        found = next((f for f in current.fields if f.json_name == step), None)
        if found is None:
            raise SpecError(f"{where}: {current.name} has no property {step!r}")
        names.append(found.python_name)
        current = models[found.type.model] if found.type.model is not None else None
    if found is None:
        raise SpecError(f"{where}: empty property path")
    return tuple(names), found


def _with_pagination(
    op: OperationSpec, raw: dict[str, Any], models: dict[str, ModelSpec]
) -> OperationSpec:
    rules = raw["paths"][op.path][op.method.lower()].get("x-pagination")
    if rules is None:
        return op
    where = f"{op.operation_id}.x-pagination"
    if op.response_model is None or op.query_class is None:
        raise SpecError(f"{where}: a paged operation needs a response model and query parameters")
    cursor = next((p for p in op.query_params if p.name == rules.get("cursorParameter")), None)
    if cursor is None or cursor.type != "string":
        raise SpecError(f"{where}: cursorParameter must name a string query parameter")
    (items,), items_field = _attribute_path(models, op.response_model, rules["items"], where)
    item = items_field.type.item
    if items_field.type.kind != "array" or item is None or item.model is None:
        raise SpecError(f"{where}: items must be a list of models")
    next_cursor, next_field = _attribute_path(models, op.response_model, rules["nextCursor"], where)
    has_more, more_field = _attribute_path(models, op.response_model, rules["hasMore"], where)
    if next_field.type.kind != "string" or more_field.type.kind != "boolean":
        raise SpecError(f"{where}: nextCursor must be a string and hasMore a boolean")
    pagination = PaginationSpec(cursor.python_name, items, item.model, next_cursor, has_more)
    return dataclasses.replace(op, pagination=pagination)


def _idempotence(raw: dict[str, Any], operations: list[OperationSpec]) -> IdempotenceSpec:
    rules = raw.get("x-idempotence")
    if not isinstance(rules, dict):
        raise SpecError("the description has no x-idempotence rules")
    try:
        spec = IdempotenceSpec(
            source=str(rules["source"]),
            key_max_length=int(rules["keyMaxLength"]),
            retention_seconds=int(rules["retentionSeconds"]),
        )
    except KeyError as missing:
        raise SpecError(f"x-idempotence lacks {missing}") from None
    if rules.get("keyCharset") != "ascii":
        raise SpecError("x-idempotence: only an ascii keyCharset is supported")
    if not any(op.idempotent for op in operations):
        raise SpecError("no operation is marked x-idempotent")
    for op in operations:
        if op.idempotent and op.method != "POST":
            raise SpecError(f"{op.operation_id}: only POST operations can be x-idempotent")
    return spec


def _field_models(ftype: FieldType) -> list[str]:
    if ftype.model is not None:
        return [ftype.model]
    return _field_models(ftype.item) if ftype.item is not None else []


def _check_acyclic(models: list[ModelSpec]) -> None:
    """Models import the models they hold at run time (cattrs needs the real classes), which
    only works while no model holds itself, directly or through others."""
    edges = {m.name: sorted({n for f in m.fields for n in _field_models(f.type)}) for m in models}
    done: set[str] = set()

    def visit(name: str, trail: list[str]) -> None:
        if name in trail:
            cycle = " -> ".join([*trail[trail.index(name) :], name])
            raise SpecError(f"models refer to each other in a cycle: {cycle}")
        if name in done:
            return
        for child in edges[name]:
            visit(child, [*trail, name])
        done.add(name)

    for name in sorted(edges):
        visit(name, [])


def _ref_name(ref: str, schemas: dict[str, Any]) -> str:
    if not ref.startswith(SCHEMA_PREFIX):
        raise SpecError(f"unsupported reference {ref!r}")
    name = ref[len(SCHEMA_PREFIX) :]
    if name not in schemas:
        raise SpecError(f"reference to the unknown schema {name!r}")
    return name


# String formats that constrain a value without changing its Python type: the platform's
# validation rules (dates written YYYYMMDD, timestamps YYYYMMDDHHmm), carried as data.
VALIDATION_FORMATS = {"yyyymmdd": "a date YYYYMMDD", "yyyymmddhhmm": "a timestamp YYYYMMDDHHmm"}

# Validation keywords carried into the generated documentation, with how each reads.
_CONSTRAINT_TEXT = {
    "enum": "one of {}",
    "pattern": "matches ``{}``",
    "minLength": "at least {} characters",
    "maxLength": "at most {} characters",
    "minimum": "at least {}",
    "maximum": "at most {}",
    "minItems": "at least {} items",
    "maxItems": "at most {} items",
}


def constraints(schema: dict[str, Any]) -> tuple[str, ...]:
    """The validation rules of a property or parameter schema, as short phrases."""
    found = []
    fmt = schema.get("format")
    if fmt in VALIDATION_FORMATS:
        found.append(VALIDATION_FORMATS[fmt])
    for key, text in _CONSTRAINT_TEXT.items():
        if key in schema:
            value = schema[key]
            shown = ", ".join(map(str, value)) if isinstance(value, list) else value
            found.append(text.format(shown))
    return tuple(found)


def _field_type(prop: dict[str, Any], schemas: dict[str, Any], where: str) -> FieldType:
    if "$ref" in prop:
        return FieldType("model", model=_ref_name(prop["$ref"], schemas))
    kind = prop.get("type")
    if kind == "array":
        return FieldType("array", item=_field_type(prop["items"], schemas, where + "[]"))
    if kind == "string":
        fmt = prop.get("format")
        if fmt in ("date-time", "date"):
            return FieldType(fmt)
        if fmt is not None and fmt not in VALIDATION_FORMATS:
            raise SpecError(f"{where}: unsupported string format {fmt!r}")
        return FieldType("string")
    if kind in ("integer", "boolean", "number"):
        return FieldType(kind)
    raise SpecError(f"{where}: unsupported property type {kind!r}")


def _schema_model(name: str, schema: dict[str, Any], schemas: dict[str, Any]) -> ModelSpec:
    if schema.get("type") != "object":
        raise SpecError(f"schema {name} is not an object")
    # ``required`` lists what the platform requires; only an immutable model makes those
    # constructor arguments, so that code building a mutable model step by step keeps working
    required = set(schema.get("required", []))
    frozen = bool(schema.get("x-immutable", False))
    fields = []
    for json_name, prop in schema["properties"].items():
        fields.append(
            Field(
                json_name=json_name,
                python_name=_python_name(prop, f"{name}.{json_name}"),
                type=_field_type(prop, schemas, f"{name}.{json_name}"),
                required=frozen and json_name in required,
                deprecated=bool(prop.get("deprecated", False)),
                platform_required=json_name in required,
                constraints=constraints(_items_or_self(prop)),
            )
        )
    unknown_required = required - {f.json_name for f in fields}
    if unknown_required:
        raise SpecError(f"schema {name} requires undefined properties {sorted(unknown_required)}")
    return ModelSpec(
        name=name,
        fields=tuple(fields),
        deprecated=bool(schema.get("deprecated", False)),
        frozen=frozen,
    )


def _items_or_self(prop: dict[str, Any]) -> dict[str, Any]:
    """The schema whose rules apply to each value: an array's items, else the property.
    An array's own size limits are kept too."""
    if prop.get("type") != "array":
        return prop
    return {**prop.get("items", {}), **{k: prop[k] for k in ("minItems", "maxItems") if k in prop}}


def _python_name(prop: dict[str, Any], where: str) -> str:
    name = prop.get("x-python-name")
    if not isinstance(name, str) or not name.isidentifier() or name.startswith("_"):
        raise SpecError(f"{where}: missing or invalid x-python-name {name!r}")
    return name


def _body_model(op: dict[str, Any], schemas: dict[str, Any]) -> str | None:
    body = op.get("requestBody")
    if body is None:
        return None
    schema = body["content"]["application/json"]["schema"]
    return _ref_name(schema["$ref"], schemas)


def _response_model(op: dict[str, Any], schemas: dict[str, Any]) -> str | None:
    ok = op["responses"].get("2XX") or op["responses"].get("200") or {}
    schema = ok.get("content", {}).get("application/json", {}).get("schema")
    if not schema or "$ref" not in schema:
        return None
    return _ref_name(schema["$ref"], schemas)


def _operation(
    path: str, method: str, op: dict[str, Any], schemas: dict[str, Any]
) -> OperationSpec:
    op_id = op["operationId"]
    path_params: list[PathParamSpec] = []
    query_params: list[QueryParamSpec] = []
    for param in op.get("parameters", []):
        where = f"{op_id}.{param['name']}"
        kind = param["schema"].get("type", "string")
        if param["in"] == "path":
            path_params.append(
                PathParamSpec(
                    name=param["name"],
                    python_name=_python_name(param, where),
                    type=kind,
                    bound_by=param.get("x-bound-by"),
                )
            )
        elif param["in"] == "query":
            item = param["schema"].get("items", {}).get("type") if kind == "array" else None
            serialization = tuple(
                (str(k), str(v)) for k, v in param.get("x-serialization", {}).items()
            )
            query_params.append(
                QueryParamSpec(
                    name=param["name"],
                    python_name=_python_name(param, where),
                    type=kind,
                    item_type=item,
                    serialization=serialization,
                    deprecated=bool(param.get("deprecated", False)),
                    required=bool(param.get("required", False)),
                    constraints=constraints(_items_or_self(param.get("schema", {}))),
                )
            )
        elif param["in"] != "header":
            raise SpecError(f"{where}: unsupported parameter location {param['in']!r}")
    query_class = op.get("x-query-class")
    if query_params and query_class is None:
        raise SpecError(f"{op_id} has query parameters but no x-query-class")
    tags = op.get("tags", [])
    if len(tags) != 1:
        raise SpecError(f"{op_id} must have exactly one tag")
    encoding = op.get("x-request-content-encoding")
    if encoding not in (None, "gzip"):
        raise SpecError(f"{op_id}: unsupported request content encoding {encoding!r}")
    return OperationSpec(
        operation_id=op_id,
        tag=tags[0],
        method=method.upper(),
        path=path,
        path_params=tuple(path_params),
        query_class=query_class,
        query_params=tuple(query_params),
        body_model=_body_model(op, schemas),
        response_model=_response_model(op, schemas),
        error_model=op.get("x-error-type", "ErrorResponse"),
        gzip_body=encoding == "gzip",
        deprecated=bool(op.get("deprecated", False)),
        idempotent=op.get("x-idempotent", False) is True,
    )


_QUERY_KINDS = {"string": "string", "integer": "integer", "boolean": "boolean", "number": "number"}


def _query_model(op: OperationSpec, raw_op: dict[str, Any]) -> ModelSpec:
    assert op.query_class is not None
    fields = []
    for param in op.query_params:
        if param.type == "array":
            if param.item_type not in _QUERY_KINDS:
                raise SpecError(f"{op.operation_id}.{param.name}: unsupported array items")
            ftype = FieldType("array", item=FieldType(_QUERY_KINDS[param.item_type]))
        elif param.type in _QUERY_KINDS:
            ftype = FieldType(_QUERY_KINDS[param.type])
        else:
            raise SpecError(f"{op.operation_id}.{param.name}: unsupported type {param.type!r}")
        fields.append(
            Field(
                json_name=param.name,
                python_name=param.python_name,
                type=ftype,
                deprecated=param.deprecated,
                platform_required=param.required,
                constraints=param.constraints,
            )
        )
    return ModelSpec(
        name=op.query_class,
        fields=tuple(fields),
        deprecated=bool(raw_op.get("deprecated", False)),
        query_class_of=op.operation_id,
    )
