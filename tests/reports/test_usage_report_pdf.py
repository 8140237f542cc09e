"""The usage report PDF read back: the figures formatted for the language, every name with
its Hungarian, Serbian and Cyrillic letters, charts as vector graphics, "Page X of Y", only
embedded DejaVu, the same bytes for the same figures; and `report usage` through cli.main."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from itc_desktop.db import Actor, Database
from itc_desktop.i18n import translate
from itc_desktop.reports.template import format_date
from itc_desktop.reports.usage_report import (
    energy_text,
    hours_text,
    money_text,
    month_text,
    percent_text,
    render_usage_report,
    report_id,
)
from itc_desktop.services.settings import get_center
from itc_desktop.services.usage_report import UsageFigures, usage_figures
from tests.backends import cli_db, run_cli
from tests.reports.pdf_checks import (
    assert_only_embedded_dejavu,
    page_texts,
    raster_images,
    reader,
)
from tests.services.usage_report_support import (
    COMPANIES,
    DATE_FROM,
    DATE_TO,
    EQUIPMENT,
    NOW,
    Generated,
    generate,
)

ISSUED = date(2026, 4, 20)


@pytest.fixture
def lab(db: Database, admin: Actor, manager: Actor, technician: Actor) -> Generated:
    return generate(db, admin, [admin, manager, technician], seed=11)


def _render(db: Database, actor: Actor, lang: str, **kwargs: object) -> tuple[UsageFigures, bytes]:
    with db.reader() as session:
        figures = usage_figures(session, actor, DATE_FROM, DATE_TO, now=NOW, **kwargs)  # type: ignore[arg-type]
        center = get_center(session)
    return figures, render_usage_report(figures, center, lang, issue_date=ISSUED)


def _flat(pdf: bytes) -> str:
    """The text of all pages on one line. The thousands separator of hu (a no-break space)
    comes back from the PDF as a plain space: compare with `_plain(expected)`."""
    return re.sub(r"[ \t\r\n]+", " ", " ".join(page_texts(pdf)))


def _plain(expected: str) -> str:
    return expected.replace("\u00a0", " ").replace("\n", " ")


@pytest.mark.parametrize("lang", ["en", "hu", "sr", "sr-Cyrl"])
def test_figures_names_and_pages_read_back(
    db: Database, manager: Actor, lab: Generated, lang: str
) -> None:
    figures, pdf = _render(db, manager, lang)
    text = _flat(pdf)
    for _tag, name, *_rest in EQUIPMENT:
        assert name in text
    for name in (*COMPANIES, "Kovács Ildikó", "Petrović Đorđe", "Szőke Bence"):
        assert name in text
    for e in figures.equipment:  # the whole row, in the order of the columns
        cells = (
            e.asset_tag,
            e.name,
            hours_text(e.booked_hours, lang),
            hours_text(e.used_hours, lang),
            hours_text(e.available_hours, lang),
            percent_text(e.utilization, lang),
            str(e.sessions),
            str(e.no_shows),
            energy_text(e.energy_kwh, lang),
            hours_text(e.downtime_hours, lang),
        )
        assert _plain(" ".join(cells)) in text, cells
    t = figures.totals
    assert _plain(hours_text(t.used_hours, lang)) in text
    assert _plain(money_text(t.costs, lang)) in text
    for c in figures.companies:
        assert (
            _plain(f"{c.name} {hours_text(c.hours, lang)} {c.jobs} {money_text(c.costs, lang)}")
            in text
        )
    for o in figures.operators:
        assert _plain(f"{o.name} {o.sessions} {hours_text(o.hours, lang)}") in text
    for month in figures.months:
        assert month_text(month.month, lang) in text
    assert format_date(DATE_FROM, lang) in text and format_date(DATE_TO, lang) in text
    assert report_id(figures) == "UR-20260301-20260430"
    pages = page_texts(pdf)
    for number, page in enumerate(pages, start=1):
        assert translate("Page {page} of {total}", lang).format(page=number, total=len(pages)) in (
            page
        )
        assert "UR-20260301-20260430" in page
    assert_only_embedded_dejavu(pdf)


def test_decimal_comma_for_hungarian_and_serbian(
    db: Database, manager: Actor, lab: Generated
) -> None:
    figures, pdf = _render(db, manager, "hu")
    used = figures.totals.used_hours
    assert hours_text(used, "hu") == f"{used:,.1f}".replace(",", "\u00a0").replace(".", ",")
    assert _plain(hours_text(used, "hu")) in _flat(pdf)
    assert f"{used:,.1f}" not in _flat(pdf)
    _figures, sr = _render(db, manager, "sr")
    assert hours_text(used, "sr") in _flat(sr) and "," in hours_text(used, "sr")


def test_charts_are_vector_graphics_and_the_file_is_reproducible(
    db: Database, manager: Actor, lab: Generated
) -> None:
    figures, pdf = _render(db, manager, "en")
    _again, again = _render(db, manager, "en")
    assert pdf == again
    pages = reader(pdf).pages
    assert all(raster_images(page) == 1 for page in pages)  # the logo in each header only
    first = page_texts(pdf)[0]
    assert "Hours by month" in first and "Utilization by equipment" in first
    # the bar labels of the utilization chart
    assert percent_text(figures.equipment[0].utilization, "en") in _flat(pdf)


def test_selection_and_empty_tables(db: Database, manager: Actor, lab: Generated) -> None:
    _figures, pdf = _render(db, manager, "en", category="furnace")
    text = _flat(pdf)
    assert "category Furnace" in text and "ITC-0003" in text and "ITC-0001" not in text
    with db.reader() as session:
        empty = usage_figures(session, manager, date(2020, 1, 1), date(2020, 1, 31), now=NOW)
        pdf = render_usage_report(empty, get_center(session), "en", issue_date=ISSUED)
    assert _flat(pdf).count("No usage.") == 2


def test_report_usage_command(
    db: Database, lab: Generated, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, xlsx, csv_file = tmp_path / "u.pdf", tmp_path / "u.xlsx", tmp_path / "u.csv"
    code = run_cli(["--db", cli_db(db), "report", "usage", "--from", "2026-03-01",
                     "--to", "2026-04-30", "--out", str(out), "--xlsx", str(xlsx),
                     "--csv", str(csv_file), "--lang", "sr", "--equipment", "ITC-0003",
                     "--equipment", "ITC-0005"])  # fmt: skip
    printed, _err = capsys.readouterr()
    assert code == 0
    for path in (out, xlsx, csv_file):
        assert path.stat().st_size > 0 and str(path) in printed
    text = _flat(out.read_bytes())
    assert "Пећ за каљење" in text and "Zavarivač Šabac Žužić" in text and "ITC-0001" not in text
    assert "01.03.2026." in text
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--from", "2026-05-01", "--to", "2026-04-30"], "--to 2026-04-30 is before --from"),
        (["--from", "2026-03-01", "--to", "2026-04-30", "--equipment", "ITC-9999"], "ITC-9999"),
        (["--from", "2026-03-01", "--to", "2026-04-30", "--category", "boats"], "Category"),
    ],
)
def test_report_usage_command_refusals(
    db: Database, lab: Generated, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    argv: list[str], message: str,
) -> None:  # fmt: skip
    out = tmp_path / "u.pdf"
    code = run_cli(["--db", cli_db(db), "report", "usage", *argv, "--out", str(out)])
    _out, err = capsys.readouterr()
    assert code == 2 and message in err and not out.exists()


def test_many_machines_get_more_utilization_charts(
    db: Database, manager: Actor, lab: Generated
) -> None:
    from dataclasses import replace

    from reportlab.lib.units import mm

    from itc_desktop.reports.usage_report import BARS_PER_CHART, utilization_charts

    figures, _pdf = _render(db, manager, "en")
    many = replace(figures, equipment=figures.equipment * 11)  # 55 bars
    charts = utilization_charts(many, "en")
    assert len(charts) == 2 and len(many.equipment) > BARS_PER_CHART
    assert all(chart.height < 230 * mm for chart in charts)  # each fits the page's frame
    with db.reader() as session:
        pdf = render_usage_report(many, get_center(session), "en", issue_date=ISSUED)
    text = _flat(pdf)
    assert "(used / available hours) — 1/2" in text and "— 2/2" in text
