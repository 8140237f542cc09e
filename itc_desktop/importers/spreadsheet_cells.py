"""Cells that are safe to open in a spreadsheet program, shared by every CSV and XLSX export.

Excel and LibreOffice run a cell that starts with = + - @ TAB or CR as a formula (CSV or
formula injection: `=HYPERLINK(...)` in a company name becomes a link, `=cmd|...` worse).
OWASP's advice: such *text* gets a leading apostrophe, so it is shown as the text it is.
Numbers, dates and empty cells are left alone, so a real −3.5 stays a number."""

from __future__ import annotations

from typing import TypeVar

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

T = TypeVar("T")


def _needs_quote(text: str) -> bool:
    # Text that already starts with apostrophes before a formula character gets one more, so
    # that `unneutralise` gives back exactly what was exported.
    return text.lstrip("'").startswith(FORMULA_STARTS)


def neutralise(value: T) -> T | str:
    """The value to write into a cell: text a spreadsheet would run gets a leading apostrophe;
    anything that is not text (int, float, Decimal, date, None) is returned unchanged."""
    if isinstance(value, str) and _needs_quote(value):
        return "'" + value
    return value


def unneutralise(text: str) -> str:
    """What `neutralise` wrote, read back from a file (the equipment CSV import)."""
    if text.startswith("'") and _needs_quote(text):
        return text[1:]
    return text
