"""The append-only, hash-chained audit trail (ISO/IEC 17025 §7.5, §7.11)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Index, String, Text, event, insert, inspect, select, text, tuple_
from sqlalchemy.orm import Mapped, Mapper, ORMExecuteState, Session, mapped_column
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


REDACTED = "***"


def redacted(value: Any) -> str:
    """How a redacted field (a password hash, a document's bytes) is recorded: that it was
    set, with a fingerprint (16 hex digits of the SHA-256 of the stored value, never the value
    itself) so that `audit verify` notices the field changed behind the program's back."""
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
    else:
        data = json.dumps(_plain(value), ensure_ascii=False).encode("utf-8")
    return f"{REDACTED} {hashlib.sha256(data).hexdigest()[:16]}"


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
                {"old": redacted(old), "new": redacted(new)}
                if key in redact
                else {"old": _plain(old), "new": _plain(new)}
            )
        else:
            value = state.attrs[key].loaded_value
            if value is NO_VALUE:
                continue
            changes[key] = redacted(value) if key in redact else _plain(value)
    return changes


class AuditedSession(Session):
    """The session every unit of work uses. After each flush it appends one audit entry per
    inserted, updated or deleted domain row, chained to the last entry in the database; bulk
    UPDATE and DELETE statements are recorded row by row too (`_record_bulk_changes`).

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
                _json(changes),
            )
        )
    _append_entries(session, sorted(rows, key=lambda r: (r[0], r[1], r[2])))


def _append_entries(session: Session, rows: list[tuple[str, str, str, str]]) -> None:
    """Appends (table, row id, action, changes JSON) entries in the given order, each chained
    to the one before it (the last entry in the database for the first)."""
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
    for table_name, row_id, action, changes in rows:
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


class BulkInsertRefused(Exception):
    """A bulk INSERT into an audited table: it would bypass the audit trail."""


def _audited_mapper(state: ORMExecuteState) -> Mapper[Any] | None:
    """The audited model a bulk statement writes to (ORM or Core form), else None."""
    mapper = state.bind_mapper
    if mapper is None:
        target = getattr(state.statement, "table", None)
        mapper = next(
            (m for m in Base.registry.mappers if target is not None and m.local_table is target),
            None,
        )
    if mapper is None or not issubclass(mapper.class_, Base) or not mapper.class_.__audit__:
        return None
    return mapper


def _snapshot(session: Session, mapper: Mapper[Any], where: Any) -> dict[str, dict[str, Any]]:
    """Row id -> {attribute: value} of the rows `where` selects, read in the caller's
    transaction."""
    table = mapper.local_table
    keys = {column: mapper.get_property_by_column(column).key for column in table.columns}
    query = select(*table.columns)
    if where is not None:
        query = query.where(where)
    rows: dict[str, dict[str, Any]] = {}
    for row in session.execute(query).mappings():
        row_id = ",".join(str(row[column]) for column in mapper.primary_key)
        rows[row_id] = {keys[column]: row[column] for column in table.columns}
    return rows


def _by_primary_key(mapper: Mapper[Any], before: dict[str, dict[str, Any]]) -> Any:
    keys = [mapper.get_property_by_column(column).key for column in mapper.primary_key]
    if len(mapper.primary_key) == 1:
        return mapper.primary_key[0].in_([values[keys[0]] for values in before.values()])
    return tuple_(*mapper.primary_key).in_(
        [tuple(values[key] for key in keys) for values in before.values()]
    )


@event.listens_for(AuditedSession, "do_orm_execute")
def _record_bulk_changes(state: ORMExecuteState) -> Any:
    """Bulk statements (`session.execute(delete(Model).where(...))`, `update(...)`) bypass the
    unit of work, so after_flush never sees their rows. Here the rows they touch are read
    before (and, for an update, after) and recorded like any other change. A bulk INSERT into
    an audited table is refused: add the objects to the session instead."""
    if not (state.is_update or state.is_delete or state.is_insert):
        return None
    mapper = _audited_mapper(state)
    if mapper is None:
        return None
    model = mapper.class_
    if state.is_insert or isinstance(state.parameters, list):
        raise BulkInsertRefused(
            f"bulk {'INSERT' if state.is_insert else 'UPDATE by primary key'} into the audited "
            f"table {model.__tablename__} would bypass the audit trail; use session.add() "
            "or load and change the objects"
        )
    session = state.session
    before = _snapshot(session, mapper, state.statement.whereclause)
    result = state.invoke_statement()
    if not before:
        return result
    redact = model.__audit_redact__
    rows: list[tuple[str, str, str, str]] = []
    if state.is_delete:
        for row_id, values in before.items():
            changes = {k: redacted(v) if k in redact else _plain(v) for k, v in values.items()}
            rows.append((model.__tablename__, row_id, "delete", _json(changes)))
    else:
        after = _snapshot(session, mapper, _by_primary_key(mapper, before))
        for row_id, old_values in before.items():
            new_values = after.get(row_id)
            if new_values is None:
                continue  # the update changed the primary key itself: not followed
            changes = {
                key: {"old": redacted(old), "new": redacted(new_values[key])}
                if key in redact
                else {"old": _plain(old), "new": _plain(new_values[key])}
                for key, old in old_values.items()
                if new_values[key] != old
            }
            if changes:
                rows.append((model.__tablename__, row_id, "update", _json(changes)))
    _append_entries(session, rows)
    return result


def _json(changes: dict[str, Any]) -> str:
    return json.dumps(changes, ensure_ascii=False, sort_keys=True)
