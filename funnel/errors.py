"""The domain's errors. Their messages are written for people: the UI and the
CLI show them as they are.

A message may be a template with `{named}` values, marked with
`QT_TRANSLATE_NOOP("Errors", ...)`: `str(error)` is the English sentence, and
the UI translates `error.template` and formats it with `error.params`.
"""

from __future__ import annotations

from typing import Any


class FunnelError(Exception):
    """Base of every error a person may see."""

    def __init__(self, message: str, **params: Any) -> None:
        self.template = message
        self.params = params
        super().__init__(message.format(**params) if params else message)


class NotFoundError(FunnelError):
    pass


class ValidationError(FunnelError):
    pass


class DatabaseError(FunnelError):
    """The file cannot be opened as a Funnel database."""


class NotAFunnelDatabaseError(DatabaseError):
    pass


class NewerDatabaseError(DatabaseError):
    pass


class MissingDatabaseError(DatabaseError):
    """A command that only reads was pointed at a file that does not exist."""


class UnsupportedDatabaseError(DatabaseError):
    """`--db` names a server (a URL) of a kind Funnel cannot talk to."""


class ReadOnlyDatabaseError(DatabaseError):
    """The file can be read but not written (its permissions, or its medium)."""


class DatabaseBusyError(DatabaseError):
    """Another program holds the write lock for longer than we wait."""


class DiskFullError(DatabaseError):
    """The disk filled up during a write; the transaction was rolled back."""


class ServerUnavailableError(DatabaseError):
    """The team server cannot be reached (network, restart, wrong address)."""


class LoginFailedError(DatabaseError):
    """The team server refused the user name or password."""


class PermissionDeniedError(DatabaseError):
    """The team server refused the action for this user's role."""


class WriteConflictError(DatabaseError):
    """Another user's transaction collided with this one; nothing was written."""


class ChangedByOtherError(FunnelError):
    """The record changed since it was read (another user, or another window):
    nothing was written, so the person can reload and keep what they typed."""

    def __init__(self, message: str, *, who: str | None = None, **params: Any) -> None:
        self.who = who
        super().__init__(message, who=who or "", **params)
