# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``Acceptance`` model (see :mod:`opay.models`)."""

import datetime
from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class Acceptance(Model):
    """The ``Acceptance`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "acceptance_system_application_id": "acceptanceSystemApplicationId",
        "authorization_date": "authorizationDate",
        "authorization_message_reference": "authorizationMessageReference",
    }

    acceptance_system_application_id: str | None = None
    authorization_date: datetime.datetime | None = None
    authorization_message_reference: str | None = None
