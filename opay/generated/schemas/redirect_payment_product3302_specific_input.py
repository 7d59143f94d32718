# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RedirectPaymentProduct3302SpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RedirectPaymentProduct3302SpecificInput(Model):
    """The ``RedirectPaymentProduct3302SpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "organization_entity_type": "organizationEntityType",
        "organization_registration_id": "organizationRegistrationId",
        "vat_id": "vatId",
    }

    organization_entity_type: str | None = None
    organization_registration_id: str | None = None
    vat_id: str | None = None
