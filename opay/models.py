"""Every model of the Online Payments API and every query-parameter class:
``from opay.models import CreatePaymentRequest``.

The classes are generated from the API description into :mod:`opay.generated.schemas`
(one module each); this module re-exports them, each imported on first access, so importing
it costs next to nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from opay.generated import schemas as _schemas
from opay.generated.schemas import __all__ as __all__

if TYPE_CHECKING:
    from opay.generated.schemas import *  # noqa: F403


def __getattr__(name: str) -> Any:
    value = getattr(_schemas, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
