"""The cheap "did another station change anything?" signal behind live refresh.

Every change of domain data appends to the audit trail in the same transaction, and audit
ids grow in commit order (SQLite's write lock; an advisory lock on PostgreSQL), so the
newest audit id is a change counter: one indexed `max(id)` per poll, on both databases."""

from __future__ import annotations

from sqlalchemy import func, select

from itc_desktop.db import Database
from itc_desktop.models.audit import AuditEntry


def change_mark(db: Database) -> int:
    """The newest audit entry's id (0 for an empty trail). Raises SQLAlchemy's errors when
    the database does not answer; no retry, the caller polls again anyway."""
    with db.reader(retries=0) as session:
        return session.scalar(select(func.max(AuditEntry.id))) or 0


class ChangeProbe:
    """Remembers the mark between polls: `poll()` is True when something was committed
    (by any station) since the previous poll."""

    def __init__(self, db: Database):
        self.db = db
        self.mark: int | None = None

    def poll(self) -> bool:
        mark = change_mark(self.db)
        changed = self.mark is not None and mark != self.mark
        self.mark = mark
        return changed
