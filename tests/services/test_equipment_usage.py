"""The usage log: start/stop with every refusal, the database's one-running-session rule,
energy both ways, forgotten sessions, a manager's correction, hours per month."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from itc_desktop.db import Actor, Database
from itc_desktop.models.audit import AuditEntry
from itc_desktop.models.base import utcnow
from itc_desktop.models.equipment import UsageSession
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import job_workflow
from itc_desktop.services import qualifications as qualification_service
from itc_desktop.services import usage as usage_service
from itc_desktop.services import users as user_service
from itc_desktop.services.audit import verify_chain
from itc_desktop.services.equipment_settings import EquipmentSettings, update_equipment_settings
from itc_desktop.services.errors import (
    Conflict,
    InvalidTransition,
    PermissionDenied,
    ValidationError,
)
from itc_desktop.services.qualifications import NotQualified, QualificationState
from itc_desktop.services.usage import UsageRow, usage_cursor_of
from tests.services.equipment_support import hours_ago, lab_today, make_equipment
from tests.services.jobs_support import make_company, make_job


def _usage(db: Database, usage_id: int) -> UsageSession:
    with db.reader() as session:
        usage = session.get(UsageSession, usage_id)
        assert usage is not None
        return usage


def test_start_and_stop_with_energy_from_nominal_power(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager, nominal_power_kw=Decimal("15"))
    with db.transaction(technician) as session:
        usage_id = usage_service.start_use(
            session,
            technician,
            lathe,
            job_reference="ITC-2026-017",
            purpose="Turning tensile specimens Ø10",
            started_at=hours_ago(2.5),
        )
    with db.reader() as session:
        running = usage_service.running_session_for(session, technician, lathe)
    assert running is not None and running.id == usage_id
    assert running.operator_name == "Szőke Bence"
    assert timedelta(hours=2.49) < running.elapsed < timedelta(hours=2.6)
    assert not running.forgotten
    with db.transaction(technician) as session:
        row = usage_service.stop_use(
            session,
            technician,
            usage_id,
            notes="Tool insert changed",
            material_consumed="C45 bar Ø20, 1.2 m",
        )
    assert row.stopped_at is not None
    assert Decimal("2.49") < row.duration_hours < Decimal("2.51")  # type: ignore[operator]
    # 15 kW × ~2.5 h
    assert row.energy_kwh == (Decimal("15") * row.duration_hours).quantize(Decimal("0.001"))  # type: ignore[operator]
    assert row.material_consumed == "C45 bar Ø20, 1.2 m"
    with db.reader() as session:
        assert usage_service.running_session_for(session, technician, lathe) is None
    with db.transaction(technician) as session, pytest.raises(InvalidTransition):
        usage_service.stop_use(session, technician, usage_id)


def test_energy_from_the_hour_meter_and_continued_readings(
    db: Database, manager: Actor, technician: Actor
) -> None:
    mill = make_equipment(db, manager, "ITC-0002", nominal_power_kw=Decimal("22"))
    with db.transaction(technician) as session:
        first = usage_service.start_use(
            session, technician, mill, started_at=hours_ago(5), meter_start=Decimal("1520.0")
        )
        usage_service.stop_use(
            session,
            technician,
            first,
            stopped_at=hours_ago(3),
            meter_stop=Decimal("1521.5"),
        )
    row = _usage(db, first)
    assert row.duration_hours == Decimal("2.000")
    assert row.energy_kwh == Decimal("33.000")  # 22 kW × 1.5 metered hours, not × 2 h
    # The next session gives only the reading at stop: it continues from 1521.5.
    with db.transaction(technician) as session:
        second = usage_service.start_use(session, technician, mill, started_at=hours_ago(2))
        usage_service.stop_use(session, technician, second, meter_stop=Decimal("1522.5"))
    row = _usage(db, second)
    assert (row.meter_start, row.energy_kwh) == (Decimal("1521.5"), Decimal("22.000"))
    with db.transaction(technician) as session:
        third = usage_service.start_use(session, technician, mill, started_at=hours_ago(1))
        with pytest.raises(ValidationError) as caught:
            usage_service.stop_use(session, technician, third, meter_stop=Decimal("1500"))
    assert caught.value.errors == {
        "Hour meter at stop": "must not be below the reading at start (1522.50 h)"
    }


def test_no_energy_without_nominal_power(db: Database, manager: Actor, technician: Actor) -> None:
    bench = make_equipment(db, manager, nominal_power_kw=None)
    with db.transaction(technician) as session:
        usage_id = usage_service.start_use(session, technician, bench, started_at=hours_ago(1))
        row = usage_service.stop_use(session, technician, usage_id)
    assert row.energy_kwh is None and row.duration_hours is not None


def test_second_running_session_is_refused(
    db: Database, admin: Actor, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    with db.transaction(technician) as session:
        usage_service.start_use(session, technician, lathe)
    with db.transaction(manager) as session, pytest.raises(Conflict) as caught:
        usage_service.start_use(session, manager, lathe)
    assert "ITC-0001 CNC lathe is already in use by Szőke Bence since" in str(caught.value)


def test_database_index_allows_one_running_session_per_equipment(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    mill = make_equipment(db, manager, "ITC-0002")
    now = utcnow()
    with db.transaction(technician) as session:
        usage_service.start_use(session, technician, lathe)
    # A station that skips the service (or races it) is stopped by the partial unique index.
    with pytest.raises(IntegrityError, match=r"(?i)unique"), db.engine.begin() as conn:
        conn.execute(
            insert(UsageSession.__table__).values(
                equipment_id=lathe,
                operator_id=manager.id,
                job_reference="",
                purpose="",
                started_at=now,
                notes="",
                material_consumed="",
                corrected=False,
                correction_reason="",
            )
        )
    # Stopped sessions and other equipment are not limited.
    with db.engine.begin() as conn:
        for equipment_id, stopped in ((lathe, now), (lathe, now), (mill, None)):
            conn.execute(
                insert(UsageSession.__table__).values(
                    equipment_id=equipment_id,
                    operator_id=manager.id,
                    job_reference="",
                    purpose="",
                    started_at=now - timedelta(hours=1),
                    stopped_at=stopped,
                    notes="",
                    material_consumed="",
                    corrected=False,
                    correction_reason="",
                )
            )


def test_service_turns_a_race_into_a_conflict(
    db: Database, manager: Actor, technician: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two stations check at the same moment: the index refuses the second insert and the
    service reports it as a Conflict, not a crash."""
    lathe = make_equipment(db, manager)
    with db.transaction(manager) as session:
        usage_service.start_use(session, manager, lathe)
    monkeypatch.setattr(usage_service, "_running_conflict", lambda session, equipment: None)
    with db.transaction(technician) as session, pytest.raises(Conflict, match="another station"):
        usage_service.start_use(session, technician, lathe)


