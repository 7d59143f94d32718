# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``AdditionalOrderInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.airline_data import AirlineData
from opay.generated.schemas.loan_recipient import LoanRecipient
from opay.generated.schemas.lodging_data import LodgingData
from opay.generated.schemas.order_type_information import OrderTypeInformation
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class AdditionalOrderInput(Model):
    """The ``AdditionalOrderInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "airline_data": "airlineData",
        "loan_recipient": "loanRecipient",
        "lodging_data": "lodgingData",
        "type_information": "typeInformation",
    }

    airline_data: AirlineData | None = None
    loan_recipient: LoanRecipient | None = None
    lodging_data: LodgingData | None = None
    type_information: OrderTypeInformation | None = None
