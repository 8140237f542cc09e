"""The results table (rows paged in through the background runner as the view scrolls) and a
record's values table, with the texts both share: the outcome with a sign beside its colour,
the status with the revision, and numbers rounded the way the reports give them."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import UTC, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from itc_desktop.analysis.hardness import hardness_notation
from itc_desktop.db import Actor, Database
from itc_desktop.i18n import _, decimal_separator, format_number
from itc_desktop.models.results import RESULT_STATUS_LABELS, RESULT_TYPE_LABELS
from itc_desktop.services import results as result_service
from itc_desktop.services.lazy_rows import RowPages
from itc_desktop.services.results import RecordRow, ResultFilter, ValueView
from itc_desktop.ui.background import BackgroundRunner
from itc_desktop.ui.widgets.tables import AMBER, GREEN, GREY, RED, local_text

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
DEFAULT_PAGE_SIZE = 200
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# fetch_page(after, limit): the records of the current filter after the last one loaded (None:
# the first page), newest test first. It runs on the runner's worker thread and opens its own
# session.
FetchRecords = Callable[[RecordRow | None, int], Sequence[RecordRow]]

OUTCOME_COLOURS = {"pass": GREEN, "fail": RED, "inconclusive": AMBER}
# A sign beside the colour: the outcome must read without colour too.
OUTCOME_SIGNS = {"pass": "✔", "fail": "✘", "inconclusive": "?"}

# ISO 6892-1 §22: strengths to 1 MPa, elongations to 0.5 % (shown with one decimal).
STRENGTHS = frozenset({"E", "Rp0.2", "Rp1.0", "ReH", "ReL", "Rm"})
ELONGATIONS = frozenset({"Ag", "Agt", "A", "At", "Z"})
HARDNESS = frozenset({"hardness", "hardness_mean", "hardness_range"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultTexts", text)


def type_label(test_type: str) -> str:
    label = RESULT_TYPE_LABELS.get(test_type)
    return _(label) if label is not None else test_type


def status_label(status: str) -> str:
    label = RESULT_STATUS_LABELS.get(status)
    return _(label) if label is not None else status


def status_text(status: str, revision: int, superseded: bool = False) -> str:
    """`Approved`, `Draft · rev. 2`, `Approved · rev. 1 · superseded`."""
    parts = [status_label(status)]
    if revision > 1 or superseded:
        parts.append(_tr("rev. {n}").format(n=revision))
    if superseded:
        parts.append(_tr("superseded"))
    return " · ".join(parts)


def outcome_label(decision: str | None) -> str:
    labels = {
        "pass": _tr("pass"),
        "fail": _tr("fail"),
        "inconclusive": _tr("inconclusive"),
    }
    return labels.get(decision or "", "")


def outcome_text(decision: str | None) -> str:
    """`✔ pass`, `✘ fail`, `? inconclusive`; `—` when nothing was judged (no limits)."""
    if decision is None:
        return "—"
    return f"{OUTCOME_SIGNS.get(decision, '')} {outcome_label(decision)}".strip()


def outcome_colour(decision: str | None) -> str | None:
    return OUTCOME_COLOURS.get(decision or "")


def rule_text(rule: str) -> str:
    if rule == "guard_band":
        return _tr("guard band")
    return _tr("simple acceptance")


def rule_description(rule: str) -> str:
    if rule == "guard_band":
        return _tr(
            "Guard band (ISO 14253-1): pass inside [LSL + U, USL − U], fail outside "
            "[LSL − U, USL + U], inconclusive between"
        )
    return _tr("Simple acceptance: pass inside the limits (on a limit passes), else fail")


def records_fetcher(db: Database, actor: Actor, where: ResultFilter) -> FetchRecords:
    """A page fetcher for ResultsTableModel: one short read per page, on the worker."""

    def fetch(after: RecordRow | None, limit: int) -> Sequence[RecordRow]:
        with db.reader() as session:
            return result_service.list_records(session, actor, where, limit=limit, after=after)

    return fetch


# --------------------------------------------------------------------------- numbers


def _grouped(number: float, decimals: int) -> str:
    """`210 345` (a space between thousands from 10 000 on), `-0.012` (`-0,012` in Hungarian
    and Serbian)."""
    text = format_number(number, decimals)
    if abs(number) >= 10_000:
        whole, _sep, fraction = text.partition(decimal_separator())
        whole = f"{int(whole):,}".replace(",", " ")
        text = f"{whole}{decimal_separator()}{fraction}" if fraction else whole
    return text


def _hardness_parts(unit: str) -> tuple[str, str]:
    """("HV", "10") from "HV 10", ("HRC", "") from "HRC"."""
    method, _space, condition = unit.partition(" ")
    return method, condition


def decimals_for(value: ValueView) -> int:
    """How many decimals a value is shown with: strengths 0, elongations 1, Cp/Cpk 2,
    energies 1, a dimension enough to resolve a hundredth of its tolerance band (at least
    3)."""
    quantity = value.quantity
    if quantity in STRENGTHS:
        return 0
    if quantity in ELONGATIONS or quantity.startswith("energy"):
        return 1
    if quantity.startswith(("cp:", "cpk:")):
        return 2
    if quantity.startswith("dim:"):
        if value.lower is not None and value.upper is not None and value.upper > value.lower:
            span = value.upper - value.lower
            return min(5, max(3, math.ceil(-math.log10(span)) + 2))
        return 3
    return 2


def number_text(value: ValueView, number: float) -> str:
    """`number` in the way `value` is shown (a limit or U of that value)."""
    if value.quantity in HARDNESS:
        method, _condition = _hardness_parts(value.unit)
        return (
            format_number(number, 1)
            if method.startswith("HR")
            else hardness_notation(number, "", "")
        )
    return _grouped(number, decimals_for(value))


def value_text(value: ValueView) -> str:
    """The value as reported; hardness in its notation (`233 HV 10`, `45.2 HRC`)."""
    if value.quantity in HARDNESS:
        return hardness_notation(value.value, *_hardness_parts(value.unit))
    return number_text(value, value.value)


def unit_text(value: ValueView) -> str:
    return "" if value.quantity in HARDNESS else value.unit  # the notation carries it


def limits_text(value: ValueView) -> str:
    """`470 … 630`, `≥ 470`, `≤ 630`, or "" without limits."""
    lower, upper = value.lower, value.upper
    if lower is not None and upper is not None:
        return f"{number_text(value, lower)} … {number_text(value, upper)}"
    if lower is not None:
        return f"≥ {number_text(value, lower)}"
    if upper is not None:
        return f"≤ {number_text(value, upper)}"
    return ""


def uncertainty_text(value: ValueView) -> str:
    """Expanded uncertainty `± 12` (and `k = 3` when k is not 2)."""
    if value.uncertainty is None:
        return ""
    text = f"± {number_text(value, value.uncertainty)}"
    if not math.isclose(value.k, 2.0):
        text += f" (k = {value.k:g})"
    return text


# --------------------------------------------------------------------------- results table


def short_specimen_code(row: RecordRow) -> str:
    """`S03` for `ITC-2026-0042-S03` (the job column names the job); `—` for a series."""
    code = row.specimen_code
    if not code:
        return "—"
    prefix = f"{row.job_reference}-"
    return code[len(prefix) :] if code.startswith(prefix) else code


class ResultsTableModel(QAbstractTableModel):
    """Test records of a filter, newest first. `fetchMore` asks the runner for the next page;
    `rows_loaded` is emitted when a page has arrived, `load_failed(error)` when it could not
    be read."""

    JOB, SPECIMEN, TEST, METHOD, INSTRUMENT, PERFORMED, BY, STATUS, OUTCOME = range(9)
    HEADERS = (
        "Job",
        "Specimen",
        "Test",
        "Method",
        "Instrument",
        "Performed",
        "By",
        "Status",
        "Outcome",
    )
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the RecordRow of the line
    OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 2  # "pass" / "fail" / "inconclusive" / None

    rows_loaded = Signal()
    load_failed = Signal(object)

    def __init__(
        self,
        fetch_page: FetchRecords,
        runner: BackgroundRunner,
        time_zone: tzinfo = UTC,
        page_size: int = DEFAULT_PAGE_SIZE,
        parent: Any = None,
    ):
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._runner = runner
        self.time_zone = time_zone
        self.page_size = page_size
        self._rows: RowPages[RecordRow] = RowPages()  # rows are built as the view reads them
        self._exhausted = False
        self._loading = False
        # A page asked for before a reset is dropped when it arrives after it.
        self._generation = 0

    # -- loading ---------------------------------------------------------------------------

    def reset(self, fetch_page: FetchRecords | None = None) -> None:
        """Forget what was loaded (the filter changed, a record was saved)."""
        self._generation += 1
        self._loading = True  # no nested fetch while the views hear of the reset
        try:
            self.beginResetModel()
            if fetch_page is not None:
                self._fetch_page = fetch_page
            self._rows = RowPages()
            self._exhausted = False
            self.endResetModel()
        finally:
            self._loading = False

    @property
    def loading(self) -> bool:
        return self._loading

    def canFetchMore(self, parent: ModelIndex = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: ModelIndex = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, limit = self._generation, self.page_size
        after = self._rows[-1] if self._rows else None
        fetch = self._fetch_page
        self._runner.run(
            lambda: fetch(after, limit),
            lambda page: self._add_page(generation, page),
            lambda error: self._page_failed(generation, error),
            receiver=self,
        )

    def _add_page(self, generation: int, page: Sequence[RecordRow]) -> None:
        if generation != self._generation:
            return
        try:
            if len(page) < self.page_size:
                self._exhausted = True
            if page:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
                self._rows.append(page)
                self.endInsertRows()
        finally:
            self._loading = False
        self.rows_loaded.emit()

    def _page_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True  # no retry loop: the page's refresh asks again
        self.load_failed.emit(error)

    # -- rows ------------------------------------------------------------------------------

    def rows(self) -> list[RecordRow]:
        return list(self._rows)

    def row_at(self, row: int) -> RecordRow:
        return self._rows[row]

    def row_of(self, record_id: int) -> int:
        """The line of a loaded record, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    # -- Qt --------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("ResultsTableModel", self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return row
        if role == self.OUTCOME_ROLE:
            return row.overall
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.OUTCOME and row.overall is not None:
                return QBrush(QColor(OUTCOME_COLOURS.get(row.overall, GREY)))
            if row.superseded:
                return QBrush(QColor(GREY))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.OUTCOME and row.overall is None:
                return QCoreApplication.translate(
                    "ResultsTableModel", "No limits: nothing was judged"
                )
            if column == self.STATUS and row.superseded:
                return QCoreApplication.translate(
                    "ResultsTableModel", "A later revision replaces this record"
                )
            if column in (self.METHOD, self.JOB, self.TEST):
                return self.text(row, column)
            if column == self.SPECIMEN and row.specimen_code:
                return row.specimen_code
        return None

    def text(self, row: RecordRow, column: int) -> str:
        if column == self.JOB:
            return row.job_reference
        if column == self.SPECIMEN:
            return short_specimen_code(row)
        if column == self.TEST:
            return type_label(row.test_type)
        if column == self.METHOD:
            return row.method
        if column == self.INSTRUMENT:
            return row.equipment_tag
        if column == self.PERFORMED:
            return local_text(row.performed_at, self.time_zone)
        if column == self.BY:
            return row.performed_by
        if column == self.STATUS:
            return status_text(row.status, row.revision, row.superseded)
        if column == self.OUTCOME:
            return outcome_text(row.overall)
        return ""


