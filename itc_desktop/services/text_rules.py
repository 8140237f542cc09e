"""Free text that both databases can store, checked the same way on SQLite and PostgreSQL.

PostgreSQL refuses a NUL character in text (the driver raises mid-flush); SQLite would store
it and cut it short in some tools. Every flush of every session is checked here, so a NUL in
any text column is refused as a ValidationError naming the field, whatever service wrote it,
before the database sees it. Importers check their cells themselves to name the row too."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from itc_desktop.i18n import _, translate
from itc_desktop.models.audit import AuditedSession
from itc_desktop.services.errors import ValidationError


def text_problem(value: str) -> str | None:
    """Why `value` cannot be stored as text, or None when it can."""
    if "\x00" in value:
        return _("contains a NUL character (\\0), which cannot be stored")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _("contains characters that are not valid Unicode text")
    return None


def field_label(attribute: str) -> str:
    """The form label of a column: `purpose` → Purpose, `serial_number` → Serial number."""
    return translate(attribute.replace("_", " ").capitalize())


@event.listens_for(AuditedSession, "before_flush")
def _refuse_unstorable_text(session: Session, _context: Any, _instances: Any) -> None:
    errors: dict[str, str] = {}
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attribute in state.mapper.column_attrs:
            value = state.dict.get(attribute.key)  # what is loaded or set; never a new query
            if isinstance(value, str):
                problem = text_problem(value)
                if problem is not None:
                    errors.setdefault(field_label(attribute.key), problem)
    if errors:
        raise ValidationError(errors)


def check_texts(errors: dict[str, str], fields: Mapping[str, str]) -> None:
    """Adds to `errors` (label → message) every field whose text cannot be stored, so a form
    names it with the other wrong fields before anything is written."""
    for label, value in fields.items():
        problem = text_problem(value)
        if problem is not None and label not in errors:
            errors[label] = problem
