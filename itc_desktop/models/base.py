"""Declarative base, naming conventions and the column types every model shares."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, DateTime, MetaData, Numeric
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC without an offset (SQLite has no time zones) and hands back aware UTC
    datetimes; an aware value in another zone is converted, a naive one is refused."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; attach a time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class OffIndex(ColumnElement[Any]):
    """A column in a comparison that must not choose the index (SQLite: a unary +, SQLite's
    own way to keep a term off the indexes; elsewhere the column as it is).

    An overlap test "ends after X and starts before Y" of one machine must range over
    (equipment_id, ends_at, ...): only the few rows ending after X. Offered
    (equipment_id, starts_at) too (revision 0008, for lists newest first), SQLite takes it
    for "starts before Y" — the machine's whole history. PostgreSQL weighs both ranges with
    its statistics and has no unary + for timestamps."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: ColumnElement[Any]) -> None:
        self.column = column
        self.type = column.type


@compiles(OffIndex)
def _off_index_default(element: OffIndex, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.column, **kw)


@compiles(OffIndex, "sqlite")
def _off_index_sqlite(element: OffIndex, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + compiler.process(element.column, **kw)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: UTCDateTime(),
        Decimal: Numeric(14, 2),
    }

    # Audit trail: every domain table is audited unless it opts out; fields listed in
    # __audit_redact__ are recorded as changed without their values.
    __audit__: bool = True
    __audit_redact__: frozenset[str] = frozenset()
