"""The managers' usage report as a PDF: the period and selection, totals, vector bar charts
(utilization by equipment, booked and used hours by month) and the tables per equipment,
company and operator. Not archived: it is made again from the data whenever asked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from zoneinfo import ZoneInfo

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from itc_desktop.i18n import _, language
from itc_desktop.models.equipment import CATEGORY_LABELS
from itc_desktop.reports.fonts import FONT, FONT_BOLD
from itc_desktop.reports.template import (
    CONTENT_WIDTH,
    HEADER_FILL,
    RULE_COLOR,
    ReportMeta,
    build_pdf,
    data_table,
    fits,
    format_date,
    format_datetime,
    format_number,
    key_value_table,
    markup,
    para,
    report_styles,
    string_cell_style,
    table_style,
    vector_drawing,
)
from itc_desktop.services.settings import CenterSettings
from itc_desktop.services.usage_report import EquipmentUsage, UsageFigures

# Okabe & Ito's colour-blind-safe colours, as in the other report charts.
BOOKED_COLOR = colors.HexColor("#56b4e9")
USED_COLOR = colors.HexColor("#0072b2")
OVER_COLOR = colors.HexColor("#d55e00")  # utilization above 100 %: ran outside opening hours
GRID = colors.Color(0.85, 0.86, 0.88)
AXIS = colors.Color(0.25, 0.27, 0.30)


def report_id(figures: UsageFigures) -> str:
    return f"UR-{figures.date_from:%Y%m%d}-{figures.date_to:%Y%m%d}"


def hours_text(value: float, lang: str) -> str:
    return format_number(round(value, 1) + 0.0, 1, lang)


def percent_text(value: float | None, lang: str) -> str:
    return "—" if value is None else f"{format_number(value * 100, 1, lang)} %"


def energy_text(value: float | None, lang: str) -> str:
    return "—" if value is None else format_number(round(value), 0, lang)


def money_text(costs: Sequence[tuple[str, Decimal]], lang: str) -> str:
    return "\n".join(f"{format_number(a, 2, lang)} {c}" for c, a in costs) or "—"


def month_text(month: date, lang: str) -> str:
    if lang == "hu":
        return f"{month.year}. {month.month:02d}."
    if lang.startswith("sr"):
        return f"{month.month:02d}.{month.year}."
    return f"{month:%Y-%m}"


def selection_text(figures: UsageFigures) -> str:
    parts = []
    if figures.category is not None:
        parts.append(_("category {name}", name=_(CATEGORY_LABELS[figures.category])))
    if figures.equipment_tags is not None:
        parts.append(_("equipment {tags}", tags=", ".join(figures.equipment_tags)))
    return "; ".join(parts) if parts else _("all equipment")


# --------------------------------------------------------------------------- charts


def _axis_fonts(chart: HorizontalBarChart | VerticalBarChart) -> None:
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels, chart.barLabels):
        labels.fontName = FONT
        labels.fontSize = 7
    chart.categoryAxis.strokeColor = AXIS
    chart.valueAxis.strokeColor = AXIS
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.4


def _title(drawing: Drawing, text: str) -> None:
    drawing.add(String(0, drawing.height - 9, text, fontName=FONT_BOLD, fontSize=9))


# Bars per utilization chart: fifty 3.4 mm bars fit a page; more equipment, more charts.
BARS_PER_CHART = 50


def utilization_charts(figures: UsageFigures, lang: str) -> list[Drawing]:
    items = list(figures.equipment)
    chunks = [items[n : n + BARS_PER_CHART] for n in range(0, len(items), BARS_PER_CHART)]
    if len(chunks) <= 1:
        return [utilization_chart(items, lang)]
    return [
        utilization_chart(chunk, lang, part=(n, len(chunks)))
        for n, chunk in enumerate(chunks, start=1)
    ]


def utilization_chart(
    equipment: Sequence[EquipmentUsage],
    lang: str,
    width: float = CONTENT_WIDTH,
    part: tuple[int, int] | None = None,
) -> Drawing:
    """One horizontal bar per equipment (first at the top), utilization in per cent."""
    items = list(equipment)
    bar = 5 * mm if len(items) <= 30 else 3.4 * mm
    plot_height = max(len(items), 1) * bar
    drawing_height = plot_height + 18 * mm
    drawing = vector_drawing(width, drawing_height)
    title = _("Utilization by equipment (used / available hours)")
    if part is not None:
        title = f"{title} — {part[0]}/{part[1]}"
    _title(drawing, title)
    chart = HorizontalBarChart()
    chart.x, chart.y = 24 * mm, 9 * mm
    chart.width, chart.height = width - 24 * mm - 14 * mm, plot_height
    values = [
        (e.utilization * 100 if e.utilization is not None else 0.0) for e in reversed(items)
    ] or [0.0]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [e.asset_tag for e in reversed(items)] or [""]
    chart.valueAxis.valueMin = 0
    top = max(100.0, *values)
    chart.valueAxis.valueMax = top if top <= 100 else (int(top / 20) + 1) * 20
    chart.valueAxis.valueStep = 10 if chart.valueAxis.valueMax <= 100 else 20
    _axis_fonts(chart)
    chart.valueAxis.labelTextFormat = lambda v: f"{format_number(v, 0, lang)} %"
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -2
    chart.bars[0].fillColor = USED_COLOR
    chart.bars.strokeColor = None
    chart.barWidth = bar * 0.7
    for n, value in enumerate(values):
        if value > 100:
            chart.bars[(0, n)].fillColor = OVER_COLOR
    chart.barLabelFormat = lambda v: f"{format_number(v, 1, lang)} %"
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    drawing.add(
        String(
            chart.x + chart.width / 2,
            1 * mm,
            _("per cent of the available hours"),
            fontName=FONT,
            fontSize=7,
            textAnchor="middle",
        )
    )
    return drawing


def months_chart(figures: UsageFigures, lang: str, width: float = CONTENT_WIDTH) -> Drawing:
    """Booked and used hours per month, grouped bars."""
    height = 64 * mm
    drawing = vector_drawing(width, height)
    _title(drawing, _("Hours by month"))
    chart = VerticalBarChart()
    rotated = len(figures.months) > 6  # "2025. 12." side by side would run into each other
    chart.x, chart.y = 16 * mm, (16 if rotated else 8) * mm
    chart.width, chart.height = width - 20 * mm, height - chart.y - 10 * mm
    booked = [m.booked_hours for m in figures.months]
    used = [m.used_hours for m in figures.months]
    chart.data = [booked, used]
    chart.categoryAxis.categoryNames = [month_text(m.month, lang) for m in figures.months]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(10.0, *booked, *used) * 1.1
    chart.valueAxis.forceZero = True
    _axis_fonts(chart)
    chart.valueAxis.labelTextFormat = lambda v: format_number(v, 0, lang)
    if rotated:
        chart.categoryAxis.labels.angle = 35
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dy = -2
    chart.bars[0].fillColor = BOOKED_COLOR
    chart.bars[1].fillColor = USED_COLOR
    chart.bars.strokeColor = None
    chart.groupSpacing = 4
    drawing.add(chart)
    legend = Legend()
    legend.fontName = FONT
    legend.fontSize = 7
    legend.x, legend.y = width - 60 * mm, height - 3 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 28 * mm
    legend.boxAnchor = "nw"
    legend.colorNamePairs = [(BOOKED_COLOR, _("booked h")), (USED_COLOR, _("used h"))]
    legend.strokeColor = None
    drawing.add(legend)
    return drawing


# --------------------------------------------------------------------------- tables


def _bold(text: str, right: bool = True) -> Paragraph:
    styles = report_styles()
    style = styles.cell_header
    if right:
        style = ParagraphStyle("total_right", parent=style, alignment=TA_RIGHT)
    return Paragraph(markup(text), style)


def _with_total(rows: list[list[str]], total: list[str]) -> list[list[str | Flowable]]:
    return [*rows, [_bold(total[0], right=False), *(_bold(t) for t in total[1:])]]


def _compact_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
) -> Flowable:
    """The per-equipment table: nine columns in a smaller type than `data_table`, so that a
    year's hours of fifty machines (171 600,0) fit on one line; the last row is the total."""
    styles = report_styles()
    cell = ParagraphStyle("ur_cell", parent=styles.cell, fontSize=7.5, leading=9)
    right = ParagraphStyle("ur_right", parent=cell, alignment=TA_RIGHT)
    head = ParagraphStyle("ur_head", parent=cell, fontName=FONT_BOLD)
    head_right = ParagraphStyle("ur_head_right", parent=head, alignment=TA_RIGHT)

    padding = 2.5

    def row(values: Sequence[str], bold: bool = False) -> list[Flowable | str]:
        cells: list[Flowable | str] = []
        for i, v in enumerate(values):
            style = (head_right if bold else right) if i else (head if bold else cell)
            plain = fits(v, style, widths[i] - 2 * padding)
            cells.append(v if plain else Paragraph(markup(v), style))
        return cells

    data = [row(headers, bold=True), *(row(r) for r in rows[:-1]), row(rows[-1], bold=True)]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                *string_cell_style(head, ((0, 0), (0, 0))),
                *string_cell_style(head_right, ((1, 0), (-1, 0))),
                *string_cell_style(cell, ((0, 1), (0, -2))),
                *string_cell_style(right, ((1, 1), (-1, -2))),
                *string_cell_style(head, ((0, -1), (0, -1))),
                *string_cell_style(head_right, ((1, -1), (-1, -1))),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE_COLOR),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE_COLOR),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE_COLOR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    return table


