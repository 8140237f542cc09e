"""The append-only, hash-chained audit trail (ISO/IEC 17025 §7.5, §7.11)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Index, String, Text, event, insert, inspect, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.orm.base import NO_VALUE

from itc_desktop.models.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_table_row", "table_name", "row_id"),
        Index("ix_audit_log_ts", "ts"),
    )
    __audit__ = False

    id: Mapped[int] = mapped_column(primary_key=True)
    ts: Mapped[datetime]
    user_id: Mapped[int | None]
    username: Mapped[str | None] = mapped_column(String(64))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(8))
    changes: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


GENESIS_HASH = "0" * 64


def entry_hash(
    ts: datetime,
    user_id: int | None,
    username: str | None,
    table_name: str,
    row_id: str,
    action: str,
    changes: str,
    prev_hash: str,
) -> str:
    """SHA-256 over an entry's content and the previous entry's hash: changing, removing or
    inserting a row anywhere breaks the chain from there on."""
    stamp = ts.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
    payload = json.dumps(
        [stamp, user_id, username, table_name, row_id, action, changes, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _plain(value: Any) -> Any:
    """A JSON-friendly form of a column value."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        return f"<{len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()[:16]}>"
    return str(value)


def _row_changes(obj: Base, action: str) -> dict[str, Any]:
    state = inspect(obj)
    redact = type(obj).__audit_redact__
    changes: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if action == "update":
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            changes[key] = (
                {"old": "***", "new": "***"}
                if key in redact
                else {"old": _plain(old), "new": _plain(new)}
            )
        else:
            value = state.attrs[key].loaded_value
            if value is NO_VALUE:
                continue
            changes[key] = "***" if key in redact else _plain(value)
    return changes


class AuditedSession(Session):
    """The session every unit of work uses. After each flush it appends one audit entry per
    inserted, updated or deleted domain row, chained to the last entry in the database.

    The acting user is read from `session.info["actor_id"]` / `["actor_name"]`."""


@event.listens_for(AuditedSession, "after_flush")
def _record_changes(session: Session, flush_context: Any) -> None:
    pending: list[tuple[Base, str]] = []
    for objects, action in (
        (session.new, "insert"),
        (session.dirty, "update"),
        (session.deleted, "delete"),
    ):
        for obj in objects:
            if isinstance(obj, Base) and type(obj).__audit__:
                pending.append((obj, action))
    if not pending:
        return
    rows = []
    for obj, action in pending:
        changes = _row_changes(obj, action)
        if action == "update" and not changes:
            continue
        identity = inspect(obj).mapper.primary_key_from_instance(obj)
        rows.append(
            (
                type(obj).__tablename__,
                ",".join(str(part) for part in identity),
                action,
                json.dumps(changes, ensure_ascii=False, sort_keys=True),
            )
        )
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        # Serialise chain extension across stations (SQLite's write lock does this itself).
        conn.execute(text("SELECT pg_advisory_xact_lock(74201)"))
    table = AuditEntry.__table__
    prev = (
        conn.execute(select(table.c.hash).order_by(table.c.id.desc()).limit(1)).scalar_one_or_none()
        or GENESIS_HASH
    )
    user_id = session.info.get("actor_id")
    username = session.info.get("actor_name")
    ts = datetime.now(UTC)
    values = []
    for table_name, row_id, action, changes in sorted(rows, key=lambda r: (r[0], r[1], r[2])):
        digest = entry_hash(ts, user_id, username, table_name, row_id, action, changes, prev)
        values.append(
            {
                "ts": ts,
                "user_id": user_id,
                "username": username,
                "table_name": table_name,
                "row_id": row_id,
                "action": action,
                "changes": changes,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    conn.execute(insert(table), values)
