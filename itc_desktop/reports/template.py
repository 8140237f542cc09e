"""The one page template of every PDF report: A4 with a binding margin, the center's header
(name, address, logo), report title, report ID, issue date, "Page X of Y" and a footer.

A report builds a list of flowables with the helpers here and calls `build_pdf(meta, story)`;
the same input gives byte-identical output (reportlab invariant mode, creation date taken from
the issue date), so a stored report can be regenerated and compared."""

from __future__ import annotations

import base64
import binascii
import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table
from reportlab.platypus.tables import TableStyle

from itc_desktop import i18n
from itc_desktop.i18n import _
from itc_desktop.paths import resource_path
from itc_desktop.reports.fonts import FONT, FONT_BOLD, register_fonts
from itc_desktop.services.settings import CenterSettings

log = logging.getLogger(__name__)

PAGE_SIZE = A4
PAGE_WIDTH, PAGE_HEIGHT = A4
# ISO 216 A4; the wider left margin leaves room for binding or a hole punch.
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 15 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 12 * mm
HEADER_HEIGHT = 24 * mm
FOOTER_HEIGHT = 12 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

LOGO_BOX = (22 * mm, 18 * mm)
RULE_COLOR = colors.Color(0.55, 0.58, 0.62)
MUTED = colors.Color(0.33, 0.35, 0.38)
HEADER_FILL = colors.Color(0.90, 0.92, 0.95)
PRODUCER = "ITC Lab"

LANGUAGES = ("en", "hu", "sr", "sr-Latn", "sr-Cyrl")


@dataclass(frozen=True)
class ReportMeta:
    """What the template prints around a report's own content."""

    title: str
    report_id: str
    issue_date: date
    center: CenterSettings
    lang: str = "en"
    footer_note: str = ""  # e.g. "The results relate only to the items tested."
    watermark: str = ""  # e.g. "DRAFT — not valid", drawn across every page


# -- formatting ---------------------------------------------------------------------------------


def _check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown report language {lang!r} (one of {', '.join(LANGUAGES)})")
    return lang


def format_number(
    value: int | float | Decimal,
    decimals: int | None = None,
    lang: str = "en",
    *,
    grouping: bool = True,
) -> str:
    """A number in the report's language: 1,234.5 (en), 1 234,5 (hu), 1.234,5 (sr).
    `decimals` fixes the digits after the separator; None keeps the value's own."""
    _check_lang(lang)
    spec = ("," if grouping else "") + (f".{decimals}f" if decimals is not None else "")
    if decimals is None and isinstance(value, float):
        spec = "," if grouping else ""
    text = format(value, spec)
    if lang == "en":
        return text
    group = "\u00a0" if lang == "hu" else "."
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", group)


def format_date(value: date, lang: str = "en") -> str:
    """ISO 8601 in English reports (unambiguous across the border), else the local habit."""
    return i18n.format_date(value, _check_lang(lang))


def format_datetime(value: datetime, lang: str = "en", time_zone: str = "UTC") -> str:
    """A stored (UTC) time shown in the center's time zone, to the minute."""
    if value.tzinfo is None:
        raise ValueError("naive datetime: times are stored in UTC with their zone")
    local = value.astimezone(ZoneInfo(time_zone))
    return f"{format_date(local.date(), lang)} {local:%H:%M}"


# -- styles and flowables -----------------------------------------------------------------------


@dataclass(frozen=True)
class ReportStyles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_header: ParagraphStyle


@lru_cache(maxsize=1)
def report_styles() -> ReportStyles:
    """Paragraph styles of every report, all in the embedded DejaVu family."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10.5)
    return ReportStyles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        muted=ParagraphStyle("muted", parent=body, fontSize=8, leading=10, textColor=MUTED),
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=8
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=3,
        ),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_header=ParagraphStyle("cell_header", parent=cell, fontName=FONT_BOLD),
    )


def markup(text: str) -> str:
    """Plain text made safe for a Paragraph: <, > and & escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain (user-entered) text; use Paragraph directly for markup."""
    return Paragraph(markup(text), style or report_styles().body)


Cell = str | Flowable


def table_style(commands: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    """A TableStyle that starts from the embedded font: reportlab's Table otherwise sets
    Helvetica on every cell (even cells holding paragraphs), which pulls a base-14 font in."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def fits(text: str, style: ParagraphStyle, width: float) -> bool:
    """Whether plain text fits `width` line by line in the style's font, so a table can draw
    it as a string: reportlab draws a string cell directly, where a Paragraph per cell is
    parsed, wrapped and drawn fragment by fragment — most of the time of a long table. Text
    with a soft hyphen, a tab or runs of spaces is left to a Paragraph (which hyphenates and
    collapses white space; a string would show them as they are)."""
    return "\u00ad" not in text and all(
        "\t" not in line
        and "  " not in line
        and line == line.strip(" ")
        and stringWidth(line, style.fontName, style.fontSize) <= width
        for line in text.split("\n")
    )


