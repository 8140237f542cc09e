"""Domain errors: what the services raise and the UI turns into a readable message."""

from __future__ import annotations

from collections.abc import Mapping


class DomainError(Exception):
    """A rule of the lab refused the operation; `str(error)` is the message for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class PermissionDenied(DomainError):
    pass


class NotFound(DomainError):
    pass


class Conflict(DomainError):
    """The operation collides with data already there (a duplicate, a running session ...)."""


class StaleCopy(Conflict):
    """The record was changed by someone else since the caller read it (optimistic locking,
    services/versions.py): nothing was written; a screen showing the old copy reads again."""


class InvalidTransition(DomainError):
    pass


class ValidationError(DomainError):
    """Bad input. `errors` maps each wrong field to what is wrong with it."""

    def __init__(self, errors: Mapping[str, str] | str, field: str | None = None):
        if isinstance(errors, str):
            errors = {field or "": errors}
        self.errors = dict(errors)
        super().__init__(
            "; ".join(f"{name}: {text}" if name else text for name, text in self.errors.items())
        )
