"""One test record on the Results page: what was tested, how, with which instrument, by whom
and when; its values with limits and decisions; the warnings; review and approval; the
revision chain; and the plot of its test type (read and recomputed off the UI thread)."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import UTC, tzinfo

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.analysis.spc import capability, xbar_r_chart
from itc_desktop.analysis.tensile import TensileResult
from itc_desktop.i18n import format_number
from itc_desktop.models.results import ResultType
from itc_desktop.services import results as result_service
from itc_desktop.services.errors import DomainError
from itc_desktop.services.result_inputs import Characteristic, DimensionalInputs, Evaluation
from itc_desktop.services.results import RecordView, ResultFilter
from itc_desktop.ui.background import report_unexpected
from itc_desktop.ui.errors import error_text
from itc_desktop.ui.models.results import (
    ValuesTableModel,
    outcome_colour,
    outcome_text,
    status_text,
)
from itc_desktop.ui.pages.job_detail import status_badge_style
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.result_plots import (
    CapabilityHistogram,
    CharpyPlot,
    ControlChart,
    HardnessPlot,
)
from itc_desktop.ui.widgets.stress_strain_plot import StressStrainPlot
from itc_desktop.ui.widgets.tables import AMBER, GREY, configure_table, local_text

STATUS_BADGES = {"draft": "on_hold", "reviewed": "approved", "approved": "completed"}


@dataclass
class LoadedRecord:
    """What the worker read for one record: the record, its recomputation (None with the
    reason when it cannot be recomputed) and, for the overlay, every current tensile curve
    of its job."""

    view: RecordView
    evaluation: Evaluation | None
    problem: str = ""
    overlay: list[tuple[int, str, TensileResult]] = field(default_factory=list)


def load_record(context: PageContext, record_id: int, overlay: bool) -> LoadedRecord:
    """Runs on the worker: one read of the record, its recomputation and the overlay."""
    actor = context.actor
    with context.db.reader() as session:
        view = result_service.get_record(session, actor, record_id)
        try:
            evaluation: Evaluation | None = result_service.evaluate_record(session, actor, view.id)
            problem = ""
        except DomainError as error:
            evaluation, problem = None, error_text(error)
        curves: list[tuple[int, str, TensileResult]] = []
        if overlay and view.test_type == ResultType.TENSILE:
            flt = ResultFilter(job_id=view.job_id, test_type=ResultType.TENSILE.value)
            for row in result_service.list_records(session, actor, flt, limit=None):
                if row.id == view.id:
                    result = evaluation.tensile if evaluation is not None else None
                else:
                    try:
                        result = result_service.evaluate_record(session, actor, row.id).tensile
                    except DomainError:
                        result = None  # a curve that cannot be computed is left out
                if result is not None:
                    curves.append((row.id, row.specimen_code or f"#{row.id}", result))
            curves.sort(key=lambda item: item[1])
    return LoadedRecord(view, evaluation, problem, curves)


def _limits(view: RecordView, *quantities: str) -> tuple[float | None, float | None]:
    for quantity in quantities:
        spec = view.limits.get(quantity)
        if spec is not None:
            return spec.lower, spec.upper
    return None, None


class DimensionalCharts(QWidget):
    """The X̄–R chart and the capability histogram of one characteristic of a series."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.characteristics: list[Characteristic] = []
        self.chooser = QComboBox()
        self.chooser.setObjectName("characteristicChooser")
        self.chooser.currentIndexChanged.connect(self.on_characteristic_chosen)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {GREY};")
        self.control_chart: ControlChart | None = None
        self.histogram: CapabilityHistogram | None = None
        self.charts = QHBoxLayout()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Characteristic:")))
        row.addWidget(self.chooser, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addLayout(self.charts, 1)

    def set_characteristics(self, characteristics: list[Characteristic]) -> None:
        """Only characteristics measured as a series (two or more whole subgroups) chart."""
        self.characteristics = [c for c in characteristics if c.subgroups() is not None]
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for characteristic in self.characteristics:
            self.chooser.addItem(characteristic.name)
        self.chooser.blockSignals(False)
        self.chooser.setEnabled(len(self.characteristics) > 1)
        self.on_characteristic_chosen(0 if self.characteristics else -1)

    def _clear_charts(self) -> None:
        for chart in (self.control_chart, self.histogram):
            if chart is not None:
                self.charts.removeWidget(chart)
                chart.deleteLater()
        self.control_chart = self.histogram = None

    @Slot(int)
    def on_characteristic_chosen(self, index: int) -> None:
        self._clear_charts()
        if not 0 <= index < len(self.characteristics):
            self.message.setText(
                self.tr(
                    "No series to chart: a control chart needs at least two whole subgroups "
                    "of measurements."
                )
            )
            self.message.show()
            return
        characteristic = self.characteristics[index]
        groups = characteristic.subgroups() or []
        spec = characteristic.limits
        try:
            chart = xbar_r_chart(groups)
            cap = capability(groups, spec.lower, spec.upper)
        except DomainError as error:  # e.g. no variation within the subgroups
            self.message.setText(error_text(error))
            self.message.show()
            return
        # The charts take their unit when made: a new pair per characteristic.
        self.control_chart = ControlChart(unit=characteristic.unit)
        self.control_chart.setObjectName("resultControlChart")
        self.control_chart.set_chart(chart, spec.lower, spec.upper)
        self.charts.addWidget(self.control_chart, 3)
        self.message.hide()
        self.histogram = CapabilityHistogram(unit=characteristic.unit)
        self.histogram.setObjectName("resultCapabilityHistogram")
        self.histogram.set_data([x for group in groups for x in group], cap, spec.lower, spec.upper)
        self.charts.addWidget(self.histogram, 2)


class ResultDetailPanel(QWidget):
    """`record_requested(id)` when a revision link is clicked; `loaded(view)` after a record
    was read (None when cleared or not found)."""

    record_requested = Signal(int)
    loaded = Signal(object)

    EMPTY, TENSILE, HARDNESS, IMPACT, DIMENSIONAL = range(5)

    def __init__(
        self, context: PageContext, time_zone: tzinfo = UTC, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.context = context
        self.time_zone = time_zone
        self.view: RecordView | None = None
        self.record: LoadedRecord | None = None
        self._wanted: int | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("resultTitle")
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title_label.setWordWrap(True)
        self.status_badge = QLabel()
        self.status_badge.setObjectName("resultStatus")
        self.outcome_badge = QLabel()
        self.outcome_badge.setObjectName("resultOutcome")
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.outcome_badge, 0, Qt.AlignmentFlag.AlignTop)
        self.actions_row = QHBoxLayout()  # the page puts its action buttons here

        self.info = {
            key: self._info_label(key)
            for key in (
                "job",
                "instrument",
                "performed",
                "conditions",
                "raw_file",
                "review",
                "approval",
                "revision",
                "deviations",
                "remarks",
            )
        }
        self.info["revision"].setTextFormat(Qt.TextFormat.RichText)
        self.info["revision"].linkActivated.connect(self.on_link)
        left = QFormLayout()
        right = QFormLayout()
        for form, rows in (
            (
                left,
                (
                    ("job", self.tr("Job / specimen")),
                    ("instrument", self.tr("Instrument")),
                    ("performed", self.tr("Performed")),
                    ("conditions", self.tr("Conditions")),
                    ("raw_file", self.tr("Raw file")),
                ),
            ),
            (
                right,
                (
                    ("review", self.tr("Reviewed")),
                    ("approval", self.tr("Approved")),
                    ("revision", self.tr("Revision")),
                    ("deviations", self.tr("Deviations")),
                    ("remarks", self.tr("Remarks")),
                ),
            ),
        ):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key, text in rows:
                form.addRow(text + ":", self.info[key])
        info_row = QHBoxLayout()
        info_row.addLayout(left, 1)
        info_row.addLayout(right, 1)

        self.values_model = ValuesTableModel(self)
        self.values_view = QTableView()
        self.values_view.setObjectName("resultValues")
        self.values_view.setModel(self.values_model)
        configure_table(self.values_view, ValuesTableModel.QUANTITY)
        self.values_view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.values_view.setWordWrap(False)
        rows = self.values_view.verticalHeader().defaultSectionSize()
        self.values_view.setMinimumHeight(rows * 6)
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("resultWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet(f"color: {AMBER};")

        self.stress_strain = StressStrainPlot()
        self.overlay_check = QCheckBox(self.tr("&Overlay the job's tensile specimens"))
        self.overlay_check.setObjectName("overlayCheck")
        self.overlay_check.toggled.connect(self.on_overlay_toggled)
        tensile_page = QWidget()
        tensile_layout = QVBoxLayout(tensile_page)
        tensile_layout.setContentsMargins(0, 0, 0, 0)
        tensile_layout.addWidget(self.overlay_check)
        tensile_layout.addWidget(self.stress_strain, 1)
        self.hardness_plot = HardnessPlot()
        self.charpy_plot = CharpyPlot()
        self.dimensional = DimensionalCharts()
        self.plot_message = QLabel()
        self.plot_message.setObjectName("plotMessage")
        self.plot_message.setWordWrap(True)
        self.plot_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plots = QStackedWidget()
        self.plots.setObjectName("resultPlots")
        for widget in (
            self.plot_message,
            tensile_page,
            self.hardness_plot,
            self.charpy_plot,
            self.dimensional,
        ):
            self.plots.addWidget(widget)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(title_row)
        upper_layout.addLayout(self.actions_row)
        upper_layout.addLayout(info_row)
        upper_layout.addWidget(self.values_view, 1)
        upper_layout.addWidget(self.warnings_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.plots)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([460, 400])
        self.splitter.setChildrenCollapsible(False)

        self.empty_label = QLabel(self.tr("Choose a test record in the list."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.splitter, 1)
        self._show(None)

    def _info_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"result_{key}")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- loading ---------------------------------------------------------------------------

    def set_record(self, record_id: int | None) -> None:
        """Reads the record (None: shows nothing) in the background and shows it."""
        self._wanted = record_id
        if record_id is None:
            self._show(None)
            return
        context, overlay = self.context, self.overlay_check.isChecked()
        self.context.runner.run(
            lambda: load_record(context, record_id, overlay),
            self._show_loaded,
            lambda error: self._load_failed(record_id, error),
        )

    def reload(self) -> None:
        self.set_record(self._wanted)

    def _show_loaded(self, loaded: LoadedRecord) -> None:
        if loaded.view.id != self._wanted:
            return  # another record was chosen meanwhile
        self._show(loaded)

    def _load_failed(self, record_id: int, error: BaseException) -> None:
        if record_id != self._wanted:
            return
        if not isinstance(error, DomainError):
            report_unexpected(error)
            return
        self._show(None)
        self.empty_label.setText(error_text(error))  # e.g. a discarded draft: not found

    # -- showing ---------------------------------------------------------------------------

    def _show(self, loaded: LoadedRecord | None) -> None:
        self.record = loaded
        self.view = loaded.view if loaded is not None else None
        self.splitter.setVisible(loaded is not None)
        self.empty_label.setVisible(loaded is None)
        self.empty_label.setText(self.tr("Choose a test record in the list."))
        if loaded is None:
            self.values_model.set_rows([])
            self.loaded.emit(None)
            return
        view = loaded.view
        self.title_label.setText(f"{view.type_label} — {view.method}")
        self.status_badge.setText(status_text(view.status, view.revision, not view.current))
        self.status_badge.setStyleSheet(status_badge_style(STATUS_BADGES.get(view.status, "")))
        colour = outcome_colour(view.overall) or GREY
        self.outcome_badge.setText(outcome_text(view.overall))
        self.outcome_badge.setStyleSheet(
            f"color: {colour}; border: 1px solid {colour}; border-radius: 9px;"
            " padding: 2px 10px; font-weight: bold;"
        )
        self.outcome_badge.setToolTip(
            self.tr("Overall: the worst decision of the values")
            if view.overall
            else self.tr("No limits: nothing was judged")
        )
        self._show_info(view)
        self.values_model.set_rows(view.values)
        self._fit_values()
        self.warnings_label.setText("\n".join(f"⚠ {w}" for w in view.warnings))
        self.warnings_label.setVisible(bool(view.warnings))
        self._show_plot(loaded)
        self.loaded.emit(view)

    def _show_info(self, view: RecordView) -> None:
        zone = self.time_zone
        self.info["job"].setText(
            " / ".join(p for p in (view.job_reference, view.specimen_code or "") if p)
        )
        instrument = f"{view.equipment_tag} {view.equipment_name}"
        if view.calibration_override_id is not None:
            instrument += "\n" + self.tr(
                "used under calibration override #{id} (out of calibration that day)"
            ).format(id=view.calibration_override_id)
        self.info["instrument"].setText(instrument)
        self.info["performed"].setText(
            self.tr("{who}, {when}").format(
                who=view.performed_by, when=local_text(view.performed_at, zone)
            )
        )
        conditions = []
        if view.temperature_c is not None:
            conditions.append(f"{format_number(view.temperature_c, 1)} °C")
        if view.humidity_pct is not None:
            conditions.append(self.tr("{rh} % RH").format(rh=format_number(view.humidity_pct, 0)))
        self.info["conditions"].setText(", ".join(conditions) or "—")
        self.info["raw_file"].setText(view.raw_file_name or "—")
        self.info["raw_file"].setToolTip(
            self.tr("SHA-256 {hash}").format(hash=view.raw_file_sha256)
            if view.raw_file_sha256
            else ""
        )
        self.info["review"].setText(
            self.tr("{who}, {when}").format(
                who=view.reviewed_by, when=local_text(view.reviewed_at, zone)
            )
            if view.reviewed_by
            else self.tr("not yet")
        )
        self.info["approval"].setText(
            self.tr("{who}, {when}").format(
                who=view.approved_by, when=local_text(view.approved_at, zone)
            )
            if view.approved_by
            else self.tr("not yet")
        )
        self.info["revision"].setText(self.revision_html(view))
        self.info["deviations"].setText(view.deviations or "—")
        self.info["remarks"].setText(view.remarks or "—")

    def revision_html(self, view: RecordView) -> str:
        parts = [html.escape(str(view.revision))]
        if view.revision_reason:
            parts.append(
                html.escape(self.tr("reason: {reason}").format(reason=view.revision_reason))
            )
        if view.supersedes_id is not None:
            parts.append(
                f'<a href="record:{view.supersedes_id}">'
                + html.escape(self.tr("← previous (rev. {n})").format(n=view.revision - 1))
                + "</a>"
            )
        if view.superseded_by_id is not None:
            parts.append(
                f'<a href="record:{view.superseded_by_id}">'
                + html.escape(self.tr("replaced by rev. {n} →").format(n=view.revision + 1))
                + "</a>"
            )
        return " · ".join(parts)

    def _fit_values(self) -> None:
        view = self.values_view
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        header.setSectionResizeMode(ValuesTableModel.QUANTITY, QHeaderView.ResizeMode.Stretch)
        for column in range(header.count()):
            if column != ValuesTableModel.QUANTITY and header.sectionSize(column) > 160:
                header.resizeSection(column, 160)

    def _show_plot(self, loaded: LoadedRecord) -> None:
        view, evaluation = loaded.view, loaded.evaluation
        if evaluation is None:
            self.plot_message.setText(
                self.tr("No plot: the record cannot be recomputed.\n{problem}").format(
                    problem=loaded.problem
                )
            )
            self.plots.setCurrentIndex(self.EMPTY)
            return
        if evaluation.tensile is not None:
            curves = loaded.overlay if self.overlay_check.isChecked() and loaded.overlay else []
            if curves:
                selected = next((i for i, c in enumerate(curves) if c[0] == view.id), 0)
                self.stress_strain.set_curves([(c[1], c[2]) for c in curves], selected)
            else:
                label = view.specimen_code or f"#{view.id}"
                self.stress_strain.set_curves([(label, evaluation.tensile)])
            self.plots.setCurrentIndex(self.TENSILE)
        elif evaluation.hardness is not None:
            self.hardness_plot.set_series(
                evaluation.hardness, *_limits(view, "hardness", "hardness_mean")
            )
            self.plots.setCurrentIndex(self.HARDNESS)
        elif evaluation.impact is not None:
            lower, _upper = _limits(view, "energy_mean")
            self.charpy_plot.set_series(evaluation.impact, minimum_mean=lower)
            self.plots.setCurrentIndex(self.IMPACT)
        elif isinstance(view.inputs, DimensionalInputs):
            self.dimensional.set_characteristics(list(view.inputs.characteristics))
            self.plots.setCurrentIndex(self.DIMENSIONAL)
        else:
            self.plot_message.setText(self.tr("No plot for this test."))
            self.plots.setCurrentIndex(self.EMPTY)

    def current_plot(self) -> QWidget | None:
        """The chart shown for the record (the stress–strain plot, the hardness or Charpy
        chart, the control chart of a series), None when there is none."""
        index = self.plots.currentIndex()
        if self.view is None or index == self.EMPTY:
            return None
        if index == self.TENSILE:
            return self.stress_strain
        if index == self.HARDNESS:
            return self.hardness_plot
        if index == self.IMPACT:
            return self.charpy_plot
        return self.dimensional.control_chart

    # -- slots -----------------------------------------------------------------------------

    @Slot(bool)
    def on_overlay_toggled(self, _on: bool) -> None:
        if self.view is not None and self.view.test_type == ResultType.TENSILE:
            self.reload()

    @Slot(str)
    def on_link(self, link: str) -> None:
        kind, _sep, value = link.partition(":")
        if kind == "record" and value.isdigit():
            self.record_requested.emit(int(value))
