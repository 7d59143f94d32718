"""The exceptions of the journal: each names the call it is about and what to do next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from opay.exceptions import OpayError

if TYPE_CHECKING:
    from opay.journal.entry import Entry


class JournalError(OpayError):
    """Base class of the journal's exceptions; ``entry`` is the journal entry concerned."""

    def __init__(self, message: str, entry: Entry | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.entry = entry
        if entry is not None:
            self.idempotence_key = entry.idempotence_key

    def __str__(self) -> str:
        return self.message


class BusinessKeyConflictError(JournalError, ValueError):
    """A business key already stands for another request (its digest differs): answering
    with the first request's outcome would be wrong, and sending the new one under the same
    key would make the platform replay the first one's answer. Use a new business key for a
    new request."""


class CallInProgressError(JournalError):
    """Another process (or thread) has claimed the same call and its outcome is not known
    yet. The call may still be running, or the process that sent it may have died: the
    recovery routine (:meth:`opay.journal.Journal.in_doubt` and ``client.resume(entry)``)
    settles it. ``may_have_taken_effect`` is True."""

    may_have_taken_effect = True


class KeyExpiredError(JournalError):
    """The call's idempotence key is older than the platform keeps keys
    (:data:`opay.operations.IDEMPOTENCE_RETENTION_SECONDS`): a resend might act again, so it
    is never made. Settle the call by reference (``get_payment`` or a search by
    ``merchantReference``) and record what you found with :meth:`Journal.settle`."""

    may_have_taken_effect = True
