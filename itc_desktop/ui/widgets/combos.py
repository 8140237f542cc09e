"""Combo boxes that do not widen their row to their longest item."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def fit_combo(combo: QComboBox, characters: int) -> QComboBox:
    """The combo asks for room for `characters` characters, whatever its items (a long
    machine or company name would otherwise widen the whole bar, and the window with it);
    the open list still shows each item whole."""
    combo.setMinimumContentsLength(characters)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo
