"""The shared page template: text, fonts, page numbering, header data, reproducible bytes."""

from __future__ import annotations

import base64
import io
import re
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PIL import Image
from reportlab.lib.units import mm

from itc_desktop.reports.template import (
    ReportMeta,
    build_pdf,
    data_table,
    format_date,
    format_datetime,
    format_number,
    key_value_table,
    para,
    report_styles,
)
from itc_desktop.services.settings import CenterSettings
from tests.reports.pdf_checks import (
    assert_only_embedded_dejavu,
    page_texts,
    reader,
    used_fonts,
)

NAMES = ["Kovács Ildikó", "Szőke Bence", "Petrović Đorđe", "Čačak Žarko Šušnjar", "Шаржер"]
CENTER = CenterSettings(
    name="Центар ITC Szabadka",
    address="Trg slobode 1\n24000 Subotica, Srbija",
)


def meta(**changes: object) -> ReportMeta:
    values: dict[str, object] = {
        "title": "Usage report — Đurđevdan",
        "report_id": "ITC-R-2026-0042",
        "issue_date": date(2026, 11, 28),
        "center": CENTER,
    }
    values.update(changes)
    return ReportMeta(**values)  # type: ignore[arg-type]


def long_story(rows: int = 90) -> list[object]:
    styles = report_styles()
    story: list[object] = [para("Names & <markup> stay text", styles.title)]
    story.append(
        key_value_table([("Customer", "Fémipari Kft. & Co."), ("Contact", "Ђорђе Петровић")])
    )
    table_rows = [
        [f"ITC-{i:04d}", NAMES[i % len(NAMES)], format_number(Decimal("1234.5") + i, 2)]
        for i in range(rows)
    ]
    story.append(
        data_table(["Tag", "Name", "Hours"], table_rows, [30 * mm, 100 * mm, 40 * mm], [2])
    )
    return story


def test_text_survives_with_every_letter_and_pages_are_numbered() -> None:
    pdf = build_pdf(meta(), long_story())
    texts = page_texts(pdf)
    assert len(texts) == len(reader(pdf).pages) >= 2
    whole = "\n".join(texts)
    for name in NAMES:
        assert name in whole
    assert "Names & <markup> stay text" in whole
    assert "Fémipari Kft. & Co." in whole and "Ђорђе Петровић" in whole
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
        assert "ITC-R-2026-0042" in text
        assert "Центар ITC Szabadka" in text and "24000 Subotica, Srbija" in text
        assert "Usage report — Đurđevdan" in text
        assert "Issue date: 2026-11-28" in text
    # the rows really continue on the next page: the last row is on the last page
    assert "ITC-0089" in texts[-1] and "ITC-0089" not in texts[0]


def test_fonts_are_embedded_dejavu_and_no_base14_font() -> None:
    pdf = build_pdf(meta(watermark="DRAFT — not valid"), long_story(5))
    assert_only_embedded_dejavu(pdf)
    assert {f.name.split("+")[-1] for f in used_fonts(pdf)} >= {"DejaVuSans", "DejaVuSans-Bold"}


def test_the_font_check_catches_helvetica() -> None:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(100, 100, "plain")
    canvas.save()
    with pytest.raises(AssertionError, match="base-14"):
        assert_only_embedded_dejavu(out.getvalue())


def test_same_input_gives_identical_bytes_and_the_issue_date_is_the_creation_date() -> None:
    first = build_pdf(meta(), long_story())
    assert build_pdf(meta(), long_story()) == first
    later = build_pdf(meta(issue_date=date(2026, 12, 1)), long_story())
    assert later != first
    info = reader(first).metadata
    assert info is not None
    assert info["/CreationDate"].startswith("D:20261128")
    assert info.title == "Usage report — Đurđevdan" and info.subject == "ITC-R-2026-0042"


def test_watermark_on_every_page_only_when_asked() -> None:
    draft = page_texts(build_pdf(meta(watermark="DRAFT — not valid"), long_story()))
    assert all("DRAFT — not valid" in text for text in draft)
    final = page_texts(build_pdf(meta(), long_story()))
    assert not any("DRAFT" in text for text in final)


def test_footer_note_is_printed() -> None:
    note = "The results relate only to the items tested."
    texts = page_texts(build_pdf(meta(footer_note=note), long_story()))
    assert all(note in text for text in texts)


def _images(pdf: bytes) -> list[tuple[int, int]]:
    return [image.image.size for image in reader(pdf).pages[0].images]


def _png(width: int, height: int) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def test_default_logo_and_the_centers_own_logo() -> None:
    assert _images(build_pdf(meta(), long_story(1))) == [(600, 600)]
    own = CenterSettings(name="ITC", logo_png_base64=_png(40, 20))
    assert _images(build_pdf(meta(center=own), long_story(1))) == [(40, 20)]


def test_unreadable_stored_logo_falls_back_to_the_default(caplog: pytest.LogCaptureFixture) -> None:
    for broken in ("not base64 at all!", base64.b64encode(b"not a png").decode()):
        center = CenterSettings(name="ITC", logo_png_base64=broken)
        assert _images(build_pdf(meta(center=center), long_story(1))) == [(600, 600)]
    assert "logo" in caplog.text


