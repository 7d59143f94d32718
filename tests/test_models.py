"""The generated models: one class per schema and query-parameter class, lazily loaded,
keyword-constructed, mutable (except the immutable ones), with safe ``repr``."""

from __future__ import annotations

import datetime
import subprocess
import sys
import types
from pathlib import Path
from typing import Any, Union, get_args, get_origin

import attrs
import pytest
from strategies import model_classes, object_schemas, schema_names

import opay.models
from opay.model import Model
from opay.models import (
    AirlineData,
    CapturePaymentRequest,
    Card,
    CreatePaymentRequest,
    PaymentProduct5001,
    ShippingDetail,
    ShoppingCartExtension,
)
from opay.obfuscation import is_sensitive

ROOT = Path(__file__).resolve().parent.parent


def test_every_schema_and_query_class_is_exposed() -> None:
    names = schema_names()
    assert sorted(opay.models.__all__) == names
    assert len(names) == 377 + 10
    for name in names:
        cls = getattr(opay.models, name)
        assert cls.__name__ == name
        assert issubclass(cls, Model)
    assert set(names) <= set(dir(opay.models))


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchModel"):
        opay.models.NoSuchModel  # noqa: B018
    with pytest.raises(ImportError):
        from opay.models import NoSuchModel  # noqa: F401


