# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RedirectPaymentProduct5410SpecificInput`` model (see :mod:`opay.models`)."""

import datetime
from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RedirectPaymentProduct5410SpecificInput(Model):
    """The ``RedirectPaymentProduct5410SpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "second_installment_payment_date": "secondInstallmentPaymentDate",
    }

    second_installment_payment_date: datetime.date | None = None
