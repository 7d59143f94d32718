"""The generator: regenerating changes nothing; the operation table and the resource clients
follow the API description."""

from __future__ import annotations

import copy
import inspect
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from strategies import spec

import opay.models
from codegen import generate_files, write_files
from codegen.models import render_model
from codegen.render import HEADER
from codegen.spec import SpecError, parse_spec
from opay import async_resources, resources
from opay.call import Call
from opay.context import CallContext
from opay.operation import Operation, PathParam, QueryParam
from opay.operations import OPERATIONS

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "opay" / "openapi.json"


# ------------------------------------------------------------------------ regeneration


def test_regenerating_changes_nothing(tmp_path: Path) -> None:
    files = generate_files(SPEC)
    assert write_files(files, tmp_path) == len(files)
    for relative in files:
        assert (tmp_path / relative).read_bytes() == (ROOT / relative).read_bytes(), relative
    committed = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "opay").rglob("*.py")
        if path.read_text(encoding="utf-8").startswith(HEADER)
    }
    assert committed == set(files)  # no other file says it is generated
    assert all(f.startswith("opay/generated/") for f in files)  # all in one folder


def test_command_line_writes_the_same_files(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "codegen", "--output", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    for relative in generate_files(SPEC):
        assert (tmp_path / relative).read_bytes() == (ROOT / relative).read_bytes(), relative


def test_every_generated_file_says_so() -> None:
    files = generate_files(SPEC)
    assert len(files) == 377 + 10 + 5  # models, query classes, their package, the rest
    assert all(text.startswith(HEADER) for text in files.values())
    assert "make generate" in HEADER and "opay/openapi.json" in HEADER


def test_rewriting_is_a_no_op_and_stale_modules_go(tmp_path: Path) -> None:
    files = generate_files(SPEC)
    write_files(files, tmp_path)
    assert write_files(files, tmp_path) == 0
    stale = tmp_path / "opay" / "generated" / "schemas" / "removed_schema.py"
    stale.write_text(HEADER + "x = 1\n", encoding="utf-8")
    own = tmp_path / "opay" / "generated" / "schemas" / "hand_written.py"
    own.write_text("x = 1\n", encoding="utf-8")
    assert write_files(files, tmp_path) == 1
    assert not stale.exists()
    assert own.exists()


def test_no_generated_module_is_named_like_a_hand_written_one() -> None:
    import difflib

    files = generate_files(SPEC)
    generated = {Path(f).stem for f in files if Path(f).parent.name == "generated"}
    generated |= {"schemas"}
    # opay.models, opay.operations, opay.resources and opay.async_resources re-export the
    # generated modules under their public names: they are the names, not look-alikes.
    public = {"models", "operations", "resources", "async_resources"}
    hand_written = {
        path.stem
        for path in (ROOT / "opay").rglob("*.py")
        if "generated" not in path.parts and path.stem != "__init__"
    } - public
    for name in generated:
        close = difflib.get_close_matches(name, hand_written, n=1, cutoff=0.8)
        assert not close, f"generated {name} looks like the hand-written {close[0]}"


def _broken(change: Any) -> dict[str, Any]:
    raw = copy.deepcopy(spec())
    change(raw)
    return raw


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda raw: raw["components"]["schemas"]["Card"]["properties"].update(
                {"x": {"$ref": "#/components/schemas/Nope", "x-python-name": "x"}}
            ),
            "unknown schema 'Nope'",
        ),
        (
            lambda raw: raw["components"]["schemas"]["Card"]["properties"]["cvv"].pop(
                "x-python-name"
            ),
            "Card.cvv: missing or invalid x-python-name",
        ),
        (
            lambda raw: raw["components"]["schemas"]["Card"]["properties"]["cvv"].update(
                {"format": "uuid"}
            ),
            "unsupported string format 'uuid'",
        ),
        (
            lambda raw: raw["paths"]["/v2/{merchantId}/payments"]["post"].update(
                {"tags": ["nope"]}
            ),
            "undeclared tag 'nope'",
        ),
        (
            lambda raw: raw["components"]["schemas"]["AmountOfMoney"]["properties"].update(
                {"order": {"$ref": "#/components/schemas/Order", "x-python-name": "order"}}
            ),
            "cycle: AmountOfMoney -> Order -> AmountOfMoney",
        ),
        (lambda raw: raw.pop("x-idempotence"), "no x-idempotence rules"),
        (lambda raw: raw["x-idempotence"].pop("keyMaxLength"), "lacks 'keyMaxLength'"),
        (
            lambda raw: raw["paths"]["/v2/{merchantId}/payments/{paymentId}"]["get"].update(
                {"x-idempotent": True}
            ),
            "get_payment: only POST operations can be x-idempotent",
        ),
    ],
)
def test_unsupported_descriptions_are_rejected(change: Any, message: str) -> None:
    with pytest.raises(SpecError, match=message):
        parse_spec(_broken(change))


