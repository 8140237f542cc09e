"""Optimistic locking, one message for every record: a save based on a copy someone else
changed meanwhile is refused, naming who changed it and when (from the audit trail)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, object_session

from itc_desktop.i18n import _
from itc_desktop.models.audit import AuditEntry
from itc_desktop.models.users import User
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.errors import StaleCopy


def last_change(session: Session, row: Any) -> tuple[str, str] | None:
    """(who, local time "YYYY-MM-DD HH:MM") of the newest audit entry of `row`, or None when
    the trail has none. Who is the user's full name, else the recorded username."""
    mapper = inspect(row).mapper
    row_id = ",".join(str(part) for part in mapper.primary_key_from_instance(row))
    entry = session.execute(
        select(AuditEntry.ts, AuditEntry.username, User.full_name)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .where(AuditEntry.table_name == mapper.local_table.name, AuditEntry.row_id == row_id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    if entry is None:
        return None
    who = entry.full_name or entry.username or _("an unknown user")
    return who, entry.ts.astimezone(lab_zone(session)).strftime("%Y-%m-%d %H:%M")


def stale(session: Session, row: Any, label: str) -> StaleCopy:
    """The refusal for a save whose expected version is no longer `row`'s version."""
    change = last_change(session, row)
    if change is None:
        return StaleCopy(
            _("{label} was changed by someone else meanwhile — reload it.", label=label)
        )
    who, when = change
    return StaleCopy(
        _("{label} was changed by {name} at {time} — reload it.", label=label, name=who, time=when)
    )


def check_version(row: Any, expected_version: int | None, label: str) -> None:
    """Refuses (StaleCopy, a Conflict; see `stale`) when `expected_version` is given and
    `row` (which has a `version` column) has moved on since the caller read it.

    Call it before changing the row: the row is read again under a row lock (PostgreSQL
    SELECT … FOR UPDATE; SQLite's writer already holds the database), so of two stations
    saving at the same moment the second waits for the first and is then refused here
    with the name, instead of failing at the flush with an anonymous StaleDataError."""
    if expected_version is None:
        return
    session = object_session(row)
    assert session is not None, "check_version needs a row loaded in a session"
    session.refresh(row, with_for_update=True)
    if row.version != expected_version:
        raise stale(session, row, label)