@pytest.mark.parametrize(
    ("lang", "number", "day"),
    [
        ("en", "1,234,567.89", "2026-03-07"),
        ("hu", "1\u00a0234\u00a0567,89", "2026. 03. 07."),
        ("sr", "1.234.567,89", "07.03.2026."),
        ("sr-Cyrl", "1.234.567,89", "07.03.2026."),
    ],
)
def test_numbers_and_dates_follow_the_language(lang: str, number: str, day: str) -> None:
    assert format_number(Decimal("1234567.891"), 2, lang) == number
    assert format_date(date(2026, 3, 7), lang) == day


def test_number_formatting_details() -> None:
    assert format_number(0.5, lang="hu") == "0,5"
    assert format_number(Decimal("12.50"), lang="sr") == "12,50"
    assert format_number(1234, lang="en") == "1,234"
    assert format_number(1234.0, 1, "hu", grouping=False) == "1234,0"
    with pytest.raises(ValueError, match="unknown report language"):
        format_number(1, lang="de")
    with pytest.raises(ValueError, match="unknown report language"):
        build_pdf(meta(lang="xx"), long_story(1))


def test_datetimes_are_shown_in_the_centers_zone() -> None:
    moment = datetime(2026, 7, 1, 22, 30, tzinfo=UTC)
    assert format_datetime(moment, "en", "Europe/Belgrade") == "2026-07-02 00:30"
    with pytest.raises(ValueError, match="naive"):
        format_datetime(datetime(2026, 7, 1, 22, 30), "en")


def test_language_changes_the_issue_date_in_the_header() -> None:
    text = page_texts(build_pdf(meta(lang="hu"), long_story(1)))[0]
    assert "2026. 11. 28." in text
    assert re.search(r"Page 1 of 1", text)


def test_vector_drawings_keep_to_the_embedded_font() -> None:
    from reportlab.graphics.shapes import String

    from itc_desktop.reports.template import vector_drawing

    drawing = vector_drawing(100, 40)
    drawing.add(String(5, 10, "Szőke Шаржер"))
    pdf = build_pdf(meta(), [drawing])
    assert_only_embedded_dejavu(pdf)
    assert "Szőke Шаржер" in page_texts(pdf)[0]


def test_a_very_long_title_stays_whole_in_the_header() -> None:
    title = " ".join(["Usage report of the heat-treatment furnaces and Шаржер"] * 5)
    text = page_texts(build_pdf(meta(title=title), long_story(1)))[0]
    assert " ".join(text.split()).count("Шаржер") >= 5
    assert "Report ID: ITC-R-2026-0042" in text


def test_table_cells_that_fit_are_strings_and_long_ones_wrap() -> None:
    """A cell that fits its column is drawn as a string (cheap), one that must wrap stays a
    Paragraph; both print the same text, markup characters included, in the embedded font."""
    long_name = "Kőszegi Fémmegmunkáló és Szerszámgyártó Kft. — Čačak & <Šabac> " * 2
    table = data_table(
        ["Tag", "Name", "Hours"],
        [["ITC-0001", "A & <b>", "1 234,50"], ["ITC-0002", long_name, "12,00\n3,00"]],
        [30 * mm, 60 * mm, 30 * mm],
        [2],
    )
    cells = table._cellvalues  # reportlab's own grid of what each cell holds
    assert cells[1] == ["ITC-0001", "A & <b>", "1 234,50"]
    assert cells[2][0] == "ITC-0002" and cells[2][2] == "12,00\n3,00"
    assert not isinstance(cells[2][1], str)  # wraps: a Paragraph
    spaced = data_table(["Note"], [["two  spaces"], ["\ttab"], ["soft\u00adhyphen"]], [60 * mm])
    assert not any(isinstance(row[0], str) for row in spaced._cellvalues[1:])
    pdf = build_pdf(meta(), [table])
    text = " ".join(page_texts(pdf)[0].split())
    assert "A & <b>" in text and "1 234,50" in text and "12,00 3,00" in text
    assert "Čačak & <Šabac>" in text
    assert_only_embedded_dejavu(pdf)


def test_the_page_decoration_is_drawn_once_and_shown_on_every_page() -> None:
    pdf = build_pdf(meta(watermark="DRAFT — not valid"), long_story(rows=200))
    pages = reader(pdf).pages
    assert len(pages) > 2
    forms = set()
    for page in pages:
        xobjects = page["/Resources"]["/XObject"]
        forms |= {x.idnum for x in xobjects.values() if x.get_object()["/Subtype"] == "/Form"}
    assert len(forms) == 1  # one form, referred to by every page
    texts = page_texts(pdf)
    assert all("ITC-R-2026-0042" in t and "DRAFT — not valid" in t for t in texts)
    assert all(f"Page {n} of {len(pages)}" in t for n, t in enumerate(texts, start=1))