# ------------------------------------------------------------------------ operation table


def _spec_operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, methods in spec()["paths"].items()
        for method, op in methods.items()
    ]


def test_operation_table_has_every_operation() -> None:
    assert sorted(OPERATIONS) == sorted(op["operationId"] for _, _, op in _spec_operations())
    assert len(OPERATIONS) == 56


def _ref(schema: dict[str, Any] | None) -> str | None:
    return schema["$ref"].rsplit("/", 1)[1] if schema else None


@pytest.mark.parametrize(
    ("path", "method", "op"), _spec_operations(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_operation_follows_the_description(path: str, method: str, op: dict[str, Any]) -> None:
    operation = OPERATIONS[op["operationId"]]
    assert isinstance(operation, Operation)
    assert (operation.method, operation.path, operation.tag) == (
        method.upper(),
        path,
        op["tags"][0],
    )
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
    ok = op["responses"]["2XX"].get("content", {}).get("application/json", {})
    assert operation.body_model == _ref(body.get("schema"))
    assert operation.response_model == _ref(ok.get("schema"))
    assert operation.error_model == op["x-error-type"]
    assert operation.gzip_body == (op.get("x-request-content-encoding") == "gzip")
    assert operation.query_class == op.get("x-query-class")
    assert operation.idempotent == (op.get("x-idempotent") is True)
    path_params = [p for p in op["parameters"] if p["in"] == "path"]
    assert [(p.name, p.python_name) for p in operation.path_params] == [
        (p["name"], p["x-python-name"]) for p in path_params
    ]
    for param in operation.path_params:
        assert param.bound_by == ("merchant" if param.name == "merchantId" else None)
        assert param.type == ("integer" if param.name == "paymentProductId" else "string")
    query = [p for p in op["parameters"] if p["in"] == "query"]
    assert [(q.name, q.python_name, q.type) for q in operation.query_params] == [
        (p["name"], p["x-python-name"], p["schema"]["type"]) for p in query
    ]
    if operation.query_class is not None:
        cls = getattr(opay.models, operation.query_class)
        assert dict(cls._json_names) == {q.python_name: q.name for q in operation.query_params}


def test_idempotence_scope_is_the_platform_guides_list() -> None:
    # The guide "Idempotent requests" lists the operations the platform deduplicates; the
    # description marks them and the table carries the mark (and only the mark decides).
    scoped = sorted(op.operation_id for op in OPERATIONS.values() if op.idempotent)
    assert scoped == [
        "cancel_payment",
        "capture_payment",
        "complete_payment",
        "create_payment",
        "create_payout",
        "refund_payment",
        "subsequent_payment",
    ]
    rules = spec()["x-idempotence"]
    assert rules["source"].endswith("/idempotent-requests")
    assert (rules["keyMaxLength"], rules["retentionSeconds"]) == (40, 86400)


def test_query_parameter_details() -> None:
    params = {p.name: p for p in OPERATIONS["get_payment_products"].query_params}
    assert params["isRecurring"] == QueryParam(
        "isRecurring",
        "is_recurring",
        "boolean",
        serialization=(("false", "False"), ("true", "True")),
    )
    assert params["hide"] == QueryParam("hide", "hide", "array", item_type="string")
    groups = {p.name: p for p in OPERATIONS["get_product_groups"].query_params}
    assert groups["locale"].deprecated
    assert OPERATIONS["get_payment_product"].path_params[1] == PathParam(
        "paymentProductId", "payment_product_id", type="integer"
    )


def test_operations_without_a_response_body() -> None:
    without = sorted(op_id for op_id, op in OPERATIONS.items() if op.response_model is None)
    assert without == [
        "cancel_payment_link_by_id",
        "delete_token",
        "process_batch",
        "send_test_webhook",
        "share",
    ]
    assert [op_id for op_id, op in OPERATIONS.items() if op.gzip_body] == ["submit_batch"]


# ------------------------------------------------------------------------ resource clients


class RecordingExecutor:
    """An executor that records each call and answers with a marker object."""

    def __init__(self) -> None:
        self.calls: list[tuple[Operation, dict[str, object], object, object, object]] = []

    def execute(self, call: Call) -> Any:
        assert isinstance(call, Call)  # one frozen value, from the resource method on
        self.calls.append(
            (call.operation, dict(call.path_values), call.body, call.query, call.context)
        )
        return ("result", call.operation.operation_id)


class AsyncRecordingExecutor:
    """The asynchronous twin."""

    def __init__(self) -> None:
        self.recorder = RecordingExecutor()

    async def execute(self, call: Call) -> Any:
        return self.recorder.execute(call)


def _arguments(operation: Operation) -> tuple[list[object], dict[str, object], object, object]:
    args: list[object] = []
    expected_path: dict[str, object] = {}
    for param in operation.path_params:
        if param.bound_by == "merchant":
            expected_path[param.name] = "M123"
            continue
        value: object = 42 if param.type == "integer" else f"v-{param.python_name}"
        args.append(value)
        expected_path[param.name] = value
    body = {"some": "body"} if operation.body_model else None
    if body is not None:
        args.append(body)
    query = getattr(opay.models, operation.query_class)() if operation.query_class else None
    if query is not None:
        args.append(query)
    return args, expected_path, body, query


def test_every_operation_is_a_method_of_its_resource_client() -> None:
    executor = RecordingExecutor()
    merchant = resources.MerchantClient(executor, "M123")
    assert merchant.merchant_id == "M123"
    for op_id, operation in OPERATIONS.items():
        client = getattr(merchant, operation.tag)()
        assert type(client).__name__.endswith("Client")
        args, expected_path, body, query = _arguments(operation)
        context = CallContext(idempotence_key="k")
        result = getattr(client, op_id)(*args, context=context)
        assert executor.calls[-1] == (operation, expected_path, body, query, context)
        assert result == (("result", op_id) if operation.response_model else None)
        if operation.query_class is not None:
            # The query argument is optional.
            getattr(client, op_id)(*args[:-1])
            assert executor.calls[-1][3] is None


async def test_every_operation_is_a_coroutine_of_its_async_resource_client() -> None:
    executor = AsyncRecordingExecutor()
    merchant = async_resources.AsyncMerchantClient(executor, "M123")
    for op_id, operation in OPERATIONS.items():
        client = getattr(merchant, operation.tag)()
        assert type(client).__name__.startswith("Async")
        args, expected_path, body, query = _arguments(operation)
        result = await getattr(client, op_id)(*args)
        assert executor.recorder.calls[-1] == (operation, expected_path, body, query, None)
        assert result == (("result", op_id) if operation.response_model else None)


def test_method_signatures() -> None:
    create = inspect.signature(resources.PaymentsClient.create_payment)
    assert list(create.parameters) == ["self", "body", "context"]
    products = inspect.signature(resources.ProductsClient.get_payment_product)
    assert list(products.parameters) == ["self", "payment_product_id", "query", "context"]
    search = inspect.signature(resources.PaymentLinksClient.get_payment_links_by_merchant_group_id)
    assert list(search.parameters) == ["self", "merchant_group_id", "body", "context"]
    assert resources.PaymentsClient.create_payment.__doc__ == (
        "POST /v2/{merchantId}/payments: returns CreatePaymentResponse"
    )


def test_merchant_client_has_one_accessor_per_tag() -> None:
    tags = [tag["name"] for tag in spec()["tags"]]
    assert len(tags) == 22
    for module, prefix in ((resources, ""), (async_resources, "Async")):
        merchant_class = getattr(module, f"{prefix}MerchantClient")
        accessors = [
            name
            for name, member in vars(merchant_class).items()
            if callable(member) and not name.startswith("_")
        ]
        assert sorted(accessors) == sorted(tags)
    for accessor in ("payments", "hosted_checkout", "products", "refunds", "captures", "tokens"):
        assert accessor in tags


def test_generated_json_names_match_the_description() -> None:
    raw = json.loads(SPEC.read_text(encoding="utf-8"))
    returnmac = opay.models.CreateHostedCheckoutResponse._json_names["returnmac"]
    assert returnmac == "RETURNMAC"
    assert "RETURNMAC" in raw["components"]["schemas"]["CreateHostedCheckoutResponse"]["properties"]


# ------------------------------------------------------------------------ validation rules


def _parsed_model(raw: dict[str, Any], name: str) -> Any:
    return next(m for m in parse_spec(raw).models if m.name == name)


def test_required_on_a_mutable_schema_is_the_platforms_rule_not_the_constructors() -> None:
    model = _parsed_model(spec(), "MandatePersonalName")
    fields = {f.json_name: f for f in model.fields}
    assert fields["surname"].platform_required and not fields["surname"].required
    source = render_model(model)
    assert "Required by the platform (optional here): ``first_name``, ``surname``." in source
    assert "surname: str | None = attrs.field(default=None" in source


def test_required_on_an_immutable_schema_stays_a_constructor_argument() -> None:
    model = _parsed_model(spec(), "ShoppingCartExtension")
    assert all(f.required for f in model.fields if f.json_name in ("creator", "name", "version"))
    assert "Required by the platform" not in render_model(model)


def test_documented_limits_reach_the_model_docstrings() -> None:
    source = render_model(_parsed_model(spec(), "HostedCheckoutSpecificInput"))
    assert "- ``allowed_number_of_payment_attempts``: at least 1; at most 10." in source
    source = render_model(_parsed_model(spec(), "PersonalInformation"))
    assert "- ``date_of_birth``: a date YYYYMMDD." in source
    assert "- ``gender``: at most 50 characters." in source


def test_query_parameter_rules_reach_the_query_classes() -> None:
    model = _parsed_model(spec(), "GetPaymentProductsParams")
    assert "- ``currency_code``: matches ``^[A-Z]{3}$``." in render_model(model)


def test_validation_formats_keep_the_python_type() -> None:
    def change(raw: dict[str, Any]) -> None:
        raw["components"]["schemas"]["Card"]["properties"]["cvv"]["format"] = "yyyymmdd"

    fields = {f.json_name: f for f in _parsed_model(_broken(change), "Card").fields}
    assert fields["cvv"].type.kind == "string"
    assert fields["cvv"].constraints == ("a date YYYYMMDD",)


def test_rules_do_not_change_what_a_model_accepts() -> None:
    # documented limits are the platform's to enforce: the model takes any value
    info = opay.models.HostedCheckoutSpecificInput(allowed_number_of_payment_attempts=99)
    assert info.allowed_number_of_payment_attempts == 99
    assert opay.models.MandatePersonalName().surname is None
