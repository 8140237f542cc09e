"""The cheap "did another station change anything?" signal behind live refresh.

Every change of domain data appends to the audit trail in the same transaction, and audit
ids grow in commit order (SQLite's write lock; an advisory lock on PostgreSQL), so the
newest audit id is a change counter: one indexed `max(id)` per poll, on both databases."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from itc_desktop.db import Database
from itc_desktop.models.audit import AuditEntry


def latest_change(session: Session) -> int:
    """The newest audit entry's id (0 for an empty trail): reads `audit_log.id` only, which
    is all the kiosk's PostgreSQL role may read of the trail."""
    return session.scalar(select(func.max(AuditEntry.id))) or 0


def change_mark(db: Database) -> int:
    """`latest_change` in a read of its own. Raises SQLAlchemy's errors when the database
    does not answer; no retry, the caller polls again anyway."""
    with db.reader(retries=0) as session:
        return latest_change(session)


class ChangeProbe:
    """Remembers the mark between polls: `poll()` is True when something was committed
    (by any station) since the previous poll. `read_mark` replaces `change_mark(db)` for a
    reader with checks of its own around the read (the kiosk's)."""

    def __init__(self, db: Database, read_mark: Callable[[], int] | None = None):
        self.db = db
        self.read_mark = read_mark or (lambda: change_mark(db))
        self.mark: int | None = None

    def poll(self) -> bool:
        mark = self.read_mark()
        changed = self.mark is not None and mark != self.mark
        self.mark = mark
        return changed
