"""One call of an operation, as a single frozen value: what a resource method was given.

A :class:`Call` flows unchanged from the resource method (``payments.create_payment(body,
context)``) through the executor and the retry loop (:func:`opay.attempts.call_steps`) to
:func:`opay.request.build_request` and :func:`opay.response.parse_response`. The attempts
of a call for which opay generates an idempotence key send a copy whose context carries
that key (:meth:`Call.with_context`); the caller's context is never given a key it did not
set.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from opay.context import CallContext
from opay.operation import Operation

_NO_VALUES: Mapping[str, object] = MappingProxyType({})


class Call(NamedTuple):
    """``operation`` called with ``path_values`` (the JSON names of its path parameters:
    ``merchantId``, ``paymentId``, ...), ``body`` (a model or a plain mapping), ``query`` (an
    instance of its query-parameter class) and ``context`` (the per-call options).

    A named tuple: immutable, and made at C speed on every call."""

    operation: Operation
    path_values: Mapping[str, object] = _NO_VALUES
    body: object | None = None
    query: object | None = None
    context: CallContext | None = None

    def with_context(self, context: CallContext | None) -> Call:
        """The same call with another context (the one its attempts send)."""
        if context is self.context:
            return self
        return Call(self.operation, self.path_values, self.body, self.query, context)

    @property
    def merchant_id(self) -> str | None:
        """The merchant the call is made for, when its path has one."""
        merchant = self.path_values.get("merchantId")
        return merchant if isinstance(merchant, str) else None
