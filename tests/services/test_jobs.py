"""Jobs: creation with references, validation, editing, the filtered list, the dashboard
lists and the kiosk access code."""

from __future__ import annotations

import itertools
import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from itc_desktop.db import Actor, Database
from itc_desktop.models import AuditEntry
from itc_desktop.models.jobs import Job, JobCounter
from itc_desktop.services import companies as company_service
from itc_desktop.services import job_workflow as workflow
from itc_desktop.services import jobs as job_service
from itc_desktop.services.companies import ContactInput
from itc_desktop.services.errors import Conflict, PermissionDenied, ValidationError
from itc_desktop.services.jobs import JobFilter, JobInput
from tests.services.jobs_support import TODAY, make_company, make_job


@pytest.fixture
def company_id(db: Database, manager: Actor) -> int:
    return make_company(db, manager)


def test_references_count_up_per_year(db: Database, manager: Actor, company_id: int) -> None:
    refs = [make_job(db, manager, company_id).reference for _ in range(3)]
    assert refs == ["ITC-2026-0001", "ITC-2026-0002", "ITC-2026-0003"]
    next_year = make_job(db, manager, company_id, today=date(2027, 1, 2))
    assert next_year.reference == "ITC-2027-0001"
    assert make_job(db, manager, company_id).reference == "ITC-2026-0004"
    with db.reader() as session:
        counters = {c.year: c.last for c in session.scalars(select(JobCounter))}
    assert counters == {2026: 4, 2027: 1}


def test_a_failed_creation_leaves_no_gap(db: Database, manager: Actor, company_id: int) -> None:
    make_job(db, manager, company_id)
    with pytest.raises(RuntimeError), db.transaction(manager) as session:
        job_service.create_job(
            session, manager, JobInput(company_id=company_id, title="Aborted"), today=TODAY
        )
        raise RuntimeError("station crashed before commit")
    assert make_job(db, manager, company_id).reference == "ITC-2026-0002"


def test_duplicate_reference_is_refused_by_the_database(
    db: Database, manager: Actor, company_id: int
) -> None:
    from sqlalchemy.exc import IntegrityError

    make_job(db, manager, company_id)
    with db.transaction() as session:
        # Someone resets the counter by hand: the unique constraint still protects.
        session.get(JobCounter, 2026).last = 0  # type: ignore[union-attr]
    with pytest.raises(IntegrityError):
        make_job(db, manager, company_id)


def test_create_job_with_all_fields(
    db: Database, manager: Actor, technician: Actor, company_id: int
) -> None:
    with db.transaction(manager) as session:
        contact_id = company_service.add_contact(
            session, manager, company_id, ContactInput("Szűcs Ödön")
        )
        created = job_service.create_job(
            session,
            manager,
            JobInput(
                company_id=company_id,
                title="  Tensile tests,  S355J2 plate ",
                contact_id=contact_id,
                description="3 specimens per heat, ISO 6892-1 B",
                material="S355J2+N",
                quantity=6,
                due_date=TODAY + timedelta(days=10),
                priority="high",
                technician_id=technician.id,
                quoted_price=Decimal("850.5"),
                customer_order_number="PO-2026/117",
            ),
            today=TODAY,
        )
    with db.reader() as session:
        detail = job_service.get_job(session, manager, created.id, today=TODAY)
        events = workflow.list_events(session, manager, created.id)
    assert detail.reference == created.reference == "ITC-2026-0001"
    assert detail.title == "Tensile tests, S355J2 plate"
    assert (detail.company_name, detail.contact_name, detail.technician_name) == (
        "Kőszegi Fémmegmunkáló Kft.",
        "Szűcs Ödön",
        "Szőke Bence",
    )
    assert detail.quoted_price == Decimal("850.50")
    assert detail.currency == "EUR"  # the company's default
    assert (detail.status, detail.requested_on, detail.quantity) == ("received", TODAY, 6)
    assert detail.has_access_code and not detail.overdue
    assert [(e.from_status, e.to_status) for e in events] == [(None, "received")]
    assert detail.as_input().customer_order_number == "PO-2026/117"


def test_job_validation_names_every_field(db: Database, manager: Actor, company_id: int) -> None:
    other = make_company(
        db, manager, name="Subotička Kovačnica", country="RS", tax_number="104052135"
    )
    with db.transaction(manager) as session:
        foreign_contact = company_service.add_contact(
            session, manager, other, ContactInput("Ana Kovač")
        )
    with pytest.raises(ValidationError) as caught, db.transaction(manager) as session:
        job_service.create_job(
            session,
            manager,
            JobInput(
                company_id=company_id,
                title=" ",
                contact_id=foreign_contact,
                quantity=0,
                due_date=TODAY - timedelta(days=1),
                priority="asap",
                technician_id=9999,
                quoted_price=Decimal("10.005"),
                currency="USD",
            ),
            today=TODAY,
        )
    assert set(caught.value.errors) == {
        "Title",
        "Contact",
        "Quantity",
        "Due date",
        "Priority",
        "Responsible technician",
        "Quoted price",
        "Currency",
    }
    with db.reader() as session:
        assert session.scalars(select(Job)).all() == []
        assert session.get(JobCounter, TODAY.year) is None


