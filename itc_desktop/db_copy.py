"""`itc-desktop db copy`: moves a single-PC database (SQLite) to the lab's PostgreSQL server
with every row, and proves it by comparing row counts and a checksum per table. Qt-free.

The copy is a plain Core copy on its own connections, outside the audited session: it writes
no audit entries of its own, and the audit trail's rows are copied verbatim (hashes
included), so `itc-desktop audit verify` succeeds on the server exactly as on the file. The
target must be empty; it is migrated to this program's schema first, and everything else is
one transaction: a copy that fails leaves no rows behind. During it the target's own triggers
(approved results and issued reports locked, audit trail append-only) are switched off for
this transaction only — they would refuse, for instance, the values of an approved record —
while foreign keys and the bookings' no-overlap constraint stay in force."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Connection, Engine, Table, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from itc_desktop.config import sqlite_url
from itc_desktop.db import (
    DatabaseError,
    create_db_engine,
    current_revision,
    database_location,
    head_revision,
    migrate,
    sqlite_file,
)
from itc_desktop.i18n import _
from itc_desktop.models import Base
from itc_desktop.services.audit import ChainCheck, verify_chain

BATCH_ROWS = 500
BATCH_BYTES = 16 * 1024 * 1024  # large documents and PDFs go in smaller batches
VERSION_TABLE = "alembic_version"


class CopyRefused(DatabaseError):
    """The copy was not started; the message says why. Nothing was written."""


@dataclass(frozen=True)
class TableCheck:
    table: str
    source_rows: int
    target_rows: int
    source_sha256: str
    target_sha256: str

    @property
    def ok(self) -> bool:
        return (self.source_rows, self.source_sha256) == (self.target_rows, self.target_sha256)


@dataclass(frozen=True)
class CopyResult:
    source: str
    target: str
    revision: str
    tables: tuple[TableCheck, ...]
    audit: ChainCheck

    @property
    def ok(self) -> bool:
        return self.audit.ok and all(check.ok for check in self.tables)

    @property
    def rows(self) -> int:
        return sum(check.target_rows for check in self.tables)


def as_url(text_or_path: str) -> str:
    """A SQLAlchemy URL as given, or the URL of a database file path."""
    return text_or_path if "://" in text_or_path else sqlite_url(text_or_path)


def copied_tables() -> list[Table]:
    """The program's tables, parents before children (foreign keys)."""
    return list(Base.metadata.sorted_tables)


# Checksums --------------------------------------------------------------------------------


def _normal(value: Any) -> Any:
    """A value in a form that does not depend on the database that stored it."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return value.hex()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value.is_finite() else str(value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        return f"bytes:{len(data)}:{hashlib.sha256(data).hexdigest()}"
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return repr(value)


def _sort_key(values: Sequence[Any]) -> tuple[tuple[int, Any], ...]:
    return tuple((0, v) if isinstance(v, int) else (1, str(v)) for v in values)


def _row_digest(row: Sequence[Any]) -> str:
    payload = json.dumps([_normal(v) for v in row], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def _integer_key(table: Table) -> bool:
    try:
        return all(column.type.python_type is int for column in table.primary_key.columns)
    except NotImplementedError:
        return False


def table_checksum(conn: Connection, table: Table) -> tuple[int, str]:
    """(row count, SHA-256) of a table: each row's normalised values hashed, the row hashes
    taken in primary-key order. Integer keys are ordered by the database (the same order
    everywhere, and nothing is held in memory); other keys are sorted here, not by the
    database's collation."""
    pk = list(table.primary_key.columns)
    total = hashlib.sha256()
    count = 0
    if _integer_key(table):
        query = select(*table.columns).order_by(*pk)
        for row in conn.execution_options(yield_per=BATCH_ROWS).execute(query):
            total.update(_row_digest(row).encode() + b"\n")
            count += 1
        return count, total.hexdigest()
    keys = [table.columns.keys().index(column.name) for column in pk]
    digests: list[tuple[tuple[tuple[int, Any], ...], str]] = []
    result = conn.execution_options(yield_per=BATCH_ROWS).execute(select(*table.columns))
    for row in result:
        digests.append((_sort_key([row[k] for k in keys]), _row_digest(row)))
    digests.sort(key=lambda item: item[0])
    for _key, digest in digests:
        total.update(digest.encode() + b"\n")
    return len(digests), total.hexdigest()


def compare(source: Connection, target: Connection) -> tuple[TableCheck, ...]:
    """Row counts and checksums of every table of the program, on both sides."""
    checks = []
    for table in copied_tables():
        source_rows, source_sum = table_checksum(source, table)
        target_rows, target_sum = table_checksum(target, table)
        checks.append(TableCheck(table.name, source_rows, target_rows, source_sum, target_sum))
    return tuple(checks)


