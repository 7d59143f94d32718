"""Every operation of the API (``OPERATIONS``, by operation id, and one constant each) and
the platform's idempotence-key limits, generated from the API description into
:mod:`opay.generated.operation_table` and re-exported here."""

from opay.generated.operation_table import *  # noqa: F403
from opay.generated.operation_table import (
    IDEMPOTENCE_KEY_MAX_LENGTH as IDEMPOTENCE_KEY_MAX_LENGTH,
)
from opay.generated.operation_table import (
    IDEMPOTENCE_RETENTION_SECONDS as IDEMPOTENCE_RETENTION_SECONDS,
)
from opay.generated.operation_table import OPERATIONS as OPERATIONS
