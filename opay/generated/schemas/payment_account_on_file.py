# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentAccountOnFile`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentAccountOnFile(Model):
    """The ``PaymentAccountOnFile`` model of the Online Payments API.

    Platform rules:
    - ``create_date``: a date YYYYMMDD.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "create_date": "createDate",
        "number_of_card_on_file_creation_attempts_last24_hours": "numberOfCardOnFileCreationAttemptsLast24Hours",
    }

    create_date: str | None = None
    number_of_card_on_file_creation_attempts_last24_hours: int | None = None
