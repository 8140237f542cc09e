"""What a user sees, collected from a window: the visible texts of labels, buttons, tabs, group
boxes, menus, table headers, combo boxes and field hints; and the English source messages that
such a text still shows although the catalogue has a translation for it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QTabWidget,
    QWidget,
)

from itc_desktop.i18n_catalog import catalogue, placeholders

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+")


def visible_texts(window: QWidget) -> list[str]:
    texts: list[str] = [window.windowTitle()]
    if isinstance(window, QMainWindow):
        texts += [a.text() for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount(QModelIndex()))
            ]
    return [t for t in texts if t and t.strip()]


def _clean(text: str) -> str:
    return re.sub(r"&(?=\w)", "", text).strip()


class Untranslated:
    """Finds English source messages among shown texts (`lang`'s catalogue translates them)."""

    def __init__(self, lang: str):
        # A translation that reads like its source ("Model" in Serbian) cannot tell them apart.
        translated = {
            key.source: text
            for key, text in catalogue(lang).items()
            if _clean(text) != _clean(key.source)
        }
        self.exact = {_clean(s) for s in translated if not placeholders(s)}
        self.patterns = [
            re.compile(
                ".*".join(re.escape(_clean(part)) for part in _PLACEHOLDER.split(source)) + "$"
            )
            for source in translated
            if placeholders(source) and len(_PLACEHOLDER.sub("", source).strip()) >= 8
        ]

    def find(self, texts: Iterable[str]) -> list[str]:
        found = []
        for text in texts:
            for line in _clean(text).splitlines():
                line = line.strip()
                if not line:
                    continue
                if line in self.exact or any(p.match(line) for p in self.patterns):
                    found.append(line)
        return sorted(set(found))