def compare_databases(source_url: str, target_url: str) -> tuple[TableCheck, ...]:
    """`compare` of two databases given by URL, each read in one transaction."""
    source_engine = create_db_engine(source_url, read_only=True)
    target_engine = create_db_engine(target_url, read_only=True)
    try:
        with source_engine.connect() as source, target_engine.connect() as target:
            return compare(source, target)
    finally:
        source_engine.dispose()
        target_engine.dispose()


# Checks before anything is written --------------------------------------------------------


def _reason(error: Exception) -> str:
    return str(getattr(error, "orig", None) or error).strip()


def _open_source(url: str) -> Engine:
    path = sqlite_file(url)
    if path is not None and not path.is_file():
        raise CopyRefused(_("There is no database at {path}.", path=path))
    engine = create_db_engine(url, read_only=True)
    try:
        with engine.connect() as conn:
            revision = current_revision(engine)
            tables = set(inspect(conn).get_table_names())
    except SQLAlchemyError as error:
        engine.dispose()
        raise CopyRefused(
            _(
                "The source database {where} cannot be read: {reason}",
                where=database_location(url),
                reason=_reason(error),
            )
        ) from error
    head = head_revision()
    if revision is None:
        engine.dispose()
        raise CopyRefused(
            _("The source {where} is not an ITC Lab database.", where=database_location(url))
        )
    if revision != head:
        engine.dispose()
        raise CopyRefused(
            _(
                "The source has schema revision {revision}, this program's is {head}. Bring "
                "it up to date first (itc-desktop --db SOURCE db upgrade, with the program "
                "that matches the server), then copy again.",
                revision=revision,
                head=head,
            )
        )
    missing = sorted({t.name for t in copied_tables()} - tables)
    if missing:
        engine.dispose()
        raise CopyRefused(_("The source lacks the tables {tables}.", tables=", ".join(missing)))
    return engine


