"""One page of a list query, fetched raw and converted row by row on first access.

A list view asks only for the rows it shows; converting every row of a 200-row page up front
(datetimes through the UTC type, Decimals, a dataclass per row) cost several times the query
itself. `LazyRows` keeps the driver's tuples and the column types' result processors (the ones
SQLAlchemy itself would apply, chosen from the cursor's description) and builds a row the first
time it is read, then keeps it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import chain
from typing import Any, Generic, TypeVar, overload

from sqlalchemy import Connection, Select
from sqlalchemy.engine.interfaces import Dialect

_Processor = Callable[[Any], Any] | None
_PROCESSORS: dict[tuple[Dialect, Select[Any], tuple[Any, ...]], list[_Processor]] = {}

T = TypeVar("T")


def _processors(
    dialect: Dialect, statement: Select[Any], type_codes: tuple[Any, ...]
) -> list[_Processor]:
    """The result processors of the statement's columns for this dialect and these driver type
    codes (psycopg's Numeric processor depends on the column's type code), computed once."""
    key = (dialect, statement, type_codes)
    found = _PROCESSORS.get(key)
    if found is None:
        found = [
            column.type.dialect_impl(dialect).result_processor(dialect, code)
            for column, code in zip(statement.selected_columns, type_codes, strict=True)
        ]
        _PROCESSORS[key] = found
    return found


class LazyRows(Sequence[T], Generic[T]):
    """The rows of `statement` (executed once, now) as `make(*columns)`, converted on access.

    `statement` should be a long-lived object (a module-level statement with bind parameters):
    the processors are cached per statement and dialect.
    """

    def __init__(
        self,
        connection: Connection,
        statement: Select[Any],
        parameters: Mapping[str, Any],
        make: Callable[..., T],
    ):
        result = connection.execute(statement, parameters)
        try:
            cursor = result.cursor
            type_codes = tuple(column[1] for column in cursor.description)
            self._raw: list[Sequence[Any]] = cursor.fetchall()
        finally:
            result.close()
        self._processors = [
            (i, process)
            for i, process in enumerate(_processors(connection.dialect, statement, type_codes))
            if process is not None
        ]
        self._make = make
        self._rows: list[T | None] = [None] * len(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def _row(self, index: int) -> T:
        row = self._rows[index]
        if row is None:
            values = list(self._raw[index])
            for i, process in self._processors:
                if values[i] is not None:
                    values[i] = process(values[i])
            row = self._make(*values)
            self._rows[index] = row
        return row

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._row(i) for i in range(*index.indices(len(self._raw)))]
        if index < 0:
            index += len(self._raw)
        if not 0 <= index < len(self._raw):
            raise IndexError(index)
        return self._row(index)

    def __iter__(self) -> Iterator[T]:
        return (self._row(i) for i in range(len(self._raw)))

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence (a list) of the same rows, as the list it replaces was."""
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # compared by content, like a list

    def __repr__(self) -> str:
        return f"LazyRows({list(self)!r})"


class RowPages(Sequence[T]):
    """The pages a list view has fetched so far, read as one sequence without copying them
    (copying a `LazyRows` page would build every row of it)."""

    def __init__(self) -> None:
        self._pages: list[Sequence[T]] = []
        self._starts: list[int] = []
        self._count = 0

    def append(self, page: Sequence[T]) -> None:
        if page:
            self._pages.append(page)
            self._starts.append(self._count)
            self._count += len(page)

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        page = bisect_right(self._starts, index) - 1
        return self._pages[page][index - self._starts[page]]

    def __iter__(self) -> Iterator[T]:
        return chain.from_iterable(self._pages)
