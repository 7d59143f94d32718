# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CreateHostedFieldsSessionRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.payment_product_filters_hosted_fields import (
    PaymentProductFiltersHostedFields,
)
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CreateHostedFieldsSessionRequest(Model):
    """The ``CreateHostedFieldsSessionRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "locale": "locale",
        "origin": "origin",
        "payment_product_filters": "paymentProductFilters",
        "tokens": "tokens",
    }

    locale: str | None = None
    origin: str | None = None
    payment_product_filters: PaymentProductFiltersHostedFields | None = None
    tokens: list[str] | None = attrs.field(default=None, repr=model_field_repr("tokens"))
