"""Reading and verifying the audit trail (the recording itself is models.audit): the hash
chain, and every audited table against the state its audit entries describe."""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Mapper, Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.audit import (
    GENESIS_HASH,
    REDACTED,
    AuditEntry,
    _plain,
    entry_hash,
    redacted,
)
from itc_desktop.models.base import Base
from itc_desktop.services.permissions import Permission, require


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    checked: int
    first_bad_id: int | None = None
    problem: str = ""

    def describe(self) -> str:
        if self.ok:
            return _("OK: {n} audit entries verified.", n=self.checked)
        return _(
            "BROKEN at audit entry {id}: {problem} ({n} entries before it verified).",
            id=self.first_bad_id,
            problem=self.problem,
            n=self.checked,
        )


def verify_chain(session: Session, batch: int = 5000) -> ChainCheck:
    """Walks the chain in id order; names the first entry whose content or link is wrong."""
    prev = GENESIS_HASH
    checked = 0
    last_id = 0
    while True:
        rows = session.execute(
            select(AuditEntry.__table__)
            .where(AuditEntry.id > last_id)
            .order_by(AuditEntry.id)
            .limit(batch)
        ).all()
        if not rows:
            return ChainCheck(ok=True, checked=checked)
        for row in rows:
            if row.prev_hash != prev:
                return ChainCheck(
                    False, checked, row.id, _("it does not follow the entry before it")
                )
            expected = entry_hash(
                row.ts,
                row.user_id,
                row.username,
                row.table_name,
                row.row_id,
                row.action,
                row.changes,
                row.prev_hash,
            )
            if expected != row.hash:
                return ChainCheck(False, checked, row.id, _("its content was altered"))
            prev = row.hash
            checked += 1
            last_id = row.id


MAX_REPORTED = 20


@dataclass(frozen=True)
class TableMismatch:
    """One row whose stored state differs from what the audit trail says it should be."""

    table: str
    row_id: str
    problem: str

    def describe(self) -> str:
        return _(
            "{table} row {row}: {problem}", table=self.table, row=self.row_id, problem=self.problem
        )


@dataclass(frozen=True)
class TableCheck:
    checked_rows: int
    mismatches: tuple[TableMismatch, ...] = ()
    total_mismatches: int = 0

    @property
    def ok(self) -> bool:
        return self.total_mismatches == 0


@dataclass(frozen=True)
class AuditCheck:
    """`itc-desktop audit verify` and the Admin page: the chain, then the tables."""

    chain: ChainCheck
    tables: TableCheck

    @property
    def ok(self) -> bool:
        return self.chain.ok and self.tables.ok

    def describe(self) -> str:
        lines = [self.chain.describe()]
        if self.tables.ok:
            lines.append(
                _(
                    "OK: {n} rows of the audited tables match the audit trail.",
                    n=self.tables.checked_rows,
                )
            )
        else:
            lines.append(
                _(
                    "CHANGED BEHIND THE PROGRAM'S BACK: {n} rows differ from the audit trail "
                    "({rows} rows checked):",
                    n=self.tables.total_mismatches,
                    rows=self.tables.checked_rows,
                )
            )
            lines.extend(f"  {m.describe()}" for m in self.tables.mismatches)
            hidden = self.tables.total_mismatches - len(self.tables.mismatches)
            if hidden > 0:
                lines.append(_("  … and {n} more.", n=hidden))
        return "\n".join(lines)


def audited_mappers() -> list[Mapper[Any]]:
    """Every table whose rows the audit trail records, in table-name order."""
    mappers = [
        m for m in Base.registry.mappers if issubclass(m.class_, Base) and m.class_.__audit__
    ]
    return sorted(mappers, key=lambda m: m.local_table.name)


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


def _same(recorded: Any, actual: Any) -> bool:
    """The recorded (JSON) form of a value against the value read back from the database,
    allowing for how each type is written down (models.audit._plain) and read back (numbers
    with the column's scale, times in UTC, JSON columns as lists instead of tuples)."""
    plain = _plain(actual)
    if recorded == plain:
        return True
    if recorded is None or actual is None or isinstance(actual, bool):
        return False
    try:
        if isinstance(actual, datetime):
            stamp = datetime.fromisoformat(str(recorded))
            return (stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)) == actual
        if isinstance(actual, date):
            return date.fromisoformat(str(recorded)) == actual
        if isinstance(actual, Decimal | float | int):
            return Decimal(str(recorded)) == Decimal(str(actual))
        if isinstance(actual, dict | list):
            parsed = ast.literal_eval(recorded) if isinstance(recorded, str) else recorded
            return json.loads(json.dumps(parsed)) == json.loads(json.dumps(actual))
    except (ValueError, TypeError, SyntaxError, InvalidOperation, RecursionError):
        return False
    return False


