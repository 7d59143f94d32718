"""Reading the API description into the few plain values the renderers need."""

from __future__ import annotations

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


@dataclass(frozen=True)
class ApiSpec:
    """Everything the generator reads from the API description."""

    models: tuple[ModelSpec, ...]
    operations: tuple[OperationSpec, ...]
    tags: tuple[str, ...]


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
    return ApiSpec(models=tuple(models), operations=tuple(operations), tags=tags)


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
