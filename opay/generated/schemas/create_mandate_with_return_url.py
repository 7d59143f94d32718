# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CreateMandateWithReturnUrl`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.mandate_customer import MandateCustomer
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CreateMandateWithReturnUrl(Model):
    """The ``CreateMandateWithReturnUrl`` model of the Online Payments API.

    Required by the platform (optional here): ``customer``.

    Platform rules:
    - ``language``: one of de, en, es, fr, it, nl, si, sk, sv.
    - ``recurrence_type``: one of UNIQUE, RECURRING.
    - ``signature_type``: one of UNSIGNED, SMS, TICK_BOX, AIS.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "alias": "alias",
        "customer": "customer",
        "customer_reference": "customerReference",
        "language": "language",
        "recurrence_type": "recurrenceType",
        "return_url": "returnUrl",
        "signature_type": "signatureType",
        "unique_mandate_reference": "uniqueMandateReference",
    }

    alias: str | None = None
    customer: MandateCustomer | None = None
    customer_reference: str | None = None
    language: str | None = None
    recurrence_type: str | None = None
    return_url: str | None = None
    signature_type: str | None = None
    unique_mandate_reference: str | None = None
