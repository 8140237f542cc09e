"""The intake slip: one page with the job, the items, the due date and a NEW kiosk code that
works (the old one stops working); only job managers print it; it is not archived."""

from __future__ import annotations

import re
from datetime import date

import pytest

from itc_desktop.db import Actor, Database
from itc_desktop.i18n import translate
from itc_desktop.reports.intake_slip import kiosk_payload, spaced_code
from itc_desktop.services import jobs as job_service
from itc_desktop.services import report_archive
from itc_desktop.services.errors import NotFound, PermissionDenied
from tests.reports.job_report_support import (
    COMPANY,
    CONTACT,
    SECOND_CONDITION,
    SECOND_ITEM,
    make_report_lab,
)
from tests.reports.pdf_checks import assert_only_embedded_dejavu, page_texts
from tests.services.jobs_support import make_company, make_job


def slip(db: Database, actor: Actor, job_id: int, lang: str = "en") -> bytes:
    with db.transaction(actor) as session:
        return report_archive.intake_slip_pdf(session, actor, job_id, lang)


def printed_code(pdf: bytes) -> str:
    match = re.search(r"Access code\s*(\d{3}) (\d{3})", page_texts(pdf)[0])
    assert match, "no access code on the slip"
    return match.group(1) + match.group(2)


def test_slip_carries_the_job_and_a_new_working_code(
    db: Database, actors: dict[str, Actor], manager: Actor
) -> None:
    rl = make_report_lab(db, actors, draft=False)
    reference = rl.lab.job_reference
    with db.transaction(manager) as session:
        old_code = job_service.regenerate_access_code(session, manager, rl.lab.job_id)
    pdf = slip(db, manager, rl.lab.job_id)
    texts = page_texts(pdf)
    assert len(texts) == 1 and "Page 1 of 1" in texts[0]
    whole = " ".join(texts[0].split())
    for expected in (
        "Intake slip",
        reference,
        COMPANY,
        CONTACT,
        "Flange S355, tensile and hardness",
        f"{reference}-S01",
        SECOND_ITEM,
        SECOND_CONDITION,
        "Agreed due date to be agreed",
    ):
        assert expected in whole, expected
    assert_only_embedded_dejavu(pdf)
    code = printed_code(pdf)
    with db.reader() as session:
        assert job_service.check_access_code(session, reference, code)
        assert not job_service.check_access_code(session, reference, old_code)
        # The slip carries a secret: it is never archived.
        assert report_archive.list_reports(session, manager) == []
    # Printing again makes another code; the one on the first slip stops working.
    again = printed_code(slip(db, manager, rl.lab.job_id))
    with db.reader() as session:
        assert job_service.check_access_code(session, reference, again)
        assert again == code or not job_service.check_access_code(session, reference, code)


def test_due_date_in_the_report_language(db: Database, manager: Actor) -> None:
    job = make_job(
        db,
        manager,
        make_company(db, manager),
        title="Kovácsolt tengely",
        due_date=date(2026, 12, 18),
    )
    whole = " ".join(page_texts(slip(db, manager, job.id, "hu"))[0].split())
    assert f"{translate('Agreed due date', 'hu')} 2026. 12. 18." in whole
    expected = translate("{n} item(s) expected; none registered yet.", "hu").format(n=1)
    assert " ".join(expected.split()) in whole  # no items received yet


def test_only_job_managers_print_slips(db: Database, manager: Actor, technician: Actor) -> None:
    job = make_job(db, manager, make_company(db, manager))
    with pytest.raises(PermissionDenied):
        slip(db, technician, job.id)
    with pytest.raises(NotFound):
        slip(db, manager, 9999)


def test_qr_payload_and_code_spacing() -> None:
    assert kiosk_payload("ITC-2026-0042", "905318") == "ITC-KIOSK:ITC-2026-0042:905318"
    assert spaced_code("905318") == "905 318"


def test_the_qr_code_holds_the_printed_code(
    db: Database, manager: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from itc_desktop.reports import intake_slip

    drawn: list[str] = []
    real = intake_slip.qr_drawing

    def recording(payload: str, size: float):  # type: ignore[no-untyped-def]
        drawn.append(payload)
        return real(payload, size)

    monkeypatch.setattr(intake_slip, "qr_drawing", recording)
    job = make_job(db, manager, make_company(db, manager))
    pdf = slip(db, manager, job.id)
    assert drawn == [kiosk_payload(job.reference, printed_code(pdf))]