def _rows_in(conn: Connection, tables: Sequence[str]) -> dict[str, int]:
    known = {t.name: t for t in copied_tables()}
    counts = {}
    for name in tables:
        table = known[name]
        counts[name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
    return {name: count for name, count in counts.items() if count}


def _check_target_empty(engine: Engine, url: str) -> None:
    known = {t.name for t in copied_tables()}
    try:
        with engine.connect() as conn:
            present = set(inspect(conn).get_table_names())
            foreign = sorted(present - known - {VERSION_TABLE})
            filled = _rows_in(conn, sorted(present & known))
    except SQLAlchemyError as error:
        raise CopyRefused(
            _(
                "The target {where} cannot be reached: {reason}",
                where=database_location(url),
                reason=_reason(error),
            )
        ) from error
    if foreign:
        raise CopyRefused(
            _(
                "The target holds tables that are not ITC Lab's ({tables}); copy into an "
                "empty database. Nothing was written.",
                tables=", ".join(foreign[:5]) + (" …" if len(foreign) > 5 else ""),
            )
        )
    if filled:
        listed = ", ".join(f"{name} ({count})" for name, count in sorted(filled.items())[:5])
        if len(filled) > 5:
            listed += _(" and {n} more tables", n=len(filled) - 5)
        raise CopyRefused(
            _(
                "The target database is not empty: {tables}. The copy goes only into an empty "
                "database; nothing was written.",
                tables=listed,
            )
        )


# The copy ---------------------------------------------------------------------------------


def _batches(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    size = 0
    for values in rows:
        batch.append(values)
        size += sum(len(v) for v in values.values() if isinstance(v, bytes | str))
        if len(batch) >= BATCH_ROWS or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _in_reference_order(
    rows: Iterable[dict[str, Any]], refs: Sequence[tuple[str, str]]
) -> Iterator[dict[str, Any]]:
    """The rows as given (primary-key order), except that a row referring to a row of the
    same table that has not come yet waits for it: the program only refers back (an amendment
    to an earlier report, a correction of an earlier record), but the schema allows either.
    `refs`: (referring column, referred column) pairs."""
    if not refs:
        yield from rows
        return
    referred_columns = sorted({referred for _column, referred in refs})
    seen: dict[str, set[Any]] = {referred: set() for referred in referred_columns}
    waiting: dict[tuple[str, Any], list[dict[str, Any]]] = defaultdict(list)

    def blocker(row: dict[str, Any]) -> tuple[str, Any] | None:
        for column, referred in refs:
            value = row[column]
            if value is not None and value not in seen[referred] and value != row[referred]:
                return referred, value
        return None

    for row in rows:
        queue = deque([row])
        while queue:
            current = queue.popleft()
            missing = blocker(current)
            if missing is not None:
                waiting[missing].append(current)
                continue
            yield current
            for referred in referred_columns:
                seen[referred].add(current[referred])
                queue.extend(waiting.pop((referred, current[referred]), []))
    for left in waiting.values():  # a dangling reference: the database names it
        yield from left


def _user_triggered_tables(conn: Connection) -> list[str]:
    rows = conn.execute(
        text(
            "SELECT DISTINCT c.relname FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema() ORDER BY 1"
        )
    )
    return [row[0] for row in rows]


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def _write(target: Connection, table: Table, batch: list[dict[str, Any]]) -> None:
    """One batch with PostgreSQL's COPY (several times faster than INSERTs), each value
    first converted by its column type exactly as an INSERT would (UTC times, JSON)."""
    columns = list(table.columns)
    dialect = target.dialect
    processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(sql.Identifier(c.name) for c in columns)
    )
    driver = target.connection.dbapi_connection
    assert driver is not None
    with driver.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[attr-defined]
        for values in batch:
            copy.write_row(
                [
                    values[column.name] if process is None else process(values[column.name])
                    for column, process in zip(columns, processors, strict=True)
                ]
            )


def _copy_table(source: Connection, target: Connection, table: Table) -> int:
    """Every row of `table`, in primary-key order (see `_in_reference_order`)."""
    refs = [
        (fk.parent.name, fk.column.name) for fk in table.foreign_keys if fk.column.table is table
    ]
    query = select(*table.columns).order_by(*table.primary_key.columns)
    rows = source.execution_options(yield_per=BATCH_ROWS).execute(query)
    copied = 0
    for batch in _batches(_in_reference_order((dict(row._mapping) for row in rows), refs)):
        _write(target, table, batch)
        copied += len(batch)
    return copied


def _reset_sequences(conn: Connection, table: Table) -> None:
    pk = list(table.primary_key.columns)
    if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
        return
    column = pk[0]
    sequence = conn.execute(
        text("SELECT pg_get_serial_sequence(:table, :column)"),
        {"table": _quote(conn, table.name), "column": column.name},
    ).scalar_one()
    if sequence is None:
        return
    highest = conn.execute(select(func.max(column))).scalar_one()
    conn.execute(
        text("SELECT setval(:sequence, :value, :called)"),
        {"sequence": sequence, "value": highest or 1, "called": highest is not None},
    )


def _copy_all(
    source: Connection,
    target_engine: Engine,
    tables: Sequence[Table],
    progress: Callable[[str, int], None] | None,
) -> None:
    """All rows in one target transaction, the target's own triggers off inside it only."""
    try:
        with target_engine.begin() as target:
            # Refuses a second copy running at the same time, or a station that wrote since
            # the first check.
            filled = _rows_in(target, [t.name for t in tables])
            if filled:
                raise CopyRefused(
                    _(
                        "The target database is not empty: {tables}. Nothing was written.",
                        tables=", ".join(sorted(filled)),
                    )
                )
            triggered = _user_triggered_tables(target)
            for name in triggered:
                target.exec_driver_sql(f"ALTER TABLE {_quote(target, name)} DISABLE TRIGGER USER")
            for table in tables:
                count = _copy_table(source, target, table)
                _reset_sequences(target, table)
                if progress is not None:
                    progress(table.name, count)
            for name in triggered:
                target.exec_driver_sql(f"ALTER TABLE {_quote(target, name)} ENABLE TRIGGER USER")
    except (SQLAlchemyError, psycopg.Error) as error:
        raise DatabaseError(
            _(
                "The copy failed and was undone (the target holds no rows): {reason}",
                reason=_reason(error),
            )
        ) from error


def copy_database(
    source_url: str,
    target_url: str,
    *,
    progress: Callable[[str, int], None] | None = None,
) -> CopyResult:
    """Copies every row of the database at `source_url` (this program's schema revision)
    into the empty PostgreSQL database at `target_url`, then compares them table by table
    and verifies the audit chain on the target. Raises CopyRefused before writing anything
    when the source cannot be read or the target is not empty."""
    if make_url(target_url).get_backend_name() != "postgresql":
        raise CopyRefused(
            _(
                "The copy goes to a PostgreSQL server (postgresql+psycopg://user@host/db); "
                "a copy of a database file is made with `itc-desktop db backup`."
            )
        )
    if database_location(source_url) == database_location(target_url):
        raise CopyRefused(_("The source and the target are the same database."))
    source_engine = _open_source(source_url)
    target_engine = create_db_engine(target_url)
    tables = copied_tables()
    try:
        _check_target_empty(target_engine, target_url)
        try:
            migrate(target_engine, target_url)
        except SQLAlchemyError as error:
            raise DatabaseError(
                _("The target could not be migrated: {reason}", reason=_reason(error))
            ) from error
        # One read transaction on the source: the copy and its comparison see one snapshot.
        with source_engine.connect() as source, source.begin():
            _copy_all(source, target_engine, tables, progress)
            with target_engine.connect() as target:
                checks = compare(source, target)
        with Session(target_engine) as session:
            audit = verify_chain(session)
        revision = current_revision(target_engine)
        assert revision is not None
    finally:
        source_engine.dispose()
        target_engine.dispose()
    return CopyResult(
        source=database_location(source_url),
        target=database_location(target_url),
        revision=revision,
        tables=checks,
        audit=audit,
    )