def test_retired_out_of_service_and_maintenance_equipment_refuse_use(
    db: Database, manager: Actor, technician: Actor
) -> None:
    retired = make_equipment(db, manager, "ITC-0001", name="Old lathe")
    broken = make_equipment(db, manager, "ITC-0002", name="Press brake")
    with db.transaction(manager) as session:
        equipment_service.retire_equipment(session, manager, retired, "Scrapped in 2026")
        equipment_service.take_out_of_service(session, manager, broken, "Hydraulic leak")
    with db.transaction(technician) as session:
        with pytest.raises(InvalidTransition) as caught:
            usage_service.start_use(session, technician, retired)
        assert str(caught.value) == "ITC-0001 Old lathe is retired and can no longer be used."
        with pytest.raises(InvalidTransition) as caught:
            usage_service.start_use(session, technician, broken)
        assert "out of service (Hydraulic leak)" in str(caught.value)
        assert "a manager must return it to service" in str(caught.value)


def test_qualification_required(
    db: Database, admin: Actor, manager: Actor, technician: Actor
) -> None:
    laser = make_equipment(
        db, manager, "ITC-0003", name="Fiber laser cutter", requires_qualification=True
    )
    with db.transaction(technician) as session, pytest.raises(NotQualified) as caught:
        usage_service.start_use(session, technician, laser)
    assert str(caught.value) == (
        "Szőke Bence is not qualified to operate ITC-0003 Fiber laser cutter "
        "(no qualification recorded). A manager can grant it."
    )
    with db.transaction(technician) as session, pytest.raises(PermissionDenied):
        qualification_service.grant_qualification(session, technician, technician.id, laser)
    today = lab_today(db)
    with db.transaction(manager) as session:
        qualification_id = qualification_service.grant_qualification(
            session, manager, technician.id, laser, valid_until=today + timedelta(days=365)
        )
    with db.transaction(technician) as session:
        usage_id = usage_service.start_use(session, technician, laser)
        usage_service.stop_use(session, technician, usage_id)
    with db.transaction(manager) as session, pytest.raises(ValidationError, match="Reason"):
        qualification_service.revoke_qualification(session, manager, qualification_id, "")
    with db.transaction(manager) as session:
        qualification_service.revoke_qualification(
            session, manager, qualification_id, "Safety rule violated"
        )
    with db.transaction(technician) as session, pytest.raises(NotQualified, match="revoked"):
        usage_service.start_use(session, technician, laser)
    with db.reader() as session:
        rows = qualification_service.list_qualifications(
            session, manager, equipment_id=laser, include_revoked=True
        )
    assert [(r.user_name, r.state, r.granted_by) for r in rows] == [
        ("Szőke Bence", QualificationState.REVOKED, "Petrović Đorđe")
    ]


