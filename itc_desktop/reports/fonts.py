"""The one font family of every PDF: DejaVu Sans, shipped in resources/fonts and embedded.

reportlab's base-14 fonts (Helvetica, Times, ...) have no ő ű č ć đ or Cyrillic and silently
draw a black box instead, so no report may use them for text."""

from __future__ import annotations

import threading

from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from itc_desktop.paths import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Registers the family with reportlab once (safe to call from any thread, any number of
    times); <b> and <i> in paragraphs then pick the bold and oblique faces."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        # Graphics shapes and chart labels made after this point default to DejaVu instead
        # of Helvetica (every PDF this program writes is a report of ours).
        STATE_DEFAULTS["fontName"] = FONT
        _registered = True
