"""`itc-desktop report job|intake` through `cli.main`: issue and archive (number and SHA-256
printed), a draft (not archived), an intake slip, an unknown reference (exit 2)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from itc_desktop.db import Actor, Database
from itc_desktop.services import jobs as job_service
from itc_desktop.services import report_archive
from tests.backends import cli_db, run_cli
from tests.reports.job_report_support import DRAFT_HV, ReportLab, make_report_lab
from tests.reports.pdf_checks import page_texts
from tests.services.jobs_support import make_company, make_job


@pytest.fixture
def rl(db: Database, actors: dict[str, Actor]) -> ReportLab:
    return make_report_lab(db, actors)


def run(capsys: pytest.CaptureFixture[str], db: Database, *argv: str) -> tuple[int, str, str]:
    code = run_cli(["--db", cli_db(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_report_job_issues_archives_and_prints_number_and_sha(
    db: Database, rl: ReportLab, manager: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "report.pdf"
    code, out, _err = run(
        capsys, db, "report", "job", rl.lab.job_reference.lower(), "--out", str(out_file),
        "--lang", "sr",
    )  # fmt: skip
    assert code == 0
    data = out_file.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    assert f"SHA-256 {sha}" in out
    with db.reader() as session:
        (issued,) = report_archive.list_reports(session, manager, rl.lab.job_id)
        assert report_archive.get_report_pdf(session, manager, issued.id) == data
    assert issued.report_number in out and issued.sha256 == sha and issued.lang == "sr"
    assert issued.issued_by == "System (headless commands)"
    assert DRAFT_HV not in " ".join(" ".join(page_texts(data)).split())


def test_report_job_draft_is_not_archived(
    db: Database, rl: ReportLab, manager: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "draft.pdf"
    code, out, _err = run(
        capsys, db, "report", "job", rl.lab.job_reference, "--out", str(out_file), "--draft"
    )
    assert code == 0 and "not issued" in out
    whole = " ".join(" ".join(page_texts(out_file.read_bytes())).split())
    assert "DRAFT — not valid" in whole and DRAFT_HV in whole
    with db.reader() as session:
        assert report_archive.list_reports(session, manager) == []


def test_report_intake_writes_a_slip_with_a_working_code(
    db: Database, rl: ReportLab, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "slip.pdf"
    code, out, _err = run(
        capsys, db, "report", "intake", rl.lab.job_reference, "--out", str(out_file)
    )
    assert code == 0 and "new access code" in out
    text = page_texts(out_file.read_bytes())[0]
    digits = "".join(text.split("Access code")[1].split()[:2])
    with db.reader() as session:
        assert job_service.check_access_code(session, rl.lab.job_reference, digits)


def test_unknown_reference_and_nothing_approved_exit_2(
    db: Database, actors: dict[str, Actor], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manager = actors["manager"]
    empty = make_job(db, manager, make_company(db, manager), title="Nothing tested yet")
    out_file = tmp_path / "x.pdf"
    for kind in ("job", "intake"):
        code, out, err = run(capsys, db, "report", kind, "ITC-1999-0042", "--out", str(out_file))
        assert code == 2 and "There is no job ITC-1999-0042" in out + err
    code, out, err = run(capsys, db, "report", "job", empty.reference, "--out", str(out_file))
    assert code == 2 and "no approved test result" in out + err
    assert not out_file.exists()
