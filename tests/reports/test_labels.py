"""Asset label sheets: every tag as text and as a QR code that holds exactly the tag."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from reportlab.graphics.barcode import qrencoder

from itc_desktop.reports.labels import (
    A4_3X8,
    AssetLabel,
    CalibrationMark,
    calibration_text,
    label_sheet_pdf,
    qr_drawing,
)
from itc_desktop.services.settings import CenterSettings
from tests.reports.pdf_checks import assert_only_embedded_dejavu, page_texts

CENTER = CenterSettings(name="ITC Szabadka")
ISSUED = date(2026, 11, 28)
LABELS = [
    AssetLabel("ITC-0001", "CNC esztergagép Okuma — Szőke műhely", CalibrationMark.NOT_REQUIRED),
    AssetLabel("ITC-0002", "Kidalica Čačak đ š ž ć", CalibrationMark.VALID, date(2027, 3, 1)),
    AssetLabel("ITC-0003", "Шаржер", CalibrationMark.OUT),
    AssetLabel("ITC-LONG-TAG-000000004", "Hardness tester", CalibrationMark.VALID, None),
]


def test_every_label_shows_tag_name_and_calibration() -> None:
    pdf = label_sheet_pdf(LABELS, CENTER, ISSUED)
    (text,) = page_texts(pdf)
    text = " ".join(text.split())  # names wrap onto several lines
    for label in LABELS:
        assert label.tag in text
    assert "CNC esztergagép Okuma — Szőke műhely" in text
    assert "Kidalica Čačak đ š ž ć" in text and "Шаржер" in text
    assert "No calibration required" in text
    assert "Calibrated until 2027-03-01" in text
    # failed/lapsed, and "valid" without a date, both read as out of calibration
    assert text.count("OUT OF CALIBRATION") == 2
    assert_only_embedded_dejavu(pdf)


def test_calibration_text_per_language() -> None:
    label = AssetLabel("T", "n", CalibrationMark.VALID, date(2027, 3, 1))
    assert calibration_text(label, "hu") == "Calibrated until 2027. 03. 01."
    assert calibration_text(label, "sr") == "Calibrated until 01.03.2027."


def test_a_sheet_holds_24_labels_then_a_new_page_starts() -> None:
    many = [AssetLabel(f"ITC-{i:04d}", f"Gép {i}", CalibrationMark.NOT_REQUIRED) for i in range(25)]
    assert len(page_texts(label_sheet_pdf(many[:24], CENTER, ISSUED))) == 1
    texts = page_texts(label_sheet_pdf(many, CENTER, ISSUED))
    assert len(texts) == 2
    assert "ITC-0023" in texts[0] and "ITC-0024" in texts[1] and "ITC-0024" not in texts[0]


def test_same_labels_give_identical_bytes() -> None:
    assert label_sheet_pdf(LABELS, CENTER, ISSUED) == label_sheet_pdf(LABELS, CENTER, ISSUED)
    assert label_sheet_pdf(LABELS, CENTER, ISSUED) != label_sheet_pdf(LABELS[:3], CENTER, ISSUED)


def test_long_names_are_shortened_but_tags_never() -> None:
    long_name = " ".join(["Universal testing machine with video extensometer"] * 6)
    pdf = label_sheet_pdf(
        [AssetLabel("ITC-VERY-LONG-ASSET-TAG-0042", long_name, CalibrationMark.OUT)],
        CENTER,
        ISSUED,
    )
    (text,) = page_texts(pdf)
    assert "ITC-VERY-LONG-ASSET-TAG-0042" in text
    assert "…" in text and long_name not in text.replace("\n", " ")
    assert "OUT OF CALIBRATION" in text


def test_no_labels_is_refused() -> None:
    with pytest.raises(ValueError, match="no labels"):
        label_sheet_pdf([], CENTER, ISSUED)


def test_qr_widget_holds_the_tag() -> None:
    (widget,) = qr_drawing("ITC-0042", 80).contents
    assert widget.value == "ITC-0042"


def _expected_modules(payload: str) -> list[list[bool]]:
    """An independent encoding of `payload` at level M: what a scanner must find."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    n = code.getModuleCount()
    return [[bool(code.isDark(r, c)) for c in range(n)] for r in range(n)]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) missing")
def test_printed_qr_codes_match_the_tags(tmp_path: Path) -> None:
    """Renders the sheet like a printer would and reads every module of each code back."""
    pdf_path = tmp_path / "labels.pdf"
    pdf_path.write_bytes(label_sheet_pdf(LABELS, CENTER, ISSUED))
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "254",
            "-gray",
            "-png",
            "-singlefile",
            str(pdf_path),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    page = Image.open(tmp_path / "p.png").convert("L")
    px_per_mm = 10.0  # 254 dpi
    layout = A4_3X8
    for index, label in enumerate(LABELS):
        row, column = divmod(index, layout.columns)
        # where labels.py puts the code: the padding in from the label's top left corner
        left_mm = column * 70 + 4
        top_mm = 0.5 + row * 37 + 4
        size_mm = 37 - 2 * 4
        expected = _expected_modules(label.tag)
        n = len(expected)
        module = size_mm / (n + 4)  # two modules of quiet zone each side

        def dark(
            r: float, c: float, left: float = left_mm, top: float = top_mm, step: float = module
        ) -> bool:
            x = (left + (c + 2.5) * step) * px_per_mm
            y = (top + (r + 2.5) * step) * px_per_mm
            return page.getpixel((round(x), round(y))) < 128

        seen = [[dark(r, c) for c in range(n)] for r in range(n)]
        assert seen == expected, f"QR of {label.tag} does not match"
        quiet = [dark(-1, c) for c in range(-1, n + 1)] + [dark(n, c) for c in range(-1, n + 1)]
        assert not any(quiet), "quiet zone around the code is not white"