def string_cell_style(
    style: ParagraphStyle, area: tuple[tuple[int, int], tuple[int, int]]
) -> list[tuple[Any, ...]]:
    """Table style commands that draw string cells of `area` as `style` draws a Paragraph:
    font, size, leading (the same first baseline and row height), colour and alignment."""
    start, stop = area
    align = {TA_RIGHT: "RIGHT"}.get(style.alignment, "LEFT")
    return [
        ("FONTNAME", start, stop, style.fontName),
        ("FONTSIZE", start, stop, style.fontSize),
        ("LEADING", start, stop, style.leading),
        ("TEXTCOLOR", start, stop, style.textColor),
        ("ALIGN", start, stop, align),
    ]


CELL_PADDING = 3  # points left and right of a data_table cell


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float] | None = None,
    numeric_columns: Sequence[int] = (),
) -> Table:
    """A ruled table whose header row repeats on each page; text cells wrap, numeric columns
    (already formatted with `format_number`) are right-aligned. A cell that fits its column
    is drawn as a string (see `fits`), one that must wrap as a Paragraph."""
    styles = report_styles()
    numeric = set(numeric_columns)
    widths = list(col_widths) if col_widths else [CONTENT_WIDTH / len(headers)] * len(headers)

    def cell(value: Cell, column: int) -> Cell:
        if isinstance(value, Flowable):
            return value
        style = styles.cell_right if column in numeric else styles.cell
        if fits(value, style, widths[column] - 2 * CELL_PADDING):
            return value
        return para(value, style)

    header_row = [
        Paragraph(
            markup(h),
            ParagraphStyle("h", parent=styles.cell_header, alignment=TA_RIGHT)
            if i in numeric
            else styles.cell_header,
        )
        for i, h in enumerate(headers)
    ]
    body = [[cell(value, i) for i, value in enumerate(row)] for row in rows]
    table = Table([header_row, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                *string_cell_style(styles.cell, ((0, 1), (-1, -1))),
                *(
                    command
                    for column in sorted(numeric)
                    for command in string_cell_style(styles.cell_right, ((column, 1), (column, -1)))
                ),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE_COLOR),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE_COLOR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ]
        )
    )
    return table


