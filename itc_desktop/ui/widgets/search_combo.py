"""A combo box to pick one of many items by typing any part of its text (a job by reference or
title): the popup lists what contains the typed text; typed text that names no item falls back
to the chosen item's text when the field is left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from itc_desktop.ui.widgets.combos import fit_combo


class SearchCombo(QComboBox):
    def __init__(
        self, placeholder: str, min_length: int = 20, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        fit_combo(self, min_length)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.lineEdit().setPlaceholderText(placeholder)
        self.lineEdit().editingFinished.connect(self.restore_text)

    def restore_text(self) -> None:
        """Shows the chosen item's text again (nothing when none is chosen)."""
        index = self.currentIndex()
        self.setEditText(self.itemText(index) if index >= 0 else "")
