# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SubsequentPaymentRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.omnichannel_subsequent_specific_input import (
    OmnichannelSubsequentSpecificInput,
)
from opay.generated.schemas.order import Order
from opay.generated.schemas.subsequent_card_payment_method_specific_input import (
    SubsequentCardPaymentMethodSpecificInput,
)
from opay.generated.schemas.subsequent_payment_product5001_specific_input import (
    SubsequentPaymentProduct5001SpecificInput,
)
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class SubsequentPaymentRequest(Model):
    """The ``SubsequentPaymentRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "omnichannel_subsequent_specific_input": "omnichannelSubsequentSpecificInput",
        "order": "order",
        "subsequent_payment_product5001_specific_input": "subsequentPaymentProduct5001SpecificInput",
        "subsequentcard_payment_method_specific_input": "subsequentcardPaymentMethodSpecificInput",
    }

    omnichannel_subsequent_specific_input: OmnichannelSubsequentSpecificInput | None = None
    order: Order | None = None
    subsequent_payment_product5001_specific_input: (
        SubsequentPaymentProduct5001SpecificInput | None
    ) = None
    subsequentcard_payment_method_specific_input: (
        SubsequentCardPaymentMethodSpecificInput | None
    ) = None
