"""Asset labels: an A4 sheet of stickers, each with the asset tag as text and as a QR code
(scanning it into the Equipment page's search selects the asset), the name and the
calibration state, in the reports' embedded font."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from itc_desktop.i18n import _, language
from itc_desktop.reports.fonts import FONT, FONT_BOLD
from itc_desktop.reports.template import MUTED, PAGE_HEIGHT, format_date, plain_canvas
from itc_desktop.services.settings import CenterSettings


class CalibrationMark(StrEnum):
    VALID = "valid"
    NOT_REQUIRED = "not_required"
    OUT = "out"


@dataclass(frozen=True)
class AssetLabel:
    tag: str
    name: str
    calibration: CalibrationMark
    valid_until: date | None = None  # shown for VALID


@dataclass(frozen=True)
class LabelLayout:
    """A sheet of equal labels; the default is the common A4 3 x 8 sheet of 70 x 37 mm."""

    columns: int = 3
    rows: int = 8
    width: float = 70 * mm
    height: float = 37 * mm
    left: float = 0.0
    top: float = 0.5 * mm
    padding: float = 4 * mm  # most printers leave 4 mm at the sheet edge unprinted

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


A4_3X8 = LabelLayout()

QR_ERROR_LEVEL = "M"  # survives a scratched sticker; tags are short, so the code stays small
QR_QUIET_ZONE = 2  # modules of white around the code (ISO/IEC 18004 asks for 4; the label
# padding adds the rest)


def qr_drawing(payload: str, size: float) -> Drawing:
    """A `size` x `size` point vector QR code holding exactly `payload`."""
    widget = QrCodeWidget(payload, barLevel=QR_ERROR_LEVEL, barBorder=QR_QUIET_ZONE)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.initialFontName = FONT  # the renderer would otherwise select Helvetica
    drawing.add(widget)
    return drawing


def is_out_of_calibration(label: AssetLabel) -> bool:
    return label.calibration is CalibrationMark.OUT or (
        label.calibration is CalibrationMark.VALID and label.valid_until is None
    )


def calibration_text(label: AssetLabel, lang: str = "en") -> str:
    if label.calibration is CalibrationMark.NOT_REQUIRED:
        return _("No calibration required")
    if is_out_of_calibration(label):
        return _("OUT OF CALIBRATION")
    return _("Calibrated until {date}", date=format_date(label.valid_until, lang))


def _fit(
    text: str,
    style: ParagraphStyle,
    width: float,
    height: float,
    canvas: Canvas,
    min_size: float = 5.0,
) -> Paragraph:
    """The largest size (down to `min_size`) at which `text` fits the box; below that the text
    is shortened with an ellipsis so a label never spills into its neighbour."""
    size = style.fontSize
    while True:
        fitted = ParagraphStyle(
            f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.2
        )
        paragraph = Paragraph(escape(text), fitted)
        _w, used = paragraph.wrapOn(canvas, width, height)
        if used <= height or len(text) <= 1:
            return paragraph
        if size > min_size:
            size = max(min_size, size - 0.5)
            continue
        words = text.rstrip("…").split()
        shorter = " ".join(words[:-1]) if len(words) > 1 else text.rstrip("…")[:-1]
        text = shorter.rstrip() + "…"


def _draw_label(
    canvas: Canvas,
    label: AssetLabel,
    x: float,
    y: float,
    layout: LabelLayout,
    center_name: str,
    lang: str,
    outline: bool,
) -> None:
    pad = layout.padding
    if outline:
        canvas.setStrokeColor(colors.Color(0.8, 0.8, 0.8))
        canvas.setLineWidth(0.3)
        canvas.roundRect(x + 1, y + 1, layout.width - 2, layout.height - 2, 2 * mm)
    qr_size = layout.height - 2 * pad
    renderPDF.draw(qr_drawing(label.tag, qr_size), canvas, x + pad, y + pad)
    text_x = x + pad + qr_size + 0.5 * mm
    text_w = x + layout.width - pad - text_x
    top = y + layout.height - pad

    # The tag is never shortened (people type it when the code will not scan): long tags
    # get a smaller size instead.
    tag_size = min(12.0, text_w / stringWidth(label.tag, FONT_BOLD, 1))
    canvas.setFont(FONT_BOLD, tag_size)
    canvas.setFillColor(colors.black)
    canvas.drawString(text_x, top - tag_size * 0.8, label.tag)
    top -= tag_size * 1.05 + 2

    bottom_reserved = 7.5 * mm
    name_style = ParagraphStyle("label-name", fontName=FONT, fontSize=7.5, leading=9)
    name_box = top - (y + pad + bottom_reserved)
    name = _fit(label.name, name_style, text_w, name_box, canvas)
    _w, h = name.wrapOn(canvas, text_w, name_box)
    name.drawOn(canvas, text_x, top - h)

    out = is_out_of_calibration(label)
    cal_style = ParagraphStyle(
        "label-cal",
        fontName=FONT_BOLD if out else FONT,
        fontSize=6.5,
        leading=7.8,
        textColor=colors.Color(0.75, 0, 0) if out else colors.black,
    )
    calibration = _fit(calibration_text(label, lang), cal_style, text_w, 16, canvas, 4.5)
    calibration.wrapOn(canvas, text_w, 16)
    owner_style = ParagraphStyle(
        "label-owner", fontName=FONT, fontSize=5, leading=6, textColor=MUTED
    )
    owner = _fit(center_name, owner_style, text_w, 6.5, canvas, 4)
    _w, owner_h = owner.wrapOn(canvas, text_w, 6.5)
    owner.drawOn(canvas, text_x, y + pad)
    calibration.drawOn(canvas, text_x, y + pad + owner_h + 1)


def _label_sheet_pdf(
    labels: Sequence[AssetLabel],
    center: CenterSettings,
    issue_date: date,
    *,
    layout: LabelLayout = A4_3X8,
    lang: str = "en",
    outline: bool = False,
) -> bytes:
    """The labels left to right, top to bottom, as many sheets as needed. `outline` draws a
    faint cut line around each label (for plain paper rather than pre-cut sheets)."""
    if not labels:
        raise ValueError("no labels to print")
    out = io.BytesIO()
    canvas = plain_canvas(
        out,
        title=_("Asset labels"),
        subject=_("{count} asset labels", count=len(labels)),
        author=center.name,
        issue_date=issue_date,
    )
    for index, label in enumerate(labels):
        slot = index % layout.per_page
        if index and slot == 0:
            canvas.showPage()
        row, column = divmod(slot, layout.columns)
        x = layout.left + column * layout.width
        y = PAGE_HEIGHT - layout.top - (row + 1) * layout.height
        _draw_label(canvas, label, x, y, layout, center.name, lang, outline)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def label_sheet_pdf(
    labels: Sequence[AssetLabel],
    center: CenterSettings,
    issue_date: date,
    *,
    layout: LabelLayout = A4_3X8,
    lang: str = "en",
    outline: bool = False,
) -> bytes:
    """The labels left to right, top to bottom, as many sheets as needed (in `lang`)."""
    with language(lang):
        return _label_sheet_pdf(
            labels, center, issue_date, layout=layout, lang=lang, outline=outline
        )
