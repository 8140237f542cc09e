"""Issued test reports: numbers, stored bytes and SHA-256, reprint, amendments, the database
lock, refusals (permissions, nothing approved, a pending correction), drafts not stored."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from itc_desktop.db import Actor, Database
from itc_desktop.i18n import translate
from itc_desktop.services import calibration as calibration_service
from itc_desktop.services import report_archive
from itc_desktop.services import results as result_service
from itc_desktop.services.errors import (
    Conflict,
    DomainError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from tests.backends import outside, tamper
from tests.reports.job_report_support import COMPANY, ReportLab, make_report_lab
from tests.reports.pdf_checks import page_texts
from tests.services.equipment_support import lab_today, make_instrument
from tests.services.jobs_support import make_company, make_job
from tests.services.results_support import approve, create, hardness_input

TITLE = "Test report — Amendment {n} to report {number}"
REPLACES = (
    "This report replaces report {old}, which is superseded and withdrawn. "
    "Reason for the amendment: {reason}"
)


def flat_text(text: str) -> str:
    return " ".join(text.split())


def flat(pdf: bytes) -> str:
    """The PDF's text with line breaks and runs of spaces as single spaces."""
    return flat_text(" ".join(page_texts(pdf)))


@pytest.fixture
def rl(db: Database, actors: dict[str, Actor]) -> ReportLab:
    return make_report_lab(db, actors)


def issue(db: Database, actor: Actor, job_id: int, **kwargs: object):  # type: ignore[no-untyped-def]
    with db.transaction(actor) as session:
        return report_archive.issue_job_report(session, actor, job_id, **kwargs)  # type: ignore[arg-type]


def pdf_of(db: Database, actor: Actor, report_id: int) -> bytes:
    with db.reader() as session:
        return report_archive.get_report_pdf(session, actor, report_id)


def test_issue_stores_the_pdf_and_its_sha256_and_reprints_identical_bytes(
    db: Database, rl: ReportLab, manager: Actor, technician: Actor
) -> None:
    view = issue(db, manager, rl.lab.job_id, lang="hu")
    year = view.issue_date.year
    assert view.report_number == f"TR-{year}-0001"
    assert view.lang == "hu" and view.issued_by == "Petrović Đorđe"
    assert view.job_reference == rl.lab.job_reference and view.amendment == 0
    assert not view.superseded
    assert set(view.record_ids) == {rl.tensile_id, rl.hardness_id}  # the draft is not in it
    first = pdf_of(db, manager, view.id)
    assert first.startswith(b"%PDF") and len(first) == view.size_bytes
    assert hashlib.sha256(first).hexdigest() == view.sha256
    # A reprint, by anyone who may see reports, in another session: the very same file.
    assert pdf_of(db, technician, view.id) == first
    assert pdf_of(db, manager, view.id) == first


def test_numbers_are_sequential_per_year_and_a_failed_issue_takes_none(
    db: Database, rl: ReportLab, manager: Actor
) -> None:
    empty_job = make_job(db, manager, make_company(db, manager, name="Üres Kft."), title="Nothing")
    with pytest.raises(report_archive.NoApprovedResults, match="no approved test result"):
        issue(db, manager, empty_job.id)
    views = [issue(db, manager, rl.lab.job_id) for _ in range(3)]
    numbers = [v.report_number for v in views]
    year = views[0].issue_date.year
    assert numbers == [f"TR-{year}-0001", f"TR-{year}-0002", f"TR-{year}-0003"]
    # The year is the lab's date at issue: 23:30 UTC on New Year's Eve is already next year
    # in Budapest.
    new_year = issue(db, manager, rl.lab.job_id, at=datetime(2030, 12, 31, 23, 30, tzinfo=UTC))
    assert new_year.report_number == "TR-2031-0001"
    assert new_year.issue_date.isoformat() == "2031-01-01"