def test_expired_qualification_is_refused_and_renewal_works(
    db: Database, manager: Actor, technician: Actor
) -> None:
    laser = make_equipment(
        db, manager, "ITC-0003", name="Fiber laser cutter", requires_qualification=True
    )
    today = lab_today(db)
    with db.transaction(manager) as session:
        qualification_service.grant_qualification(
            session,
            manager,
            technician.id,
            laser,
            granted_on=today - timedelta(days=400),
            valid_until=today - timedelta(days=35),
        )
    with db.transaction(technician) as session, pytest.raises(NotQualified) as caught:
        usage_service.start_use(session, technician, laser)
    assert f"(the qualification expired on {today - timedelta(days=35)})" in str(caught.value)
    with db.reader() as session:
        # Valid for a booking that ends before it lapsed; not for one after.
        qualification_service.check_qualified(
            session, technician.id, laser, today - timedelta(days=40)
        )
        rows = qualification_service.list_qualifications(session, manager, user_id=technician.id)
    assert rows[0].state == QualificationState.EXPIRED
    with db.transaction(manager) as session:
        renewed = qualification_service.grant_qualification(
            session, manager, technician.id, laser, valid_until=today + timedelta(days=365)
        )
    assert renewed == rows[0].id  # the current one is renewed, not duplicated
    with db.transaction(technician) as session:
        usage_service.start_use(session, technician, laser)


