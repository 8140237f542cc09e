"""`itc-desktop labels` and `itc-desktop equipment export|import`, run through cli.main."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from itc_desktop import cli
from itc_desktop.config import sqlite_url
from itc_desktop.db import Database
from itc_desktop.models.equipment import Equipment
from tests.reports.pdf_checks import page_texts

CSV = (
    "\ufeffasset_tag;name;category;hourly_rate;is_measuring_instrument;status\r\n"
    "ITC-0001;CNC eszterga Szőke;machine_tool;85,5;no;available\r\n"
    "ITC-0002;Шаржер;measuring_instrument;;yes;available\r\n"
    "ITC-0003;Stara peć Đurđevac;furnace;;no;retired\r\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def count(path: Path) -> int:
    database = Database(sqlite_url(path))
    try:
        with database.reader() as session:
            return session.scalar(select(func.count()).select_from(Equipment)) or 0
    finally:
        database.dispose()


@pytest.fixture
def lab(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "lab.sqlite"
    source = tmp_path / "in.csv"
    source.write_text(CSV, encoding="utf-8")
    code, out, err = run(capsys, "--db", str(path), "equipment", "import", str(source))
    assert (code, err) == (0, "") and "3 pieces of equipment imported" in out
    return path


def test_labels_for_all_or_chosen_tags(
    lab: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_pdf = tmp_path / "labels.pdf"
    code, out, _ = run(capsys, "--db", str(lab), "labels", "--out", str(out_pdf))
    assert code == 0 and str(out_pdf) in out
    text = " ".join(page_texts(out_pdf.read_bytes()))
    assert "ITC-0001" in text and "ITC-0002" in text and "ITC-0003" not in text  # retired
    assert "Шаржер" in text and "OUT OF CALIBRATION" in text  # an instrument never calibrated

    code, _, _ = run(
        capsys, "--db", str(lab), "labels", "--out", str(out_pdf), "--tag", "itc-0003", "ITC-0001"
    )
    assert code == 0
    text = " ".join(page_texts(out_pdf.read_bytes()))
    assert text.index("ITC-0003") < text.index("ITC-0001") and "ITC-0002" not in text


def test_labels_refuse_an_unknown_tag(
    lab: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_pdf = tmp_path / "labels.pdf"
    code, _, err = run(capsys, "--db", str(lab), "labels", "--out", str(out_pdf), "--tag", "X-1")
    assert code == 2 and "X-1" in err and not out_pdf.exists()


def test_export_then_import_into_an_empty_database(
    lab: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "out.csv"
    code, out, _ = run(capsys, "--db", str(lab), "equipment", "export", "--out", str(exported))
    assert code == 0 and str(exported) in out
    text = exported.read_text(encoding="utf-8-sig")
    assert text.startswith("asset_tag,name,category,") and "85.50" in text and "Шаржер" in text
    other = tmp_path / "other.sqlite"
    code, out, _ = run(capsys, "--db", str(other), "equipment", "import", str(exported))
    assert code == 0 and "3 pieces" in out
    again = tmp_path / "again.csv"
    run(capsys, "--db", str(other), "equipment", "export", "--out", str(again))
    assert again.read_bytes() == exported.read_bytes()
    semicolon = tmp_path / "semi.csv"
    run(capsys, "--db", str(other), "equipment", "export", "--out", str(semicolon), "--semicolon")
    assert semicolon.read_text(encoding="utf-8-sig").startswith("asset_tag;name;category;")


def test_a_bad_file_lists_every_problem_and_writes_nothing(
    lab: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "asset_tag,name,category,hourly_rate\n"
        "ITC-0100,Fine,furnace,1\n"
        "ITC-0001,Taken,furnace,2\n"
        "ITC-0101,Odd,rocket,3\n"
        "ITC-0102,Cheap,furnace,abc\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--db", str(lab), "equipment", "import", str(bad))
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert lines[0].startswith("Row 3, column asset_tag: ITC-0001 is already used")
    assert lines[1].startswith("Row 4, column category: unknown category 'rocket'")
    assert lines[2] == "Row 5, column hourly_rate: not a number: 'abc'"
    assert lines[3] == "3 problems; nothing was imported."
    assert count(lab) == 3


def test_missing_file_is_a_clear_error(lab: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(lab), "equipment", "import", "/nonexistent/x.csv")
    assert code == 2 and "Cannot read /nonexistent/x.csv" in err