def test_only_managers_and_admins_issue(
    db: Database, rl: ReportLab, technician: Actor, admin: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        issue(db, technician, rl.lab.job_id)
    assert issue(db, admin, rl.lab.job_id).issued_by == "Kovács Ildikó"
    with db.reader() as session:
        assert len(report_archive.list_reports(session, technician)) == 1


def test_unknown_job_language_and_report_are_refused(
    db: Database, rl: ReportLab, manager: Actor
) -> None:
    with pytest.raises(NotFound):
        issue(db, manager, 9999)
    with pytest.raises(ValidationError, match="language"):
        issue(db, manager, rl.lab.job_id, lang="de")
    with db.reader() as session, pytest.raises(NotFound):
        report_archive.get_report_pdf(session, manager, 9999)


def test_a_pending_correction_blocks_issuing(db: Database, rl: ReportLab, manager: Actor) -> None:
    with db.transaction(manager) as session:
        revised = result_service.revise_record(session, manager, rl.hardness_id, "HV re-measured")
    with pytest.raises(Conflict, match="not approved yet") as refused:
        issue(db, manager, rl.lab.job_id)
    assert f"record {revised}" in str(refused.value)
    with db.transaction(manager) as session:
        result_service.discard_draft(session, manager, revised)
    assert issue(db, manager, rl.lab.job_id).record_ids  # the correction withdrawn: fine


def test_amendment_chain_supersedes_and_keeps_the_old_bytes(
    db: Database, rl: ReportLab, manager: Actor
) -> None:
    original = issue(db, manager, rl.lab.job_id)
    original_pdf = pdf_of(db, manager, original.id)
    with db.transaction(manager) as session, pytest.raises(ValidationError):
        report_archive.amend_report(session, manager, original.id, "   ")
    with db.transaction(manager) as session:
        first = report_archive.amend_report(
            session, manager, original.id, "Contact name misspelt", lang="hu"
        )
    assert first.report_number == f"{original.report_number}-A1"
    assert (first.amendment, first.amends_id, first.amends_number) == (
        1,
        original.id,
        original.report_number,
    )
    assert first.amendment_reason == "Contact name misspelt" and first.lang == "hu"
    with db.reader() as session:
        old = report_archive.get_report(session, manager, original.id)
    assert old.superseded and old.superseded_by_number == first.report_number
    assert pdf_of(db, manager, original.id) == original_pdf  # superseded, never rewritten
    text_ = flat(pdf_of(db, manager, first.id))
    # In the amendment's language (Hungarian), with the original's number and the reason.
    assert flat_text(translate(TITLE, "hu").format(n=1, number=original.report_number)) in text_
    replaces = translate(REPLACES, "hu").format(
        old=original.report_number, reason="Contact name misspelt"
    )
    assert flat_text(replaces) in text_
    # Only the current report can be amended, and the next amendment names the original.
    with db.transaction(manager) as session, pytest.raises(Conflict, match="already superseded"):
        report_archive.amend_report(session, manager, original.id, "again")
    with db.transaction(manager) as session:
        second = report_archive.amend_report(session, manager, first.id, "Rm limit source")
    assert second.report_number == f"{original.report_number}-A2"
    assert second.lang == "hu"  # the language of the report it amends
    text_ = flat(pdf_of(db, manager, second.id))
    assert flat_text(translate(TITLE, "hu").format(n=2, number=original.report_number)) in text_
    replaces = translate(REPLACES, "hu").format(old=first.report_number, reason="Rm limit source")
    assert flat_text(replaces) in text_
    with db.reader() as session:
        listed = report_archive.list_reports(session, manager, rl.lab.job_id)
    assert [r.report_number for r in listed] == [
        second.report_number,
        first.report_number,
        original.report_number,
    ]
    assert [r.superseded for r in listed] == [False, True, True]


def test_technician_may_not_amend(
    db: Database, rl: ReportLab, manager: Actor, technician: Actor
) -> None:
    original = issue(db, manager, rl.lab.job_id)
    with db.transaction(technician) as session, pytest.raises(PermissionDenied):
        report_archive.amend_report(session, technician, original.id, "typo")


def test_the_database_refuses_to_change_an_issued_report(
    db: Database, rl: ReportLab, manager: Actor
) -> None:
    view = issue(db, manager, rl.lab.job_id)
    for statement in (
        "UPDATE issued_reports SET pdf = :pdf WHERE id = :id",
        "UPDATE issued_reports SET report_number = 'TR-X' WHERE id = :id",
        "DELETE FROM issued_reports WHERE id = :id",
    ):
        with pytest.raises(DBAPIError, match="never changed"), outside(db) as conn:
            conn.execute(text(statement), {"pdf": b"\x00", "id": view.id})
    assert hashlib.sha256(pdf_of(db, manager, view.id)).hexdigest() == view.sha256


def test_altered_bytes_are_detected_on_reprint(db: Database, rl: ReportLab, manager: Actor) -> None:
    view = issue(db, manager, rl.lab.job_id)
    # Someone with the file and a SQLite shell (or a database superuser) drops the lock and
    # edits the bytes.
    tamper(
        db,
        "issued_reports",
        "UPDATE",
        "UPDATE issued_reports SET pdf = :pdf WHERE id = :id",
        pdf=b"%PDF-forged",
        id=view.id,
    )
    with pytest.raises(report_archive.DamagedReport, match=view.report_number):
        pdf_of(db, manager, view.id)


def test_a_draft_is_watermarked_and_not_stored(
    db: Database, rl: ReportLab, technician: Actor, manager: Actor
) -> None:
    with db.reader() as session:
        draft = report_archive.draft_job_report_pdf(session, technician, rl.lab.job_id)
        assert report_archive.list_reports(session, technician) == []
    whole = "\n".join(page_texts(draft))
    assert "DRAFT — not valid" in whole and f"DRAFT {rl.lab.job_reference}" in whole
    # No number was taken by the draft.
    assert issue(db, manager, rl.lab.job_id).report_number.endswith("-0001")


def test_a_draft_in_another_language_is_marked_in_that_language(
    db: Database, rl: ReportLab, technician: Actor
) -> None:
    """The watermark, the draft's number and the footer follow the report's language, not
    the program's (English here)."""
    with db.reader() as session:
        draft = report_archive.draft_job_report_pdf(session, technician, rl.lab.job_id, "sr-Cyrl")
    whole = " ".join("\n".join(page_texts(draft)).split())
    assert "НАЦРТ — не важи" in whole and f"НАЦРТ {rl.lab.job_reference}" in whole
    assert "Резултати се односе само на испитане предмете." in whole
    assert "DRAFT" not in whole and "relate only" not in whole


def test_a_job_without_results_has_no_draft_either(db: Database, manager: Actor) -> None:
    job = make_job(db, manager, make_company(db, manager), title="Nothing yet")
    with db.reader() as session, pytest.raises(DomainError, match="no test result yet"):
        report_archive.draft_job_report_pdf(session, manager, job.id)


def test_the_list_searches_number_job_and_company_forgiving_case_and_accents(
    db: Database, rl: ReportLab, manager: Actor
) -> None:
    view = issue(db, manager, rl.lab.job_id)
    year_number = view.report_number.lower()  # "tr-2026-0001"

    def found(search: str) -> list[str]:
        with db.reader() as session:
            return [
                r.report_number
                for r in report_archive.list_reports(session, manager, search=search)
            ]

    assert found(year_number) == [view.report_number]
    assert found(rl.lab.job_reference.lower()) == [view.report_number]
    assert found(COMPANY.split()[0].upper()) == [view.report_number]
    # Accents and script forgiven like the Jobs page: "djurdjevic" and "Ђурђевић" find "Đurđević".
    assert found("djurdjevic") == [view.report_number]
    assert found("Ђурђевић") == [view.report_number]
    assert found(f"{year_number} no-such-word") == []  # every word must match
    assert found("TR-1999") == []
    with db.reader() as session:
        other_job = report_archive.list_reports(session, manager, rl.lab.job_id + 999, search="")
    assert other_job == []


def test_an_instrument_used_under_an_override_shows_who_granted_it_and_why(
    db: Database, rl: ReportLab, manager: Actor, technician: Actor
) -> None:
    lapsed = make_instrument(db, manager, "ITC-0299", calibrated_days_ago=400, valid_days=365)
    justification = "Recalibration booked; check block verified — провера блоком"
    with db.transaction(manager) as session:
        override_id = calibration_service.grant_override(
            session,
            manager,
            lapsed,
            justification=justification,
            valid_from=lab_today(db) - timedelta(days=1),
            valid_until=lab_today(db),
        )
    record_id = create(db, technician, hardness_input(rl.lab, technician, equipment_id=lapsed))
    approve(db, record_id, manager, manager)
    view = issue(db, manager, rl.lab.job_id)
    text_ = " ".join(" ".join(page_texts(pdf_of(db, manager, view.id))).split())
    assert f"override no. {override_id}" in text_
    assert "granted by Petrović Đorđe" in text_
    assert f"“{justification}”" in text_