def test_manager_may_start_for_another_operator_technician_may_not(
    db: Database, admin: Actor, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    with db.transaction(technician) as session, pytest.raises(PermissionDenied):
        usage_service.start_use(session, technician, lathe, operator_id=manager.id)
    with db.transaction(manager) as session:
        usage_id = usage_service.start_use(session, manager, lathe, operator_id=technician.id)
    assert _usage(db, usage_id).operator_id == technician.id


def test_start_validation(db: Database, manager: Actor, technician: Actor) -> None:
    lathe = make_equipment(db, manager)
    with db.transaction(technician) as session, pytest.raises(ValidationError) as caught:
        usage_service.start_use(
            session,
            technician,
            lathe,
            started_at=utcnow() + timedelta(hours=1),
            meter_start=Decimal("-1"),
            job_reference="J" * 65,
        )
    assert set(caught.value.errors) == {"Start", "Hour meter at start", "Job"}


def test_forgotten_sessions_after_the_configured_limit(
    db: Database, admin: Actor, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager, "ITC-0001")
    furnace = make_equipment(db, manager, "ITC-0002", name="Furnace", category="furnace")
    with db.transaction(technician) as session:
        usage_service.start_use(session, technician, lathe, started_at=hours_ago(13))
        usage_service.start_use(session, technician, furnace, started_at=hours_ago(7))
    with db.reader() as session:
        running = usage_service.running_sessions(session, technician)
        forgotten = usage_service.forgotten_sessions(session, technician)
    assert [(r.asset_tag, r.forgotten) for r in running] == [
        ("ITC-0001", True),
        ("ITC-0002", False),
    ]
    assert [r.asset_tag for r in forgotten] == ["ITC-0001"]
    with db.transaction(admin) as session:
        update_equipment_settings(session, admin, EquipmentSettings(forgotten_session_hours=6))
    with db.reader() as session:
        forgotten = usage_service.forgotten_sessions(session, technician)
    assert [r.asset_tag for r in forgotten] == ["ITC-0001", "ITC-0002"]


def test_correction_by_manager_only_and_audited(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager, nominal_power_kw=Decimal("10"))
    with db.transaction(technician) as session:
        usage_id = usage_service.start_use(session, technician, lathe, started_at=hours_ago(30))
        usage_service.stop_use(session, technician, usage_id)  # the stop was forgotten
    started = _usage(db, usage_id).started_at
    with db.transaction(technician) as session, pytest.raises(PermissionDenied):
        usage_service.correct_session(
            session,
            technician,
            usage_id,
            started_at=started,
            stopped_at=started + timedelta(hours=3),
            reason="forgot",
        )
    with db.transaction(manager) as session, pytest.raises(ValidationError) as caught:
        usage_service.correct_session(
            session,
            manager,
            usage_id,
            started_at=started,
            stopped_at=started - timedelta(hours=1),
            reason=" ",
        )
    assert set(caught.value.errors) == {"Reason", "Stop"}
    with db.transaction(manager) as session:
        usage_service.correct_session(
            session,
            manager,
            usage_id,
            started_at=started,
            stopped_at=started + timedelta(hours=3),
            reason="Operator forgot to stop; machine log shows 3 h",
        )
    usage = _usage(db, usage_id)
    assert usage.corrected and usage.duration_hours == Decimal("3.000")
    assert usage.energy_kwh == Decimal("30.000")
    with db.reader() as session:
        entries = session.execute(
            select(AuditEntry.username, AuditEntry.changes)
            .where(AuditEntry.table_name == "usage_sessions", AuditEntry.action == "update")
            .order_by(AuditEntry.id)
        ).all()
        assert verify_chain(session).ok
    assert entries[-1].username == "manager"
    assert '"corrected": {"new": true, "old": false}' in entries[-1].changes
    assert '"duration_hours": {"new": "3.000"' in entries[-1].changes


def test_monthly_hours_for_the_last_twelve_months(
    db: Database, admin: Actor, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    other = make_equipment(db, manager, "ITC-0002")
    budapest = ZoneInfo("Europe/Budapest")
    now = datetime(2026, 11, 20, 12, 0, tzinfo=budapest)
    sessions = [
        (lathe, datetime(2026, 11, 2, 8, 0, tzinfo=budapest), 3),
        (lathe, datetime(2026, 11, 1, 0, 30, tzinfo=budapest), 1),  # 23:30 UTC in October
        (lathe, datetime(2026, 10, 31, 23, 0, tzinfo=budapest), 2),
        (lathe, datetime(2026, 1, 15, 9, 0, tzinfo=budapest), 4),
        (lathe, datetime(2025, 11, 30, 9, 0, tzinfo=budapest), 5),  # 13 months back: out
        (other, datetime(2026, 11, 3, 9, 0, tzinfo=budapest), 7),  # another equipment
    ]
    with db.transaction(technician) as session:
        for equipment_id, start, hours in sessions:
            usage_id = usage_service.start_use(session, technician, equipment_id, started_at=start)
            usage_service.stop_use(
                session, technician, usage_id, stopped_at=start + timedelta(hours=hours)
            )
        usage_service.start_use(session, technician, lathe)  # running: not counted
    with db.reader() as session:
        months = usage_service.monthly_hours(session, technician, lathe, now=now)
    assert len(months) == 12
    assert months[0].month.isoformat() == "2025-12-01"
    assert months[-1].month.isoformat() == "2026-11-01"
    by_month = {m.month.isoformat(): m.hours for m in months}
    assert by_month["2026-11-01"] == pytest.approx(4.0)  # lab time, not UTC
    assert by_month["2026-10-01"] == pytest.approx(2.0)
    assert by_month["2026-01-01"] == pytest.approx(4.0)
    assert sum(by_month.values()) == pytest.approx(10.0)


def test_session_list_newest_first_with_paging(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    with db.transaction(technician) as session:
        for hours in (30, 20, 10):
            usage_id = usage_service.start_use(
                session, technician, lathe, started_at=hours_ago(hours), purpose=f"{hours}"
            )
            usage_service.stop_use(session, technician, usage_id, stopped_at=hours_ago(hours - 1))
    with db.reader() as session:
        first = usage_service.list_sessions(session, technician, equipment_id=lathe, limit=2)
        rest = usage_service.list_sessions(
            session, technician, equipment_id=lathe, after=usage_cursor_of(first[-1]), limit=2
        )
        total = usage_service.count_sessions(session, technician, equipment_id=lathe)
    assert [r.purpose for r in [*first, *rest]] == ["10", "20", "30"]
    assert total == 3
    assert first[0].operator_name == "Szőke Bence" and first[0].asset_tag == "ITC-0001"


def test_session_pages_are_complete_and_disjoint_across_equal_start_times(
    db: Database, manager: Actor, technician: Actor
) -> None:
    """Keyset paging: pages of 3 over 11 sessions whose start times repeat (groups of 4 with
    one start each cross the page boundaries) list every session exactly once, newest first,
    the same as one unpaged list; filtered by machine and by operator alike."""
    lathe = make_equipment(db, manager)
    mill = make_equipment(db, manager, "ITC-0002", name="Mill")
    base = hours_ago(100)
    starts = [base - timedelta(hours=i // 4) for i in range(11)]
    with db.engine.begin() as conn:
        for index, start in enumerate(starts):
            conn.execute(
                insert(UsageSession.__table__).values(
                    equipment_id=lathe if index % 5 else mill,
                    operator_id=technician.id if index % 2 else manager.id,
                    job_reference="",
                    purpose=f"s{index}",
                    started_at=start,
                    stopped_at=start + timedelta(minutes=30),
                    notes="",
                    material_consumed="",
                    corrected=False,
                    correction_reason="",
                )
            )

    def pages(**where: int) -> list[list[UsageRow]]:
        found: list[list[UsageRow]] = []
        with db.reader() as session:
            while True:
                after = usage_cursor_of(found[-1][-1]) if found else None
                page = usage_service.list_sessions(session, manager, after=after, limit=3, **where)
                if not page:
                    return found
                found.append(page)

    for where in ({}, {"equipment_id": lathe}, {"operator_id": technician.id}):
        paged = [row for page in pages(**where) for row in page]
        with db.reader() as session:
            whole = usage_service.list_sessions(session, manager, limit=None, **where)
        assert [r.id for r in paged] == [r.id for r in whole], where
        assert len({r.id for r in paged}) == len(paged)
        assert [(r.started_at, r.id) for r in paged] == sorted(
            ((r.started_at, r.id) for r in paged), reverse=True
        )
    assert len(whole) == 5 and len(pages()) == 4  # 11 sessions: 3 + 3 + 3 + 2
    row = whole[0]
    assert (row.operator_name, row.asset_tag) == ("Szőke Bence", "ITC-0001")
    assert row.stopped_at == row.started_at + timedelta(minutes=30)


def test_operator_picker_lists_active_staff(
    db: Database, admin: Actor, manager: Actor, technician: Actor
) -> None:
    with db.transaction(admin) as session:
        user_service.set_active(session, admin, technician.id, False)
    with db.reader() as session:
        operators = qualification_service.list_operators(session, manager)
    assert [(o.full_name, o.role) for o in operators] == [
        ("Kovács Ildikó", "admin"),
        ("Petrović Đorđe", "manager"),
    ]


def test_two_stations_starting_at_once_get_one_session(
    db: Database, admin: Actor, manager: Actor, technician: Actor
) -> None:
    """Two stations (own connections) press start on the same machine at the same moment."""
    lathe = make_equipment(db, manager)
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def station(actor: Actor) -> None:
        own = Database(db.url)
        try:
            barrier.wait()
            with own.transaction(actor) as session:
                usage_service.start_use(session, actor, lathe)
            outcomes[actor.username] = "started"
        except Conflict as refused:
            outcomes[actor.username] = str(refused)
        finally:
            own.dispose()

    threads = [threading.Thread(target=station, args=(a,)) for a in (manager, technician)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes.values())[-1] == "started"
    assert "is already in use by" in sorted(outcomes.values())[0]
    with db.reader() as session:
        assert len(usage_service.running_sessions(session, manager)) == 1


def test_a_job_reference_of_the_lab_links_the_session_to_the_job(
    db: Database, admin: Actor, manager: Actor, technician: Actor
) -> None:
    """Since the jobs exist, the job given at start is a link when it is one of the lab's
    (any case); other text stays an outside reference; a closed job is refused."""
    lathe = make_equipment(db, manager)
    company = make_company(db, manager)
    company_name = "Kőszegi Fémmegmunkáló Kft."
    job = make_job(db, manager, company)
    cancelled = make_job(db, manager, company, title="Cancelled bracket")
    with db.transaction(manager) as session:
        job_workflow.change_status(
            session, manager, cancelled.id, "cancelled", internal_note="Customer withdrew"
        )
    with db.reader() as session:  # what the job field offers: open jobs only
        assert usage_service.open_job_choices(session, technician) == [
            usage_service.JobChoice(job.reference, "Prototype flange, 5-axis milling", company_name)
        ]
    with db.transaction(technician) as session:
        linked = usage_service.start_use(
            session, technician, lathe, job_reference=f"  {job.reference.lower()} "
        )
        usage_service.stop_use(session, technician, linked)
        outside = usage_service.start_use(session, technician, lathe, job_reference="PO 4711")
        usage_service.stop_use(session, technician, outside)
    assert (_usage(db, linked).job_id, _usage(db, linked).job_reference) == (
        job.id,
        job.reference,
    )
    assert (_usage(db, outside).job_id, _usage(db, outside).job_reference) == (None, "PO 4711")
    with db.transaction(technician) as session, pytest.raises(ValidationError) as caught:
        usage_service.start_use(session, technician, lathe, job_reference=cancelled.reference)
    assert caught.value.errors == {
        "Job": f"{cancelled.reference} is cancelled; machine time can no longer be booked to it"
    }
    with db.reader() as session:
        assert usage_service.running_session_for(session, technician, lathe) is None


def test_usage_rows_are_built_from_their_own_columns() -> None:
    """The list builds UsageRow(*columns): the columns stay in the fields' order."""
    from dataclasses import fields

    assert [c.key for c in usage_service._ROW_COLUMNS] == [f.name for f in fields(UsageRow)]