def test_technician_may_not_create_or_edit_jobs(
    db: Database, manager: Actor, technician: Actor, company_id: int
) -> None:
    with pytest.raises(PermissionDenied), db.transaction(technician) as session:
        job_service.create_job(session, technician, JobInput(company_id=company_id, title="X"))
    job = make_job(db, manager, company_id)
    with pytest.raises(PermissionDenied), db.transaction(technician) as session:
        job_service.update_job(session, technician, job.id, JobInput(company_id, "Y"))
    with pytest.raises(PermissionDenied), db.transaction(technician) as session:
        job_service.regenerate_access_code(session, technician, job.id)


def test_update_job_and_optimistic_locking(db: Database, manager: Actor, company_id: int) -> None:
    job = make_job(db, manager, company_id)
    with db.reader() as session:
        detail = job_service.get_job(session, manager, job.id)
    data = detail.as_input()
    data.title = "Prototype flange, revision B"
    data.quoted_price = Decimal("1350")
    with db.transaction(manager) as session:
        job_service.update_job(session, manager, job.id, data, expected_version=detail.version)
    with (
        pytest.raises(Conflict, match=r"changed by .+ at \d{4}-\d\d-\d\d \d\d:\d\d — reload"),
        db.transaction(manager) as session,
    ):
        job_service.update_job(session, manager, job.id, data, expected_version=detail.version)
    with db.reader() as session:
        after = job_service.get_job(session, manager, job.id)
    assert (after.title, after.quoted_price, after.version) == (
        "Prototype flange, revision B",
        Decimal("1350.00"),
        detail.version + 1,
    )
    assert after.requested_on == detail.requested_on


def test_closed_job_cannot_be_edited(db: Database, manager: Actor, company_id: int) -> None:
    job = make_job(db, manager, company_id)
    with db.transaction(manager) as session:
        workflow.change_status(session, manager, job.id, "cancelled", internal_note="No PO")
    with pytest.raises(Conflict, match="no longer be changed"), db.transaction(manager) as session:
        job_service.update_job(session, manager, job.id, JobInput(company_id, "Renamed"))


def _set_status(db: Database, job_id: int, status: str) -> None:
    with db.transaction() as session:
        job = session.get(Job, job_id)
        assert job is not None
        job.status = status
        job.status_before_hold = "approved" if status == "on_hold" else None


@pytest.fixture
def listed(db: Database, manager: Actor, technician: Actor, company_id: int) -> dict[str, int]:
    """Jobs around TODAY (Wednesday 2026-11-25; the week is 23–29 November)."""
    other = make_company(
        db,
        manager,
        name="Ćirić Mašinogradnja d.o.o.",
        country="RS",
        tax_number="104052135",
        currency="RSD",
    )
    specs = {
        "overdue": (company_id, TODAY - timedelta(days=7), "in_progress", technician.id),
        "overdue_delivered": (company_id, TODAY - timedelta(days=5), "delivered", None),
        "this_week": (other, date(2026, 11, 29), "approved", technician.id),
        "monday": (other, date(2026, 11, 23), "testing", None),  # this week, but late
        "next_week": (company_id, date(2026, 11, 30), "quoted", None),
        "no_due": (other, None, "quoted", None),
        "today": (company_id, TODAY, "received", None),
        "cancelled_this_week": (company_id, date(2026, 11, 27), "cancelled", None),
    }
    ids = {}
    for name, (company, due, status, tech) in specs.items():
        created = make_job(
            db,
            manager,
            company,
            due_date=due,
            technician_id=tech,
            today=date(2026, 11, 1),
            title=f"Job {name}",
        )
        _set_status(db, created.id, status)
        ids[name] = created.id
    return ids


def _ids(rows: list[job_service.JobRow], listed: dict[str, int]) -> set[str]:
    names = {v: k for k, v in listed.items()}
    return {names[r.id] for r in rows}