EQUIPMENT_WIDTHS = tuple(
    w * mm for w in (36, 16, 16, 19, 15, 16, 17, 18, 17)
)  # 170 mm, the content width


def equipment_table(figures: UsageFigures, lang: str) -> Flowable:
    def h(value: float) -> str:
        return hours_text(value, lang)

    rows = [
        [
            f"{e.asset_tag}\n{e.name}",
            h(e.booked_hours),
            h(e.used_hours),
            h(e.available_hours),
            percent_text(e.utilization, lang),
            format_number(e.sessions, 0, lang),
            format_number(e.no_shows, 0, lang),
            energy_text(e.energy_kwh, lang),
            h(e.downtime_hours),
        ]
        for e in figures.equipment
    ]
    t = figures.totals
    total = [
        _("Total"),
        h(t.booked_hours),
        h(t.used_hours),
        h(t.available_hours),
        percent_text(t.utilization, lang),
        format_number(t.sessions, 0, lang),
        format_number(t.no_shows, 0, lang),
        energy_text(t.energy_kwh, lang),
        h(t.downtime_hours),
    ]
    return _compact_table(
        [
            _("Equipment"),
            _("Booked h"),
            _("Used h"),
            _("Avail\u00adable h"),
            _("Utiliz\u00adation"),
            _("Sessions"),
            _("No-shows"),
            _("Energy kWh"),
            _("Down\u00adtime h"),
        ],
        [*rows, total],
        EQUIPMENT_WIDTHS,
    )


