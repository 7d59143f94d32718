# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RedirectPaymentMethodSpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.redirect_payment_product11_specific_input import (
    RedirectPaymentProduct11SpecificInput,
)
from opay.generated.schemas.redirect_payment_product809_specific_input import (
    RedirectPaymentProduct809SpecificInput,
)
from opay.generated.schemas.redirect_payment_product840_specific_input import (
    RedirectPaymentProduct840SpecificInput,
)
from opay.generated.schemas.redirect_payment_product900_specific_input import (
    RedirectPaymentProduct900SpecificInput,
)
from opay.generated.schemas.redirect_payment_product3103_specific_input import (
    RedirectPaymentProduct3103SpecificInput,
)
from opay.generated.schemas.redirect_payment_product3112_specific_input import (
    RedirectPaymentProduct3112SpecificInput,
)
from opay.generated.schemas.redirect_payment_product3116_specific_input import (
    RedirectPaymentProduct3116SpecificInput,
)
from opay.generated.schemas.redirect_payment_product3203_specific_input import (
    RedirectPaymentProduct3203SpecificInput,
)
from opay.generated.schemas.redirect_payment_product3204_specific_input import (
    RedirectPaymentProduct3204SpecificInput,
)
from opay.generated.schemas.redirect_payment_product3302_specific_input import (
    RedirectPaymentProduct3302SpecificInput,
)
from opay.generated.schemas.redirect_payment_product3306_specific_input import (
    RedirectPaymentProduct3306SpecificInput,
)
from opay.generated.schemas.redirect_payment_product3307_specific_input import (
    RedirectPaymentProduct3307SpecificInput,
)
from opay.generated.schemas.redirect_payment_product5001_specific_input import (
    RedirectPaymentProduct5001SpecificInput,
)
from opay.generated.schemas.redirect_payment_product5300_specific_input import (
    RedirectPaymentProduct5300SpecificInput,
)
from opay.generated.schemas.redirect_payment_product5301_specific_input import (
    RedirectPaymentProduct5301SpecificInput,
)
from opay.generated.schemas.redirect_payment_product5402_specific_input import (
    RedirectPaymentProduct5402SpecificInput,
)
from opay.generated.schemas.redirect_payment_product5403_specific_input import (
    RedirectPaymentProduct5403SpecificInput,
)
from opay.generated.schemas.redirect_payment_product5406_specific_input import (
    RedirectPaymentProduct5406SpecificInput,
)
from opay.generated.schemas.redirect_payment_product5407_specific_input import (
    RedirectPaymentProduct5407SpecificInput,
)
from opay.generated.schemas.redirect_payment_product5408_specific_input import (
    RedirectPaymentProduct5408SpecificInput,
)
from opay.generated.schemas.redirect_payment_product5410_specific_input import (
    RedirectPaymentProduct5410SpecificInput,
)
from opay.generated.schemas.redirect_payment_product5412_specific_input import (
    RedirectPaymentProduct5412SpecificInput,
)
from opay.generated.schemas.redirect_payment_product5601_specific_input import (
    RedirectPaymentProduct5601SpecificInput,
)
from opay.generated.schemas.redirection_data import RedirectionData
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class RedirectPaymentMethodSpecificInput(Model):
    """The ``RedirectPaymentMethodSpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "payment_option": "paymentOption",
        "payment_product11_specific_input": "paymentProduct11SpecificInput",
        "payment_product3103_specific_input": "paymentProduct3103SpecificInput",
        "payment_product3112_specific_input": "paymentProduct3112SpecificInput",
        "payment_product3116_specific_input": "paymentProduct3116SpecificInput",
        "payment_product3203_specific_input": "paymentProduct3203SpecificInput",
        "payment_product3204_specific_input": "paymentProduct3204SpecificInput",
        "payment_product3302_specific_input": "paymentProduct3302SpecificInput",
        "payment_product3306_specific_input": "paymentProduct3306SpecificInput",
        "payment_product3307_specific_input": "paymentProduct3307SpecificInput",
        "payment_product5001_specific_input": "paymentProduct5001SpecificInput",
        "payment_product5300_specific_input": "paymentProduct5300SpecificInput",
        "payment_product5301_specific_input": "paymentProduct5301SpecificInput",
        "payment_product5402_specific_input": "paymentProduct5402SpecificInput",
        "payment_product5403_specific_input": "paymentProduct5403SpecificInput",
        "payment_product5406_specific_input": "paymentProduct5406SpecificInput",
        "payment_product5407_specific_input": "paymentProduct5407SpecificInput",
        "payment_product5408_specific_input": "paymentProduct5408SpecificInput",
        "payment_product5410_specific_input": "paymentProduct5410SpecificInput",
        "payment_product5412_specific_input": "paymentProduct5412SpecificInput",
        "payment_product5601_specific_input": "paymentProduct5601SpecificInput",
        "payment_product809_specific_input": "paymentProduct809SpecificInput",
        "payment_product840_specific_input": "paymentProduct840SpecificInput",
        "payment_product900_specific_input": "paymentProduct900SpecificInput",
        "payment_product_id": "paymentProductId",
        "redirection_data": "redirectionData",
        "requires_approval": "requiresApproval",
        "token": "token",
        "tokenize": "tokenize",
    }

    payment_option: str | None = None
    payment_product11_specific_input: RedirectPaymentProduct11SpecificInput | None = None
    payment_product3103_specific_input: RedirectPaymentProduct3103SpecificInput | None = None
    payment_product3112_specific_input: RedirectPaymentProduct3112SpecificInput | None = None
    payment_product3116_specific_input: RedirectPaymentProduct3116SpecificInput | None = None
    payment_product3203_specific_input: RedirectPaymentProduct3203SpecificInput | None = None
    payment_product3204_specific_input: RedirectPaymentProduct3204SpecificInput | None = None
    payment_product3302_specific_input: RedirectPaymentProduct3302SpecificInput | None = None
    payment_product3306_specific_input: RedirectPaymentProduct3306SpecificInput | None = None
    payment_product3307_specific_input: RedirectPaymentProduct3307SpecificInput | None = None
    payment_product5001_specific_input: RedirectPaymentProduct5001SpecificInput | None = None
    payment_product5300_specific_input: RedirectPaymentProduct5300SpecificInput | None = None
    payment_product5301_specific_input: RedirectPaymentProduct5301SpecificInput | None = None
    payment_product5402_specific_input: RedirectPaymentProduct5402SpecificInput | None = None
    payment_product5403_specific_input: RedirectPaymentProduct5403SpecificInput | None = None
    payment_product5406_specific_input: RedirectPaymentProduct5406SpecificInput | None = None
    payment_product5407_specific_input: RedirectPaymentProduct5407SpecificInput | None = None
    payment_product5408_specific_input: RedirectPaymentProduct5408SpecificInput | None = None
    payment_product5410_specific_input: RedirectPaymentProduct5410SpecificInput | None = None
    payment_product5412_specific_input: RedirectPaymentProduct5412SpecificInput | None = None
    payment_product5601_specific_input: RedirectPaymentProduct5601SpecificInput | None = None
    payment_product809_specific_input: RedirectPaymentProduct809SpecificInput | None = None
    payment_product840_specific_input: RedirectPaymentProduct840SpecificInput | None = None
    payment_product900_specific_input: RedirectPaymentProduct900SpecificInput | None = None
    payment_product_id: int | None = None
    redirection_data: RedirectionData | None = None
    requires_approval: bool | None = None
    token: str | None = attrs.field(default=None, repr=model_field_repr("token"))
    tokenize: bool | None = None