def test_list_filters(
    db: Database, manager: Actor, technician: Actor, company_id: int, listed: dict[str, int]
) -> None:
    def names(flt: JobFilter) -> set[str]:
        with db.reader() as session:
            return _ids(job_service.list_jobs(session, technician, flt, today=TODAY), listed)

    assert names(JobFilter()) == set(listed)
    assert names(JobFilter(overdue=True)) == {"overdue", "monday"}
    assert names(JobFilter(due_this_week=True)) == {"this_week", "today"}
    assert names(JobFilter(statuses=frozenset({"quoted"}))) == {"next_week", "no_due"}
    assert names(JobFilter(company_id=company_id)) == {
        "overdue",
        "overdue_delivered",
        "next_week",
        "cancelled_this_week",
        "today",
    }
    assert names(JobFilter(technician_id=technician.id)) == {"overdue", "this_week"}
    assert names(JobFilter(include_closed=False)) == set(listed) - {
        "overdue_delivered",
        "cancelled_this_week",
    }
    assert names(JobFilter(search="ćirić")) == {"this_week", "monday", "no_due"}
    assert names(JobFilter(search="job next")) == {"next_week"}
    assert names(JobFilter(search="itc-2026-0003")) == {"this_week"}
    assert names(JobFilter(company_id=company_id, overdue=True)) == {"overdue"}
    with pytest.raises(ValidationError, match="unknown status"), db.reader() as session:
        job_service.list_jobs(session, manager, JobFilter(statuses=frozenset({"lost"})))


def test_list_rows_carry_overdue_flag_and_names(
    db: Database, manager: Actor, listed: dict[str, int]
) -> None:
    with db.reader() as session:
        rows = {r.id: r for r in job_service.list_jobs(session, manager, today=TODAY)}
    assert rows[listed["overdue"]].overdue
    assert rows[listed["overdue"]].technician_name == "Szőke Bence"
    assert not rows[listed["overdue_delivered"]].overdue  # delivered is never overdue
    assert not rows[listed["this_week"]].overdue
    assert rows[listed["this_week"]].company_name == "Ćirić Mašinogradnja d.o.o."
    assert rows[listed["this_week"]].currency == "RSD"


def test_paging_and_counting(db: Database, manager: Actor, listed: dict[str, int]) -> None:
    with db.reader() as session:
        everything = job_service.list_jobs(session, manager, today=TODAY, limit=None)
        pages = [job_service.list_jobs(session, manager, limit=3, today=TODAY)]
        while len(pages) < 4:
            pages.append(
                job_service.list_jobs(session, manager, limit=3, after=pages[-1][-1], today=TODAY)
                if pages[-1]
                else []
            )
        total = job_service.count_jobs(session, manager, today=TODAY)
        overdue = job_service.count_jobs(session, manager, JobFilter(overdue=True), today=TODAY)
        by_due = job_service.list_jobs(session, manager, order="due", today=TODAY)
    assert [len(p) for p in pages] == [3, 3, 2, 0]
    assert [r.id for p in pages for r in p] == [r.id for r in everything]
    assert [r.reference for r in everything] == sorted(
        (r.reference for r in everything), reverse=True
    )
    assert (total, overdue) == (8, 2)
    dues = [r.due_date for r in by_due]
    assert dues[-1] is None and dues[:-1] == sorted(d for d in dues if d is not None)
    with pytest.raises(ValidationError), db.reader() as session:
        job_service.list_jobs(session, manager, order="random")


@pytest.mark.parametrize("order", ["due", "newest"])
def test_keyset_pages_are_complete_and_disjoint_with_equal_due_dates(
    db: Database, manager: Actor, company_id: int, order: str
) -> None:
    """Pages of 2 over 9 jobs whose due dates repeat (and three without one) list every job
    once, in the order of one unpaged list: the id breaks ties across page boundaries."""
    dues = [date(2026, 11, 27)] * 3 + [None] * 3 + [date(2026, 11, 20)] * 2 + [date(2026, 12, 1)]
    for n, due in enumerate(dues):
        make_job(db, manager, company_id, due_date=due, today=date(2026, 11, 1), title=f"J{n}")
    with db.reader() as session:
        whole = job_service.list_jobs(session, manager, limit=None, order=order, today=TODAY)
        paged: list[job_service.JobRow] = []
        while True:
            page = job_service.list_jobs(
                session, manager, limit=2, after=paged[-1] if paged else None, order=order,
                today=TODAY,
            )  # fmt: skip
            if not page:
                break
            paged += page
    assert len(whole) == 9
    assert [r.id for r in paged] == [r.id for r in whole]
    if order == "due":
        keys = [(r.due_date is None, r.due_date or date.min, r.id) for r in paged]
        assert keys == sorted(keys)