def key_value_table(pairs: Sequence[tuple[str, Cell]], key_width: float = 45 * mm) -> Table:
    """Label: value lines (customer, job reference, dates ...), labels in bold."""
    styles = report_styles()
    data = [
        [
            para(key, styles.cell_header),
            value if isinstance(value, Flowable) else para(value, styles.cell),
        ]
        for key, value in pairs
    ]
    table = Table(data, colWidths=[key_width, CONTENT_WIDTH - key_width], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def vector_drawing(width: float, height: float) -> Drawing:
    """A reportlab graphics Drawing (charts, codes) whose text defaults to the embedded font:
    the renderer otherwise starts from Helvetica and puts a base-14 font into the file."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    return drawing


# -- logo ---------------------------------------------------------------------------------------


def logo_png(center: CenterSettings) -> bytes:
    """The center's own logo from the settings, else the default one shipped in resources/.
    A stored logo that is not a readable image falls back to the default (and is logged)."""
    if center.logo_png_base64:
        try:
            data = base64.b64decode(center.logo_png_base64, validate=True)
            ImageReader(io.BytesIO(data)).getSize()
            return data
        except (binascii.Error, ValueError, OSError) as error:
            log.warning("center logo in the settings is unreadable (%s); using the default", error)
    return resource_path("logo.png").read_bytes()


# -- page drawing -------------------------------------------------------------------------------


def _draw_paragraph(
    canvas: Canvas, text: str, style: ParagraphStyle, x: float, top: float, width: float
) -> float:
    """Draws a wrapped paragraph with its top at `top`; returns the height used."""
    paragraph = Paragraph(text, style)
    _, height = paragraph.wrapOn(canvas, width, PAGE_HEIGHT)
    paragraph.drawOn(canvas, x, top - height)
    return height


class _PageDecorator:
    """Draws header, footer and watermark on each page (under the page's content)."""

    def __init__(self, meta: ReportMeta) -> None:
        self.meta = meta
        self.logo = ImageReader(io.BytesIO(logo_png(meta.center)))
        styles = report_styles()
        self.name_style = ParagraphStyle(
            "hdr_name", parent=styles.body, fontName=FONT_BOLD, fontSize=10, leading=12
        )
        self.address_style = ParagraphStyle(
            "hdr_addr", parent=styles.muted, fontSize=7.5, leading=9
        )
        self.title_style = ParagraphStyle(
            "hdr_title", parent=self.name_style, fontSize=11, leading=13.5, alignment=TA_RIGHT
        )
        self.info_style = ParagraphStyle(
            "hdr_info", parent=self.address_style, alignment=TA_RIGHT, textColor=colors.black
        )

    # The decoration is the same on every page (the page numbers are drawn at the end): it is
    # drawn once into a form XObject that each page shows, not laid out again per page.
    FORM = "itcPageDecoration"

    def __call__(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if not canvas.hasForm(self.FORM):
            canvas.beginForm(self.FORM)
            canvas.saveState()
            if self.meta.watermark:
                self._watermark(canvas)
            self._header(canvas)
            self._footer(canvas)
            canvas.restoreState()
            canvas.endForm()
        canvas.doForm(self.FORM)

    def _header(self, canvas: Canvas) -> None:
        meta = self.meta
        top = PAGE_HEIGHT - MARGIN_TOP
        box_w, box_h = LOGO_BOX
        img_w, img_h = self.logo.getSize()
        scale = min(box_w / img_w, box_h / img_h)
        canvas.drawImage(
            self.logo,
            MARGIN_LEFT,
            top - img_h * scale,
            img_w * scale,
            img_h * scale,
            mask="auto",
        )
        text_x = MARGIN_LEFT + box_w + 4 * mm
        left_width = CONTENT_WIDTH * 0.55 - box_w - 4 * mm
        used = _draw_paragraph(
            canvas, markup(meta.center.name), self.name_style, text_x, top, left_width
        )
        if meta.center.address.strip():
            _draw_paragraph(
                canvas,
                markup(meta.center.address.strip()),
                self.address_style,
                text_x,
                top - used - 1,
                left_width,
            )
        right_width = CONTENT_WIDTH * 0.45 - 4 * mm
        right_x = PAGE_WIDTH - MARGIN_RIGHT - right_width
        used = _draw_paragraph(
            canvas,
            markup(meta.title),
            self._title_fitting(canvas, right_width),
            right_x,
            top,
            right_width,
        )
        info = "<br/>".join(
            [
                markup(_("Report ID: {id}", id=meta.report_id)),
                markup(_("Issue date: {date}", date=format_date(meta.issue_date, meta.lang))),
            ]
        )
        _draw_paragraph(canvas, info, self.info_style, right_x, top - used - 1, right_width)
        canvas.setStrokeColor(RULE_COLOR)
        canvas.setLineWidth(0.8)
        rule_y = PAGE_HEIGHT - MARGIN_TOP - HEADER_HEIGHT + 2 * mm
        canvas.line(MARGIN_LEFT, rule_y, PAGE_WIDTH - MARGIN_RIGHT, rule_y)

    def _title_fitting(self, canvas: Canvas, width: float) -> ParagraphStyle:
        """A long title gets smaller rather than running into the rule below the header."""
        style = self.title_style
        while style.fontSize > 7:
            _w, height = Paragraph(markup(self.meta.title), style).wrapOn(canvas, width, 1000)
            if height <= 3 * 13.5:
                break
            size = style.fontSize - 0.5
            style = ParagraphStyle("hdr_title_fit", parent=style, fontSize=size, leading=size * 1.2)
        return style

    def _footer(self, canvas: Canvas) -> None:
        meta = self.meta
        rule_y = MARGIN_BOTTOM + FOOTER_HEIGHT - 3 * mm
        canvas.setStrokeColor(RULE_COLOR)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, rule_y, PAGE_WIDTH - MARGIN_RIGHT, rule_y)
        style = ParagraphStyle("ftr", parent=self.address_style, fontSize=7, leading=8.5)
        lines = [
            markup(meta.footer_note) if meta.footer_note else "",
            markup(
                _(
                    "{center} · Report {id} · issued {date}",
                    center=meta.center.name,
                    id=meta.report_id,
                    date=format_date(meta.issue_date, meta.lang),
                )
            ),
        ]
        _draw_paragraph(
            canvas,
            "<br/>".join(line for line in lines if line),
            style,
            MARGIN_LEFT,
            rule_y - 1.5 * mm,
            CONTENT_WIDTH - 35 * mm,
        )

    def _watermark(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.82, 0.82, 0.82))
        canvas.setFont(FONT_BOLD, 48)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(55)
        canvas.drawCentredString(0, -16, self.meta.watermark)
        canvas.restoreState()


def _page_number_position() -> tuple[float, float]:
    return PAGE_WIDTH - MARGIN_RIGHT, MARGIN_BOTTOM + FOOTER_HEIGHT - 3 * mm - 1.5 * mm - 7


def pdf_date(day: date) -> str:
    """A PDF date string for midnight UTC of `day` (the file's creation date)."""
    return f"D:{day:%Y%m%d}000000+00'00'"


def make_reproducible(canvas: Canvas, issue_date: date) -> None:
    """Fixes what would differ between two runs: the creation date comes from the issue date
    (the rest is reportlab's invariant mode, set when the canvas is made)."""
    created = pdf_date(issue_date)
    canvas.setDateFormatter(lambda *_ymdhms: created)


def plain_canvas(
    out: io.BytesIO, *, title: str, subject: str, author: str, issue_date: date
) -> Canvas:
    """A reproducible A4 canvas in the embedded font, for documents that are not flowed
    through the page template (label sheets)."""
    register_fonts()
    canvas = Canvas(out, pagesize=PAGE_SIZE, invariant=1, initialFontName=FONT)
    make_reproducible(canvas, issue_date)
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setAuthor(author)
    canvas.setCreator(PRODUCER)
    canvas.setProducer(PRODUCER)
    return canvas


def _canvas_class(meta: ReportMeta) -> Callable[..., Canvas]:
    """A canvas that holds its pages back until the end, so each can say "Page X of Y"."""

    class ReportCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = FONT
            super().__init__(*args, **kwargs)
            make_reproducible(self, meta.issue_date)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's method name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            x, y = _page_number_position()
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                self.setFont(FONT, 7.5)
                self.setFillColor(colors.black)
                self.drawRightString(x, y, _("Page {page} of {total}", page=number, total=total))
                super().showPage()
            super().save()

    return ReportCanvas


def build_pdf(meta: ReportMeta, story: Sequence[Flowable]) -> bytes:
    """The finished PDF as bytes: `story` flowed into the template's frame, page after page."""
    _check_lang(meta.lang)
    register_fonts()
    out = io.BytesIO()
    frame_bottom = MARGIN_BOTTOM + FOOTER_HEIGHT
    frame_top = PAGE_HEIGHT - MARGIN_TOP - HEADER_HEIGHT
    doc = BaseDocTemplate(
        out,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP + HEADER_HEIGHT,
        bottomMargin=frame_bottom,
        title=meta.title,
        author=meta.center.name,
        subject=meta.report_id,
        creator=PRODUCER,
        producer=PRODUCER,
        lang={"sr-Latn": "sr-Latn", "sr-Cyrl": "sr-Cyrl"}.get(meta.lang, meta.lang),
        invariant=1,
        initialFontName=FONT,
    )
    frame = Frame(
        MARGIN_LEFT,
        frame_bottom,
        CONTENT_WIDTH,
        frame_top - frame_bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="content",
    )
    doc.addPageTemplates([PageTemplate(id="report", frames=[frame], onPage=_PageDecorator(meta))])
    doc.build(list(story), canvasmaker=_canvas_class(meta))
    return out.getvalue()