def _unpriced(hours: float, lang: str) -> str:
    return hours_text(hours, lang) if hours > 0 else "—"


def company_table(figures: UsageFigures, lang: str) -> Flowable:
    rows = [
        [
            c.name,
            hours_text(c.hours, lang),
            format_number(c.jobs, 0, lang),
            money_text(c.costs, lang),
            _unpriced(c.unpriced_hours, lang),
        ]
        for c in figures.companies
    ]
    total = [
        _("Total"),
        hours_text(sum(c.hours for c in figures.companies), lang),
        format_number(sum(c.jobs for c in figures.companies), 0, lang),
        money_text(figures.totals.costs, lang),
        _unpriced(sum(c.unpriced_hours for c in figures.companies), lang),
    ]
    return data_table(
        [_("Company"), _("Hours"), _("Jobs"), _("Machine cost"), _("Hours without rate")],
        _with_total(rows, total),
        col_widths=[72 * mm, 22 * mm, 16 * mm, 34 * mm, CONTENT_WIDTH - 144 * mm],
        numeric_columns=(1, 2, 3, 4),
    )


def operator_table(figures: UsageFigures, lang: str) -> Flowable:
    rows = [
        [o.name, format_number(o.sessions, 0, lang), hours_text(o.hours, lang)]
        for o in figures.operators
    ]
    total = [
        _("Total"),
        format_number(sum(o.sessions for o in figures.operators), 0, lang),
        hours_text(sum(o.hours for o in figures.operators), lang),
    ]
    return data_table(
        [_("Operator"), _("Sessions"), _("Hours")],
        _with_total(rows, total),
        col_widths=[90 * mm, 30 * mm, 30 * mm],
        numeric_columns=(1, 2),
    )