# --------------------------------------------------------------------------- values table


class ValuesTableModel(QAbstractTableModel):
    """A record's values: what, which item, the value as reported with its unit, the limits,
    U, the rule and the decision; a value's flags show as its tooltip and a ⚠ after it."""

    QUANTITY, ITEM, VALUE, UNIT, LIMITS, UNCERTAINTY, RULE, DECISION = range(8)
    HEADERS = ("Quantity", "Item", "Value", "Unit", "Limits", "U", "Rule", "Decision")
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[ValueView] = []

    def set_rows(self, values: Sequence[ValueView]) -> None:
        self.beginResetModel()
        self._rows = list(values)
        self.endResetModel()

    def rows(self) -> list[ValueView]:
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ValuesTableModel", self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == self.UNCERTAINTY:
            return QCoreApplication.translate(
                "ValuesTableModel", "Expanded uncertainty U (coverage factor k = 2 unless given)"
            )
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(value, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if value.flags and column in (self.QUANTITY, self.VALUE):
                return "\n".join(value.flags)
            if column == self.QUANTITY:
                return value.label
            if column in (self.RULE, self.DECISION) and value.decision is not None:
                return rule_description(value.rule)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.DECISION and value.decision is not None:
                return QBrush(QColor(OUTCOME_COLOURS.get(value.decision, GREY)))
            if column == self.VALUE and value.flags:
                return QBrush(QColor(AMBER))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.VALUE,
            self.LIMITS,
            self.UNCERTAINTY,
        ):
            return RIGHT
        return None

    def text(self, value: ValueView, column: int) -> str:
        if column == self.QUANTITY:
            return value.label
        if column == self.ITEM:
            return value.item
        if column == self.VALUE:
            return value_text(value) + (" ⚠" if value.flags else "")
        if column == self.UNIT:
            return unit_text(value)
        if column == self.LIMITS:
            return limits_text(value)
        if column == self.UNCERTAINTY:
            return uncertainty_text(value)
        if column == self.RULE:
            return (
                rule_text(value.rule) if value.lower is not None or value.upper is not None else ""
            )
        if column == self.DECISION:
            return "" if value.decision is None else outcome_text(value.decision)
        return ""
