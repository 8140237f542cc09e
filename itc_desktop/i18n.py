"""Translatable text for the Qt-free layers (services, reports, CLI).

`_()` translates a message into the current language and formats its `{placeholders}`; `N_()`
marks a message where it is defined (translated where it is shown). The translations come from
the same catalogues as the Qt texts (resources/translations/itc_<lang>.ts, context "itc"; see
i18n_catalog), so every message has one source of truth.

The current language is the program's (`set_language`, chosen by the user) unless a block of
code asks for another: a report is rendered `with language(report_lang):`, in whatever
language the user works in."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from typing import Any

SOURCE_LANGUAGE = "en"
LANGUAGE_CODES = ("en", "hu", "sr", "sr-Cyrl")

_program_language = SOURCE_LANGUAGE
_block_language: ContextVar[str | None] = ContextVar("itc_language", default=None)
_catalogues: dict[str, dict[str, str]] = {}
_lock = threading.Lock()


def current_language() -> str:
    return _block_language.get() or _program_language


def set_language(code: str) -> None:
    """The language of the program's messages from now on (the user's choice)."""
    global _program_language
    _program_language = _checked(code)


@contextmanager
def language(code: str) -> Iterator[None]:
    """Messages inside the block are in `code` (a report in its own language)."""
    token = _block_language.set(_checked(code))
    try:
        yield
    finally:
        _block_language.reset(token)


def _checked(code: str) -> str:
    code = "sr" if code == "sr-Latn" else code
    if code not in LANGUAGE_CODES:
        raise ValueError(f"unknown language {code!r} (one of {', '.join(LANGUAGE_CODES)})")
    return code


def _catalogue(code: str) -> dict[str, str]:
    found = _catalogues.get(code)
    if found is None:
        with _lock:
            from itc_desktop.i18n_catalog import QT_FREE_CONTEXT, catalogue

            found = {
                key.source: text
                for key, text in catalogue(code).items()
                if key.context == QT_FREE_CONTEXT
            }
            _catalogues[code] = found
    return found


def translate(message: str, code: str | None = None) -> str:
    """`message` in `code` (default: the current language); itself when untranslated."""
    code = code or current_language()
    if code == SOURCE_LANGUAGE:
        return message
    return _catalogue(code).get(message, message)


def _(message: str, /, **values: Any) -> str:
    text = translate(message)
    return text.format(**values) if values else text


def N_(message: str, /) -> str:
    """Marks a message for translation where it is defined; it is translated where shown."""
    return message


# -- dates and numbers in the user's habit --------------------------------------------------------


def format_date(value: date, lang: str | None = None) -> str:
    """ISO 8601 in English (unambiguous across the border); `2026. 11. 28.` in Hungarian,
    `28.11.2026.` in Serbian."""
    lang = _checked(lang or current_language())
    if lang == "hu":
        return f"{value.year}. {value.month:02d}. {value.day:02d}."
    if lang.startswith("sr"):
        return f"{value.day:02d}.{value.month:02d}.{value.year}."
    return value.isoformat()


WEEKDAY_NAMES = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)
WEEKDAY_ABBREVIATIONS = (
    N_("Mon"),
    N_("Tue"),
    N_("Wed"),
    N_("Thu"),
    N_("Fri"),
    N_("Sat"),
    N_("Sun"),
)


def weekday_name(value: date, *, short: bool = False, lang: str | None = None) -> str:
    """The day of the week in the language (`strftime("%a")` speaks the C locale: English)."""
    names = WEEKDAY_ABBREVIATIONS if short else WEEKDAY_NAMES
    return translate(names[value.weekday()], lang)


def format_local_time(value: datetime, lang: str | None = None) -> str:
    """A time already in the wanted zone, to the minute, after its date."""
    return f"{format_date(value.date(), lang)} {value:%H:%M}"


def decimal_separator(lang: str | None = None) -> str:
    return "." if _checked(lang or current_language()) == "en" else ","


def format_number(value: float, decimals: int, lang: str | None = None) -> str:
    """A number to show, with the language's decimal mark: 12.5 (en), 12,5 (hu, sr)."""
    text = f"{value:.{decimals}f}"
    return text if decimal_separator(lang) == "." else text.replace(".", ",")