def _expected_rows(session: Session, table: str) -> dict[str, dict[str, Any]]:
    """Row id -> {attribute: value} as the table's audit entries leave it (inserts, updates,
    deletes replayed in order)."""
    rows: dict[str, dict[str, Any]] = {}
    entries = session.execute(
        select(AuditEntry.row_id, AuditEntry.action, AuditEntry.changes)
        .where(AuditEntry.table_name == table)
        .order_by(AuditEntry.id)
        .execution_options(yield_per=5000)
    )
    for row_id, action, changes in entries:
        try:
            values = json.loads(changes)
        except ValueError:
            values = {}
        if not isinstance(values, dict):
            values = {}
        if action == "insert":
            rows[row_id] = dict(values)
        elif action == "update":
            state = rows.setdefault(row_id, {})
            for key, change in values.items():
                state[key] = change.get("new") if isinstance(change, dict) else change
        elif action == "delete":
            rows.pop(row_id, None)
    return rows


def verify_tables(session: Session, limit: int = MAX_REPORTED) -> TableCheck:
    """Every row of every audited table against the audit trail: a row changed, added or
    removed with plain SQL (bypassing the program) has no matching entry and is named here.

    Redacted fields are compared by their fingerprint (models.audit.redacted). Not compared:
    the optimistic locking counter (bumped by every save, not a change of content). A field an
    insert did not record was empty then."""
    mismatches: list[TableMismatch] = []
    total = 0
    checked = 0

    def found(table: str, row_id: str, problem: str) -> None:
        nonlocal total
        total += 1
        if len(mismatches) < limit:
            mismatches.append(TableMismatch(table, row_id, problem))

    for mapper in audited_mappers():
        table = mapper.local_table
        expected = _expected_rows(session, table.name)
        skipped = {mapper.version_id_col} if mapper.version_id_col is not None else set()
        redact = mapper.class_.__audit_redact__
        columns = [
            (column, mapper.get_property_by_column(column).key)
            for column in table.columns
            if column not in skipped
        ]
        stored = session.execute(
            select(*table.columns).order_by(*mapper.primary_key).execution_options(yield_per=5000)
        ).mappings()
        for row in stored:
            checked += 1
            row_id = ",".join(str(row[column]) for column in mapper.primary_key)
            state = expected.pop(row_id, None)
            if state is None:
                found(
                    table.name,
                    row_id,
                    _("the row is not in the audit trail (added behind the program's back)"),
                )
                continue
            for column, key in columns:
                recorded = state.get(key)
                if key in redact:
                    # Entries before fingerprints were recorded say only "***".
                    if recorded in (None, REDACTED) or recorded == redacted(row[column]):
                        continue
                    found(
                        table.name,
                        row_id,
                        _("{field} is not what the audit trail recorded (redacted)", field=key),
                    )
                elif not _same(recorded, row[column]):
                    found(
                        table.name,
                        row_id,
                        _(
                            "{field} is {actual}, the audit trail says {recorded}",
                            field=key,
                            actual=_shown(_plain(row[column])),
                            recorded=_shown(recorded),
                        ),
                    )
        for row_id in sorted(expected):
            found(
                table.name,
                row_id,
                _("the row is missing, and the audit trail records no deletion of it"),
            )
    return TableCheck(checked, tuple(mismatches), total)


def verify_audit(session: Session) -> AuditCheck:
    """The hash chain and the audited tables (see verify_chain and verify_tables)."""
    return AuditCheck(verify_chain(session), verify_tables(session))


@dataclass(frozen=True)
class AuditFilter:
    table_name: str | None = None
    username: str | None = None
    start: datetime | None = None
    end: datetime | None = None


def list_entries(
    session: Session,
    actor: Actor | None,
    where: AuditFilter = AuditFilter(),
    *,
    before_id: int | None = None,
    limit: int = 200,
) -> list[AuditEntry]:
    """Newest first, a page at a time (keyset paging on id: pass the last id shown)."""
    require(actor, Permission.VIEW_AUDIT)
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if where.table_name:
        query = query.where(AuditEntry.table_name == where.table_name)
    if where.username:
        query = query.where(AuditEntry.username == where.username)
    if where.start:
        query = query.where(AuditEntry.ts >= where.start)
    if where.end:
        query = query.where(AuditEntry.ts < where.end)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    return list(session.scalars(query))


def audited_tables(session: Session, actor: Actor | None) -> list[str]:
    require(actor, Permission.VIEW_AUDIT)
    return list(
        session.scalars(select(AuditEntry.table_name).distinct().order_by(AuditEntry.table_name))
    )
