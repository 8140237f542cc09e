"""Translatable text for the Qt-free layers (services, reports, CLI).

`_()` marks a message and formats its `{placeholders}`; the catalogues for hu, sr and
sr-Cyrl plug in here, so every service message has one source of truth."""

from __future__ import annotations

from typing import Any


def _(message: str, /, **values: Any) -> str:
    return message.format(**values) if values else message


def N_(message: str, /) -> str:
    """Marks a message for translation where it is defined; it is translated where shown."""
    return message