def test_dashboard_lists(db: Database, manager: Actor, listed: dict[str, int]) -> None:
    with db.reader() as session:
        due = job_service.jobs_due_this_week(session, manager, today=TODAY)
        overdue = job_service.overdue_jobs(session, manager, today=TODAY)
        waiting = job_service.jobs_waiting_for_approval(session, manager, today=TODAY)
    assert [r.id for r in due] == [listed["today"], listed["this_week"]]
    assert [r.id for r in overdue] == [listed["overdue"], listed["monday"]]
    assert [r.id for r in waiting] == [listed["next_week"], listed["no_due"]]


def test_reading_needs_a_signed_in_user(db: Database, listed: dict[str, int]) -> None:
    with pytest.raises(PermissionDenied), db.reader() as session:
        job_service.list_jobs(session, None)
    with pytest.raises(PermissionDenied), db.reader() as session:
        job_service.get_job(session, None, listed["overdue"])


# Kiosk access code ----------------------------------------------------------------------


def test_access_code_is_six_random_digits_stored_only_as_a_hash(
    db: Database, manager: Actor, company_id: int
) -> None:
    created = [make_job(db, manager, company_id) for _ in range(3)]
    for job in created:
        assert len(job.access_code) == 6 and job.access_code.isdigit()
    # Random, not sequential, not derived from the reference.
    codes = [int(j.access_code) for j in created]
    assert len(set(codes)) == 3
    assert codes[1] - codes[0] != codes[2] - codes[1]
    assert all(j.access_code not in j.reference for j in created)
    with db.reader() as session:
        stored = {j.id: j.access_code_hash for j in session.scalars(select(Job))}
        audit = [
            json.loads(e.changes)
            for e in session.scalars(select(AuditEntry).where(AuditEntry.table_name == "jobs"))
        ]
    for job in created:
        assert stored[job.id] is not None
        assert stored[job.id].startswith("$argon2")
        assert job.access_code not in stored[job.id]
    assert all(changes["access_code_hash"].startswith("*** ") for changes in audit)


def test_access_codes_come_from_the_cryptographic_source_over_all_million(
    db: Database, manager: Actor, company_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes = [job_service.new_access_code() for _ in range(3000)]
    assert all(len(c) == 6 and c.isdigit() for c in codes)
    # 3000 draws from a million: about 4.5 repeats expected by chance, never a pattern.
    assert len(set(codes)) >= 2970
    assert {c[0] for c in codes} == set("0123456789")  # leading zeros are kept
    # Not sequential: one code is almost never the previous one plus one.
    assert sum(1 for a, b in itertools.pairwise(codes) if int(b) - int(a) == 1) < 3
    # The job's code is whatever the OS's cryptographic source gave, nothing of the reference.
    drawn: list[int] = []

    def randbelow(n: int) -> int:
        drawn.append(n)
        return 42

    monkeypatch.setattr(job_service.secrets, "randbelow", randbelow)
    created = make_job(db, manager, company_id)
    assert (created.access_code, drawn) == ("000042", [1_000_000])
    with db.reader() as session:
        assert job_service.check_access_code(session, created.reference, "000042")


def test_check_access_code(db: Database, manager: Actor, company_id: int) -> None:
    job = make_job(db, manager, company_id)
    other = make_job(db, manager, company_id)
    wrong = f"{(int(job.access_code) + 1) % 1_000_000:06d}"
    with db.reader() as session:
        assert job_service.check_access_code(session, job.reference, job.access_code)
        assert job_service.check_access_code(session, " itc-2026-0001 ", job.access_code)
        assert not job_service.check_access_code(session, job.reference, wrong)
        assert not job_service.check_access_code(session, other.reference, job.access_code) or (
            other.access_code == job.access_code
        )
        assert not job_service.check_access_code(session, "ITC-2026-9999", job.access_code)
        assert not job_service.check_access_code(session, job.reference, "")
        assert not job_service.check_access_code(session, job.reference, job.access_code + "0")


def test_regenerate_invalidates_the_old_code(db: Database, manager: Actor, company_id: int) -> None:
    job = make_job(db, manager, company_id)
    with db.transaction(manager) as session:
        new_code = job_service.regenerate_access_code(session, manager, job.id)
    assert len(new_code) == 6 and new_code.isdigit()
    with db.reader() as session:
        assert job_service.check_access_code(session, job.reference, new_code)
        if new_code != job.access_code:  # one chance in a million they are equal
            assert not job_service.check_access_code(session, job.reference, job.access_code)


def test_find_job_by_reference(db: Database, manager: Actor, company_id: int) -> None:
    job = make_job(db, manager, company_id)
    with db.reader() as session:
        assert job_service.find_job_id(session, manager, "itc-2026-0001") == job.id
        assert job_service.find_job_id(session, manager, "ITC-2026-0002") is None
