# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProductFieldValidators`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.empty_validator import EmptyValidator
from opay.generated.schemas.fixed_list_validator import FixedListValidator
from opay.generated.schemas.length_validator import LengthValidator
from opay.generated.schemas.range_validator import RangeValidator
from opay.generated.schemas.regular_expression_validator import RegularExpressionValidator
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class PaymentProductFieldValidators(Model):
    """The ``PaymentProductFieldValidators`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "email_address": "emailAddress",
        "expiration_date": "expirationDate",
        "fixed_list": "fixedList",
        "iban": "iban",
        "length": "length",
        "luhn": "luhn",
        "range": "range",
        "regular_expression": "regularExpression",
        "terms_and_conditions": "termsAndConditions",
    }

    email_address: EmptyValidator | None = attrs.field(
        default=None, repr=model_field_repr("emailAddress")
    )
    expiration_date: EmptyValidator | None = None
    fixed_list: FixedListValidator | None = None
    iban: EmptyValidator | None = attrs.field(default=None, repr=model_field_repr("iban"))
    length: LengthValidator | None = None
    luhn: EmptyValidator | None = None
    range: RangeValidator | None = None
    regular_expression: RegularExpressionValidator | None = None
    terms_and_conditions: EmptyValidator | None = None
