# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``OrderReferences`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class OrderReferences(Model):
    """The ``OrderReferences`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "descriptor": "descriptor",
        "merchant_comment": "merchantComment",
        "merchant_parameters": "merchantParameters",
        "merchant_reconciliation_reference": "merchantReconciliationReference",
        "merchant_reference": "merchantReference",
        "operation_group_reference": "operationGroupReference",
        "soft_descriptor": "softDescriptor",
        "structured_creditor_reference": "structuredCreditorReference",
    }

    descriptor: str | None = None
    merchant_comment: str | None = None
    merchant_parameters: str | None = None
    merchant_reconciliation_reference: str | None = None
    merchant_reference: str | None = None
    operation_group_reference: str | None = None
    soft_descriptor: str | None = None
    structured_creditor_reference: str | None = None