def test_importing_the_package_imports_no_model_module() -> None:
    code = (
        "import sys, opay.models\n"
        "loaded = [m for m in sys.modules if m.startswith('opay.generated.schemas.')]\n"
        "print(len(loaded))\n"
        "from opay.models import CreatePaymentRequest\n"
        "print('opay.generated.schemas.create_payment_request' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["0", "True"]


def _expected_type(prop: dict[str, Any]) -> Any:
    if "$ref" in prop:
        return getattr(opay.models, prop["$ref"].rsplit("/", 1)[1])
    kind = prop["type"]
    if kind == "array":
        return list[_expected_type(prop["items"])]  # type: ignore[misc]
    if kind == "string":
        return {"date-time": datetime.datetime, "date": datetime.date}.get(
            prop.get("format", ""), str
        )
    return {"integer": int, "boolean": bool, "number": float}[kind]


def _optional_inner(tp: Any) -> Any:
    if get_origin(tp) in (Union, types.UnionType):
        args = get_args(tp)
        assert type(None) in args
        (inner,) = [a for a in args if a is not type(None)]
        return inner
    return tp


@pytest.mark.parametrize("name", schema_names())
def test_fields_follow_the_api_description(name: str) -> None:
    cls = getattr(opay.models, name)
    schema = object_schemas()[name]
    # what the platform requires is a constructor argument only on immutable models; a
    # mutable one stays buildable step by step, as with the platform's own SDK
    required = set(schema.get("required", [])) if schema.get("x-immutable") else set()
    fields = {f.name: f for f in attrs.fields(cls) if f.init}
    props = schema["properties"]
    assert set(fields) == {p["x-python-name"] for p in props.values()}
    assert dict(cls._json_names) == {p["x-python-name"]: key for key, p in props.items()}
    for key, prop in props.items():
        field = fields[prop["x-python-name"]]
        assert field.kw_only
        if key in required:
            assert field.default is attrs.NOTHING
            assert field.type == _expected_type(prop)
        else:
            assert field.default is None
            assert _optional_inner(field.type) == _expected_type(prop)


@pytest.mark.parametrize("cls", model_classes(), ids=lambda c: c.__name__)
def test_models_are_keyword_only_slotted_and_hide_sensitive_values(cls: type[Model]) -> None:
    assert "__dict__" not in dir(cls)
    if cls is ShoppingCartExtension:
        return
    obj = cls()
    with pytest.raises(TypeError):
        cls("positional")  # type: ignore[call-arg]
    for python_name, json_name in cls._json_names.items():
        setattr(obj, python_name, "SECRET-VALUE-123456789")
        shown = repr(obj)
        if is_sensitive(json_name):
            assert "SECRET-VALUE" not in shown, python_name
        else:
            assert "SECRET-VALUE-123456789" in shown, python_name
        setattr(obj, python_name, None)


def test_card_repr_does_not_show_the_card_number_or_cvv() -> None:
    card = Card(card_number="4567350000427977", cvv="123", expiry_date="1230")
    shown = repr(card)
    assert "4567350000427977" not in shown
    assert "'123'" not in shown
    assert "7977" in shown  # the last four digits identify the card safely
    request = CreatePaymentRequest.from_dictionary(
        {"cardPaymentMethodSpecificInput": {"card": {"cardNumber": "4567350000427977"}}}
    )
    assert "4567350000427977" not in repr(request)


def test_unknown_properties_are_not_constructor_arguments_nor_shown() -> None:
    with pytest.raises(TypeError):
        Card(_unknown={"x": 1})  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Card(unknown={"x": 1})  # type: ignore[call-arg]
    card = Card.from_dictionary({"cardNumber": "1", "newProperty": "shown-nowhere"}, strict=False)
    assert "shown-nowhere" not in repr(card)
    assert card == Card(card_number="1")
    assert card.to_dictionary() == {"cardNumber": "1", "newProperty": "shown-nowhere"}


def test_models_are_mutable() -> None:
    request = CreatePaymentRequest()
    request.encrypted_customer_input = "abc"
    assert request.to_dictionary() == {"encryptedCustomerInput": "abc"}


def test_shopping_cart_extension_is_immutable_with_required_arguments() -> None:
    ext = ShoppingCartExtension(creator="Shop", name="Plugin", version="1.0")
    assert ext.extension_id is None
    assert ext.to_dictionary() == {"creator": "Shop", "name": "Plugin", "version": "1.0"}
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ext.version = "2.0"  # type: ignore[misc]
    with pytest.raises(TypeError):
        ShoppingCartExtension(creator="Shop", name="Plugin")  # type: ignore[call-arg]
    assert hash(ext) == hash(ShoppingCartExtension(creator="Shop", name="Plugin", version="1.0"))
    other = ext.from_dictionary({"creator": "A", "name": "B", "version": "3"})
    assert other == ShoppingCartExtension(creator="A", name="B", version="3")
    assert ext.version == "1.0"


def test_deprecated_models_and_fields_say_so() -> None:
    assert PaymentProduct5001.__doc__ is not None
    assert "Deprecated" in PaymentProduct5001.__doc__
    assert AirlineData.__doc__ is not None
    assert "``flight_date``" in AirlineData.__doc__
    AirlineData(flight_date="20240102")  # still usable


def test_from_dictionary_on_the_class_builds_a_new_model() -> None:
    payment = {"order": {"amountOfMoney": {"currencyCode": "EUR", "amount": 12300}}}
    request = CreatePaymentRequest.from_dictionary(payment)
    assert isinstance(request, CreatePaymentRequest)
    assert request.order is not None and request.order.amount_of_money is not None
    assert request.order.amount_of_money.amount == 12300
    assert request.to_dictionary() == payment


def test_from_dictionary_on_an_instance_fills_it_in_and_returns_it() -> None:
    # The platform SDK's style: CreatePaymentRequest().from_dictionary(d), and also
    # capture_request.from_dictionary(d) whose result is ignored.
    request = CreatePaymentRequest().from_dictionary({"encryptedCustomerInput": "x"})
    assert request.encrypted_customer_input == "x"
    shipping = ShippingDetail(shipping_cost=7)
    capture = CapturePaymentRequest(amount=5, shipping=shipping)
    returned = capture.from_dictionary({"amount": 100, "isFinal": True, "future": 1}, strict=False)
    assert returned is capture
    assert (capture.amount, capture.is_final, capture.shipping) == (100, True, shipping)
    assert capture.to_dictionary() == {
        "amount": 100,
        "isFinal": True,
        "shipping": {"shippingCost": 7},
        "future": 1,
    }
