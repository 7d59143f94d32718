"""The JSON converter: round trips over every model, JSON names from the API description,
date-times, unknown properties, strict types and clear errors."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import (
    date_times,
    json_documents,
    model_classes,
    model_instances,
    object_schemas,
    schema_names,
    unknown_properties,
)

from opay import marshal
from opay.exceptions import MarshallingError, OpayError
from opay.model import Model
from opay.models import (
    AmountOfMoney,
    Card,
    CreateHostedCheckoutResponse,
    CreatePaymentRequest,
    GetPaymentProductsParams,
    LineItem,
    LineItemInvoiceData,
    Order,
    PaymentLinkResponse,
    PaymentProduct11,
    PaymentResponse,
    ShoppingCart,
    ShoppingCartExtension,
)

UTC = datetime.timezone.utc
FEW = settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
DEEP = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

ALL_CLASSES = model_classes()
ALL_SCHEMAS = schema_names()


# ------------------------------------------------------------------------ round trips, all


@pytest.mark.parametrize("cls", ALL_CLASSES, ids=lambda c: c.__name__)
@FEW
@given(data=st.data())
def test_every_model_survives_json(cls: type[Model], data: st.DataObject) -> None:
    obj = data.draw(model_instances(cls))
    assert marshal.from_json_bytes(cls, marshal.to_json_bytes(obj)) == obj


@pytest.mark.parametrize("name", ALL_SCHEMAS)
@FEW
@given(data=st.data())
def test_every_schema_valid_document_reads_and_writes_back_unchanged(
    name: str, data: st.DataObject
) -> None:
    import opay.models

    document = data.draw(json_documents(name))
    obj = marshal.from_dict(getattr(opay.models, name), document)
    assert marshal.to_dict(obj) == document
    assert json.loads(marshal.to_json_bytes(obj)) == document


@pytest.mark.parametrize("name", ALL_SCHEMAS)
@FEW
@given(data=st.data())
def test_every_model_keeps_unknown_properties(name: str, data: st.DataObject) -> None:
    import opay.models

    cls = getattr(opay.models, name)
    document = data.draw(json_documents(name, depth=0))
    extra = data.draw(unknown_properties(set(object_schemas()[name]["properties"])))
    obj = marshal.from_dict(cls, {**document, **extra})
    assert marshal.to_dict(obj) == {**document, **extra}
    assert marshal.from_json_bytes(cls, marshal.to_json_bytes(obj)).to_dictionary() == {
        **document,
        **extra,
    }


def _wrong_value(prop: dict[str, Any]) -> Any:
    """A JSON value of the wrong kind for a property."""
    if "$ref" in prop or prop.get("type") == "array":
        return "not an object or array"
    if prop.get("type") == "string":
        return 12
    return "12"


@pytest.mark.parametrize("name", ALL_SCHEMAS)
def test_every_property_rejects_a_wrong_type_naming_model_and_path(name: str) -> None:
    import opay.models

    cls = getattr(opay.models, name)
    schema = object_schemas()[name]
    # constructor-required properties exist on immutable models only
    required = schema.get("required", []) if schema.get("x-immutable") else []
    base = {key: "x" for key in required}
    for key, prop in schema["properties"].items():
        with pytest.raises(MarshallingError) as info:
            marshal.from_dict(cls, {**base, key: _wrong_value(prop)})
        assert info.value.model == name
        assert f"$.{key}: expected" in str(info.value)
        assert info.value.problems == [str(info.value).split(": ", 1)[1]]


# ------------------------------------------------------------------------ deeper round trips


@DEEP
@given(model_instances(CreatePaymentRequest, depth=4))
def test_create_payment_request_survives_json(obj: CreatePaymentRequest) -> None:
    assert marshal.from_json_bytes(CreatePaymentRequest, marshal.to_json_bytes(obj)) == obj


@DEEP
@given(json_documents("PaymentResponse", depth=4))
def test_payment_response_documents_read_and_write_back(document: dict[str, Any]) -> None:
    obj = marshal.from_dict(PaymentResponse, document)
    assert marshal.to_dict(obj) == document


@DEEP
@given(
    json_documents("PaymentResponse", depth=3),
    unknown_properties(set(object_schemas()["PaymentOutput"]["properties"])),
)
def test_nested_unknown_properties_survive_read_modify_write(
    document: dict[str, Any], extra: dict[str, Any]
) -> None:
    document = {**document, "paymentOutput": {**document.get("paymentOutput", {}), **extra}}
    obj = marshal.from_dict(PaymentResponse, document)
    obj.status = "CHANGED"
    written = marshal.to_dict(obj)
    for key, value in extra.items():
        assert written["paymentOutput"][key] == value
    assert written["status"] == "CHANGED"


# ------------------------------------------------------------------------ JSON names, None


def test_json_names_come_from_the_api_description() -> None:
    response = CreateHostedCheckoutResponse.from_dictionary({"RETURNMAC": "mac"})
    assert response.returnmac == "mac"
    assert response.to_dictionary() == {"RETURNMAC": "mac"}
    product = PaymentProduct11(payment_bic="BIC", payment_iban="IBAN")
    assert product.to_dictionary() == {"paymentBIC": "BIC", "paymentIBAN": "IBAN"}


def test_none_values_are_left_out_and_output_is_compact_utf8() -> None:
    order = Order(amount_of_money=AmountOfMoney(amount=100, currency_code="EUR"))
    cart = ShoppingCart(
        items=[LineItem(invoice_data=LineItemInvoiceData(description="Crème brûlée"))]
    )
    order.shopping_cart = cart
    text = marshal.to_json_bytes(order)
    assert (
        text
        == (
            '{"amountOfMoney":{"amount":100,"currencyCode":"EUR"},'
            '"shoppingCart":{"items":[{"invoiceData":{"description":"Crème brûlée"}}]}}'
        ).encode()
    )


def test_query_class_uses_query_parameter_names() -> None:
    params = GetPaymentProductsParams(country_code="FR", is_recurring=True, hide=["fields"])
    assert params.to_dictionary() == {"countryCode": "FR", "isRecurring": True, "hide": ["fields"]}


# ------------------------------------------------------------------------ date-times, dates


@settings(max_examples=200)
@given(date_times)
def test_date_times_are_written_with_milliseconds_and_offset(value: datetime.datetime) -> None:
    text = marshal.to_dict(PaymentLinkResponse(expiration_date=value))["expirationDate"]
    assert len(text) == len("2024-01-02T03:04:05.678+00:00")
    read = PaymentLinkResponse.from_dictionary({"expirationDate": text}).expiration_date
    assert read == value
    assert read is not None and read.utcoffset() == value.utcoffset()


def test_naive_date_times_are_written_as_utc() -> None:
    obj = PaymentLinkResponse(expiration_date=datetime.datetime(2024, 1, 2, 3, 4, 5, 678901))
    assert obj.to_dictionary() == {"expirationDate": "2024-01-02T03:04:05.678+00:00"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-02T03:04:05Z", datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2024-01-02T03:04:05z", datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2024-01-02T03:04:05.1Z", datetime.datetime(2024, 1, 2, 3, 4, 5, 100000, UTC)),
        (
            "2024-01-02T03:04:05.123456789+00:00",
            datetime.datetime(2024, 1, 2, 3, 4, 5, 123456, UTC),
        ),
        (
            "2024-01-02T03:04:05.678+0130",
            datetime.datetime(
                2024, 1, 2, 3, 4, 5, 678000, datetime.timezone(datetime.timedelta(minutes=90))
            ),
        ),
        (
            "2024-01-02T03:04:05-05",
            datetime.datetime(
                2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))
            ),
        ),
        ("2024-01-02T03:04:05", datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2024-01-02T03:04", datetime.datetime(2024, 1, 2, 3, 4, tzinfo=UTC)),
    ],
)
def test_date_times_are_read_in_every_iso_form(text: str, expected: datetime.datetime) -> None:
    read = PaymentLinkResponse.from_dictionary({"expirationDate": text}).expiration_date
    assert read == expected
    assert read is not None and read.utcoffset() == expected.utcoffset()
    assert read.microsecond == expected.microsecond


@pytest.mark.parametrize(
    "text", ["yesterday", "2024-13-01T00:00:00Z", "2024-01-02", "2024-01-02T03:04:05+5", ""]
)
def test_bad_date_times_are_rejected_with_the_path(text: str) -> None:
    with pytest.raises(MarshallingError, match=r"\$\.expirationDate: expected an ISO 8601"):
        PaymentLinkResponse.from_dictionary({"expirationDate": text})


def _date_model() -> tuple[type[Model], str]:
    import opay.models

    for name in ALL_SCHEMAS:
        for key, prop in object_schemas()[name]["properties"].items():
            if prop.get("format") == "date":
                return getattr(opay.models, name), key
    raise AssertionError("the API description has no date property")


def test_dates_are_read_and_written_as_yyyy_mm_dd() -> None:
    cls, key = _date_model()
    obj = cls.from_dictionary({key: "2024-02-29"})
    python_name = {j: p for p, j in cls._json_names.items()}[key]
    assert getattr(obj, python_name) == datetime.date(2024, 2, 29)
    assert obj.to_dictionary() == {key: "2024-02-29"}
    with pytest.raises(MarshallingError, match=rf"\$\.{key}: expected a date"):
        cls.from_dictionary({key: "2023-02-29"})
    with pytest.raises(MarshallingError, match=rf"\$\.{key}: expected a YYYY-MM-DD"):
        cls.from_dictionary({key: 20240229})


# ------------------------------------------------------------------------ strictness, errors


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        ({"order": {"amountOfMoney": {"amount": "12"}}}, "$.order.amountOfMoney.amount"),
        ({"order": {"amountOfMoney": {"amount": True}}}, "$.order.amountOfMoney.amount"),
        ({"order": {"amountOfMoney": {"amount": 1.5}}}, "$.order.amountOfMoney.amount"),
        ({"cardPaymentMethodSpecificInput": {"tokenize": "false"}}, "tokenize"),
        ({"order": {"shoppingCart": {"items": "abc"}}}, "$.order.shoppingCart.items"),
        ({"order": {"shoppingCart": {"items": [{}, 5]}}}, "$.order.shoppingCart.items[1]"),
        ({"order": []}, "$.order"),
    ],
)
def test_values_are_never_coerced(document: dict[str, Any], problem: str) -> None:
    with pytest.raises(MarshallingError) as info:
        CreatePaymentRequest.from_dictionary(document)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, OpayError)
    assert "CreatePaymentRequest" in str(info.value)
    assert problem in str(info.value)


def test_errors_list_every_problem_without_quoting_values() -> None:
    document = {
        "order": {"amountOfMoney": {"amount": "4111111111111111", "currencyCode": 978}},
        "cardPaymentMethodSpecificInput": {"card": {"cardNumber": 4111111111111111}},
    }
    with pytest.raises(MarshallingError) as info:
        CreatePaymentRequest.from_dictionary(document)
    assert sorted(info.value.problems) == [
        "$.cardPaymentMethodSpecificInput.card.cardNumber: expected a string, got number",
        "$.order.amountOfMoney.amount: expected an integer, got string",
        "$.order.amountOfMoney.currencyCode: expected a string, got number",
    ]
    assert "4111" not in str(info.value)


def test_integral_floats_are_read_as_integers() -> None:
    assert AmountOfMoney.from_dictionary({"amount": 12.0}).amount == 12


def test_required_properties_of_immutable_models() -> None:
    with pytest.raises(MarshallingError, match=r"\$\.version: required property missing"):
        marshal.from_dict(ShoppingCartExtension, {"creator": "c", "name": "n"})
    ext = marshal.from_dict(ShoppingCartExtension, {"creator": "c", "name": "n", "version": "1"})
    assert ext == ShoppingCartExtension(creator="c", name="n", version="1")


def test_a_document_that_is_not_an_object_is_rejected() -> None:
    with pytest.raises(MarshallingError, match=r"cannot read Card from JSON: \$: expected an"):
        marshal.from_json_bytes(Card, b"[1, 2]")
    with pytest.raises(MarshallingError, match="not valid JSON"):
        marshal.from_json_bytes(Card, b'{"cardNumber": ')


# ------------------------------------------------------------------------ plain mappings


def test_plain_mappings_pass_through() -> None:
    body = {"order": {"amountOfMoney": {"amount": 1, "currencyCode": "EUR"}}, "x": None}
    assert marshal.to_dict(body) is body
    assert marshal.to_json_bytes(body) == (
        b'{"order":{"amountOfMoney":{"amount":1,"currencyCode":"EUR"}},"x":null}'
    )


def test_mappings_may_hold_models_and_dates() -> None:
    body = {"card": Card(card_number="4111"), "when": datetime.date(2024, 1, 2)}
    assert marshal.to_json_bytes(body) == b'{"card":{"cardNumber":"4111"},"when":"2024-01-02"}'


@pytest.mark.parametrize("body", [{"x": {1, 2}}, {"x": float("nan")}, {"x": object()}])
def test_mappings_that_are_not_json_are_rejected(body: dict[str, Any]) -> None:
    with pytest.raises(MarshallingError):
        marshal.to_json_bytes(body)
    with pytest.raises(MarshallingError):
        marshal.to_dict(body)


@pytest.mark.parametrize("value", [[1, 2], "text", 5, None])
def test_only_models_and_mappings_are_written(value: Any) -> None:
    with pytest.raises(MarshallingError):
        marshal.to_json_bytes(value)


def test_models_holding_values_that_are_not_json_are_rejected() -> None:
    money = AmountOfMoney(amount=1)
    money.currency_code = {"EUR"}  # type: ignore[assignment]
    order = Order(amount_of_money=money)
    with pytest.raises(MarshallingError, match="cannot write Order as JSON"):
        marshal.to_json_bytes(order)


def test_from_dict_needs_a_model_class() -> None:
    with pytest.raises(TypeError):
        marshal.from_dict(dict, {})  # type: ignore[type-var]