def month_table(figures: UsageFigures, lang: str) -> Flowable:
    rows = [
        [
            month_text(m.month, lang),
            hours_text(m.booked_hours, lang),
            hours_text(m.used_hours, lang),
        ]
        for m in figures.months
    ]
    total = [
        _("Total"),
        hours_text(sum(m.booked_hours for m in figures.months), lang),
        hours_text(sum(m.used_hours for m in figures.months), lang),
    ]
    return data_table(
        [_("Month"), _("Booked h"), _("Used h")],
        _with_total(rows, total),
        col_widths=[40 * mm, 30 * mm, 30 * mm],
        numeric_columns=(1, 2),
    )


def _notes(figures: UsageFigures) -> list[Flowable]:
    styles = report_styles()
    lines = [
        _("Used hours: the part of each usage session inside the period; a session still "
          "running counts up to the time the figures were made."),
        _("Booked hours: confirmed and completed bookings, the part inside the period. "
          "No-shows: bookings marked no-show that overlap the period."),
        _("Available hours: the lab's opening hours in the period (up to the time the figures "
          "were made) minus the downtime that fell in them. Downtime: maintenance work and "
          "incidents (open ones until now) and planned maintenance windows, overlaps counted "
          "once. Utilization = used / available hours; it exceeds 100 % when equipment runs "
          "outside opening hours."),
        _("Energy: the recorded energy of each session, pro-rated by the share of its time "
          "inside the period; a running session is estimated from the nominal power."),
        _("Machine cost: used hours × the equipment's hourly rate, in the equipment's "
          "currency (currencies are never added together)."),
    ]  # fmt: skip
    return [para(line, styles.muted) for line in lines]


def _render_usage_report(
    figures: UsageFigures, center: CenterSettings, lang: str = "en", issue_date: date | None = None
) -> bytes:
    """The PDF bytes; the same figures, center, language and issue date give the same file."""
    styles = report_styles()
    heading = ParagraphStyle("ur_heading", parent=styles.heading, keepWithNext=1)
    issued = issue_date or figures.computed_at.astimezone(ZoneInfo(figures.time_zone)).date()
    meta = ReportMeta(
        title=_("Equipment usage report"),
        report_id=report_id(figures),
        issue_date=issued,
        center=center,
        lang=lang,
    )
    t = figures.totals
    period = _("{start} – {end} ({zone})",
               start=format_date(figures.date_from, lang),
               end=format_date(figures.date_to, lang),
               zone=figures.time_zone)  # fmt: skip
    story: list[Flowable] = [
        para(_("Equipment usage report"), styles.title),
        key_value_table(
            [
                (_("Period"), period),
                (_("Selection"), selection_text(figures)),
                (_("Figures as of"), format_datetime(figures.computed_at, lang, figures.time_zone)),
                (_("Used hours"), hours_text(t.used_hours, lang)),
                (_("Booked hours"), hours_text(t.booked_hours, lang)),
                (_("Available hours"), hours_text(t.available_hours, lang)),
                (_("Utilization"), percent_text(t.utilization, lang)),
                (_("Sessions"), format_number(t.sessions, 0, lang)),
                (_("No-shows"), format_number(t.no_shows, 0, lang)),
                (_("Energy"), f"{energy_text(t.energy_kwh, lang)} kWh"),
                (_("Machine cost"), money_text(t.costs, lang)),
            ]
        ),
        Spacer(1, 4 * mm),
        months_chart(figures, lang),
        Spacer(1, 3 * mm),
        CondPageBreak(60 * mm),
        *utilization_charts(figures, lang),
        para(_("Per equipment"), heading),
        equipment_table(figures, lang),
        para(_("Per company"), heading),
        company_table(figures, lang) if figures.companies else para(_("No usage."), styles.body),
        para(_("Per operator"), heading),
        operator_table(figures, lang) if figures.operators else para(_("No usage."), styles.body),
        para(_("Hours by month"), heading),
        month_table(figures, lang),
        Spacer(1, 4 * mm),
        *_notes(figures),
    ]
    return build_pdf(meta, story)


def render_usage_report(
    figures: UsageFigures, center: CenterSettings, lang: str = "en", issue_date: date | None = None
) -> bytes:
    """The PDF bytes; the same figures, center, language and issue date give the same file."""
    with language(lang):
        return _render_usage_report(figures, center, lang, issue_date)
