"""The fast marshalling code agrees with the detailed path on every model, for valid and invalid
documents and objects; the JSON codec (orjson when installed, else the standard library) gives
the same results and the same errors either way."""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import (
    json_documents,
    model_classes,
    model_instances,
    object_schemas,
    schema_names,
    unknown_values,
)

import opay.models
from opay import marshal
from opay.exceptions import MarshallingError
from opay.model import Model
from opay.models import AmountOfMoney, CreatePaymentRequest, Order, PaymentResponse

FEW = settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,  # the codec: the same for every example
    ],
)

CODECS = ["orjson", "stdlib"] if marshal._orjson is not None else ["stdlib"]


@pytest.fixture(params=CODECS)
def codec(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Runs a test once per available JSON codec (the standard library by hiding orjson)."""
    if request.param == "stdlib":
        monkeypatch.setattr(marshal, "_orjson", None)
    yield request.param


# ------------------------------------------------------------------------ reading


_ODD_VALUES = (
    unknown_values
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.integers(min_value=2**63, max_value=2**80)
    | st.sampled_from(["2024-01-02T03:04:05Z", "2024-02-30", "12", "true", ""])
)


@st.composite
def _odd_documents(draw: st.DrawFn, name: str) -> dict[str, Any]:
    """A schema-valid document of ``name`` with some properties (top level and one level
    down) replaced by arbitrary JSON values, or removed, or set to null."""
    document: dict[str, Any] = dict(draw(json_documents(name, depth=1)))
    keys = sorted(object_schemas()[name]["properties"])
    for key in draw(st.lists(st.sampled_from(keys), max_size=3)) if keys else []:
        action = draw(st.sampled_from(["replace", "null", "drop", "nested"]))
        if action == "replace":
            document[key] = draw(_ODD_VALUES)
        elif action == "null":
            document[key] = None
        elif action == "drop":
            document.pop(key, None)
        elif isinstance(document.get(key), dict) and document[key]:
            inner = dict(document[key])
            inner[draw(st.sampled_from(sorted(inner)))] = draw(_ODD_VALUES)
            document[key] = inner
    return document


def _outcome(read: Any) -> tuple[str, Any]:
    try:
        return "ok", read()
    except MarshallingError as exc:
        return "error", (str(exc), exc.problems)


@pytest.mark.parametrize("name", schema_names())
@FEW
@given(data=st.data())
def test_fast_reading_agrees_with_the_detailed_path(name: str, data: st.DataObject) -> None:
    cls = getattr(opay.models, name)
    document = data.draw(_odd_documents(name))
    fast = _outcome(lambda: marshal.from_dict(cls, document))

    def detailed() -> Any:
        try:
            return marshal._detailed_structure[cls](document, cls)
        except Exception as exc:
            raise marshal._read_error(cls, exc) from exc

    expected = _outcome(detailed)
    assert fast == expected
    if fast[0] == "ok":
        assert fast[1]._unknown == expected[1]._unknown


def test_a_mapping_that_is_not_a_dict_is_read() -> None:
    class Document(dict[str, Any]):
        pass

    money = marshal.from_dict(AmountOfMoney, Document(amount=5, currencyCode="EUR"))
    assert money == AmountOfMoney(amount=5, currency_code="EUR")


def test_read_lists_are_new_lists() -> None:
    document: dict[str, Any] = {"order": {"shoppingCart": {"items": []}}}
    request = marshal.from_dict(CreatePaymentRequest, document)
    assert request.order is not None and request.order.shopping_cart is not None
    request.order.shopping_cart.items.append(opay.models.LineItem())  # type: ignore[union-attr]
    assert document == {"order": {"shoppingCart": {"items": []}}}


# ------------------------------------------------------------------------ writing


def _wrong_values() -> st.SearchStrategy[Any]:
    return st.sampled_from(
        [
            {"EUR"},
            uuid.UUID(int=1),
            float("nan"),
            float("inf"),
            2**70,
            "text",
            7,
            True,
            1.5,
            [1, "a"],
            {"k": 1},
            datetime.date(2024, 1, 2),
            datetime.datetime(2024, 1, 2, 3, 4, 5),
            AmountOfMoney(amount=1),
        ]
    )


def _write_outcome(write: Any) -> tuple[str, Any]:
    try:
        return "ok", write()
    except MarshallingError as exc:
        return "error", str(exc)


@pytest.mark.parametrize("cls", model_classes(), ids=lambda c: c.__name__)
@FEW
@given(data=st.data())
def test_fast_writing_agrees_with_the_detailed_path(
    cls: type[Model], data: st.DataObject, codec: str
) -> None:
    obj = data.draw(model_instances(cls, depth=1))
    fields = [f.name for f in attrs.fields(cls) if f.init]
    if data.draw(st.booleans()) and fields:
        name = data.draw(st.sampled_from(fields))
        object.__setattr__(obj, name, data.draw(_wrong_values()))
    if data.draw(st.booleans()):
        object.__setattr__(obj, "_unknown", {"extra": data.draw(unknown_values | _wrong_values())})

    def detailed() -> Any:
        try:
            return marshal._detailed_unstructure[cls](obj)
        except Exception as exc:
            raise marshal._write_error(obj, exc) from exc

    as_dict = _write_outcome(lambda: marshal.to_dict(obj))
    assert as_dict == _write_outcome(detailed)
    as_json = _write_outcome(lambda: marshal.to_json_bytes(obj))
    expected = _write_outcome(lambda: marshal._dumps(as_dict[1], cls.__name__))
    if as_dict[0] == "error":
        assert as_json == as_dict
    elif expected[0] == "error":
        assert as_json == expected
    else:
        assert as_json[0] == "ok"
        assert json.loads(as_json[1]) == json.loads(expected[1])


def test_written_lists_are_new_lists() -> None:
    params = opay.models.GetPaymentProductsParams(hide=["fields"])
    written = marshal.to_dict(params)
    written["hide"].append("more")
    assert params.hide == ["fields"]


# ------------------------------------------------------------------------ both codecs


@pytest.mark.parametrize("cls", [CreatePaymentRequest, PaymentResponse], ids=lambda c: c.__name__)
@FEW
@given(data=st.data())
def test_round_trips_under_each_codec(cls: type[Model], data: st.DataObject, codec: str) -> None:
    obj = data.draw(model_instances(cls, depth=3))
    assert marshal.from_json_bytes(cls, marshal.to_json_bytes(obj)) == obj


@FEW
@given(document=json_documents("PaymentResponse", depth=3))
def test_documents_read_the_same_under_each_codec(document: dict[str, Any], codec: str) -> None:
    text = json.dumps(document).encode()
    assert marshal.from_json_bytes(PaymentResponse, text).to_dictionary() == document


def test_output_is_compact_utf8_under_each_codec(codec: str) -> None:
    order = Order(amount_of_money=AmountOfMoney(amount=100, currency_code="€"))
    assert (
        marshal.to_json_bytes(order)
        == '{"amountOfMoney":{"amount":100,"currencyCode":"€"}}'.encode()
    )


def test_integers_beyond_64_bits_stay_integers(codec: str) -> None:
    big = 2**70
    money = marshal.from_json_bytes(AmountOfMoney, b'{"amount": %d, "x": -%d}' % (big, big))
    assert money.amount == big
    assert money._unknown == {"x": -big}
    assert json.loads(marshal.to_json_bytes(money)) == {"amount": big, "x": -big}


@pytest.mark.parametrize(
    "body",
    [
        b'{"x": NaN}',
        b'{"x": Infinity}',
        b'{"x": "\\ud800"}',
        b'\xef\xbb\xbf{"x": 1}',
        '{"x": 1}'.encode("utf-16"),
        b'{"x": 1e400}',
    ],
)
def test_documents_the_standard_library_accepts_are_read_under_each_codec(
    body: bytes, codec: str
) -> None:
    money = marshal.from_json_bytes(AmountOfMoney, body)
    assert money._unknown is not None and set(money._unknown) == {"x"}


@pytest.mark.parametrize("body", [b'{"amount": ', b"{'amount': 1}", b'{"amount": 1} 2', b"\xff"])
def test_invalid_documents_give_the_same_error_under_each_codec(body: bytes) -> None:
    messages = set()
    for _ in CODECS:
        with pytest.raises(MarshallingError) as info:
            marshal.from_json_bytes(AmountOfMoney, body)
        messages.add(str(info.value))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(marshal, "_orjson", None)
        with pytest.raises(MarshallingError) as info:
            marshal.from_json_bytes(AmountOfMoney, body)
        messages.add(str(info.value))
    assert len(messages) == 1


@pytest.mark.parametrize("value", [float("nan"), float("inf"), uuid.UUID(int=1), {"a"}])
def test_values_json_cannot_hold_are_rejected_under_each_codec(value: Any, codec: str) -> None:
    money = AmountOfMoney(amount=1)
    money._unknown = {"x": value}
    with pytest.raises(MarshallingError, match="cannot write AmountOfMoney as JSON"):
        marshal.to_json_bytes(money)
    with pytest.raises(MarshallingError, match="cannot write dict as JSON"):
        marshal.to_json_bytes({"money": AmountOfMoney(amount=1), "x": value})


@attrs.define(kw_only=True, slots=True)
class _Tagged(AmountOfMoney):
    """A subclass written by hand, with a field that has no JSON name of its own."""

    tag: str | None = None


def test_subclasses_with_fields_of_their_own_use_the_detailed_path() -> None:
    obj = _Tagged(amount=1, currency_code="EUR", tag="t")
    assert marshal.to_dict(obj) == marshal._detailed_unstructure[_Tagged](obj)
    assert json.loads(marshal.to_json_bytes(obj)) == marshal.to_dict(obj)
    document = {"amount": 1, "tag": "t", "x": 2}
    read = marshal.from_dict(_Tagged, document)
    assert read == marshal._detailed_structure[_Tagged](document, _Tagged)
    assert read._unknown == marshal._detailed_structure[_Tagged](document, _Tagged)._unknown
