"""The results list (`list_records`, `count_records`): every filter shape gives the rows an ORM
reading of the records gives (values, order), keyset pages are complete and disjoint across
equal test times, the superseded flag, aware UTC times, values bound per call (the statement of
a shape is built once), pending changes seen, and the refusals."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from itertools import combinations
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor, Database
from itc_desktop.models.equipment import Equipment
from itc_desktop.models.jobs import Job, Specimen
from itc_desktop.models.results import TestRecord
from itc_desktop.models.users import Role, User
from itc_desktop.services import permissions
from itc_desktop.services import results as result_service
from itc_desktop.services.errors import PermissionDenied
from itc_desktop.services.permissions import Permission
from itc_desktop.services.result_inputs import (
    Characteristic,
    DimensionalInputs,
    ImpactInputs,
    LimitSpec,
)
from itc_desktop.services.results import RecordRow, ResultFilter
from tests.services.jobs_support import make_company
from tests.services.results_support import (
    Lab,
    approve,
    create,
    hardness_input,
    impact_input,
    make_lab,
)

# One moment for the whole module: the filters' bounds sit between the records' test times.
NOW = datetime.now(UTC).replace(microsecond=0)


def hours_ago(hours: float) -> datetime:
    return NOW - timedelta(hours=hours)


@dataclass(frozen=True)
class Records:
    a: Lab
    b: Lab
    replaced: int  # approved, then corrected
    correction: int


@pytest.fixture
def records(db: Database, manager: Actor, technician: Actor) -> Records:
    """Two jobs; hardness (pass, fail), impact (not judged) and a dimensional series (no
    specimen) records, four of them tested at the same moment across both jobs; one approved
    record corrected by a revision."""
    a = make_lab(db, manager)
    other = make_company(db, manager, "Novosadska Livnica d.o.o.", "RS", "101134702")
    b = make_lab(db, manager, other)
    tie = hours_ago(20)
    replaced = create(db, technician, hardness_input(a, technician, performed_at=hours_ago(30)))
    failing = {"hardness_mean": LimitSpec(250, 300)}
    create(db, technician, hardness_input(a, technician, performed_at=tie, limits=failing))
    energies = ImpactInputs(energies_J=(40, 41, 39))
    create(db, technician, impact_input(a, technician, energies, performed_at=tie))
    shaft = Characteristic(
        name="Ø20 h7",
        nominal=20.0,
        lower_tol=0.021,
        upper_tol=0.0,
        measurements=(19.99, 19.995, 20.004, 19.985, 19.992),
    )
    series = replace(
        hardness_input(a, technician, limits={}, performed_at=tie),
        method="ISO 14253-1:2017",
        specimen_id=None,
        inputs=DimensionalInputs((shaft,)),
    )
    create(db, technician, series)
    create(db, technician, hardness_input(a, technician, performed_at=hours_ago(5)))
    create(db, technician, hardness_input(b, technician, performed_at=tie))
    create(db, technician, impact_input(b, technician, energies, performed_at=hours_ago(10)))
    approve(db, replaced, manager, manager)
    with db.transaction(technician) as session:
        correction = result_service.revise_record(session, technician, replaced, "Load was HV 5")
    return Records(a, b, replaced, correction)


def stored_rows(session: Session) -> list[tuple[TestRecord, RecordRow]]:
    """Every record with its row as read from the ORM's objects, independent of the query."""
    stored = session.scalars(select(TestRecord)).all()
    replaced = {r.supersedes_id for r in stored if r.supersedes_id is not None}
    rows = []
    for r in stored:
        specimen = session.get(Specimen, r.specimen_id) if r.specimen_id is not None else None
        row = RecordRow(
            id=r.id,
            job_id=r.job_id,
            job_reference=session.get_one(Job, r.job_id).reference,
            specimen_code=specimen.code if specimen is not None else None,
            test_type=r.test_type,
            method=r.method,
            equipment_tag=session.get_one(Equipment, r.equipment_id).asset_tag,
            performed_by=session.get_one(User, r.performed_by_id).full_name,
            performed_at=r.performed_at,
            status=r.status,
            overall=r.overall,
            revision=r.revision,
            superseded=r.id in replaced,
        )
        rows.append((r, row))
    return rows


def reference(stored: list[tuple[TestRecord, RecordRow]], flt: ResultFilter) -> list[RecordRow]:
    """The list filtered and sorted here, from `stored_rows`."""
    rows = [
        row
        for r, row in stored
        if not (
            (flt.job_id is not None and r.job_id != flt.job_id)
            or (flt.test_type and r.test_type != flt.test_type)
            or (flt.status and r.status != flt.status)
            or (flt.equipment_id is not None and r.equipment_id != flt.equipment_id)
            or (flt.performed_from is not None and r.performed_at < flt.performed_from)
            or (flt.performed_to is not None and r.performed_at >= flt.performed_to)
            or (flt.out_of_spec_only and r.overall not in ("fail", "inconclusive"))
            or (not flt.include_superseded and row.superseded)
        )
    ]
    rows.sort(key=lambda row: (row.performed_at, row.id), reverse=True)
    return rows


def every_shape(records: Records) -> list[ResultFilter]:
    """Every combination of the filter's fields (256 shapes), each set to a value that keeps
    some records and drops others."""
    values: dict[str, Any] = {
        "job_id": records.a.job_id,
        "test_type": "hardness",
        "status": "draft",
        "equipment_id": records.a.hardness_tester,
        "performed_from": hours_ago(25),
        "performed_to": hours_ago(8),
        "out_of_spec_only": True,
        "include_superseded": True,
    }
    names = list(values)
    return [
        ResultFilter(**{name: values[name] for name in chosen})
        for size in range(len(names) + 1)
        for chosen in combinations(names, size)
    ]


def paged(session: Session, actor: Actor, flt: ResultFilter, size: int) -> list[RecordRow]:
    rows: list[RecordRow] = []
    while True:
        page = result_service.list_records(
            session, actor, flt, limit=size, after=rows[-1] if rows else None
        )
        assert len(page) <= size
        rows += page
        if len(page) < size:
            return rows


def test_every_filter_shape_lists_what_the_orm_reads_in_order(
    db: Database, records: Records, technician: Actor
) -> None:
    shapes = every_shape(records)
    assert len(shapes) == 256
    with db.reader() as session:
        stored = stored_rows(session)
        assert len(stored) == 8
        kept = set()
        for flt in shapes:
            expected = reference(stored, flt)
            rows = result_service.list_records(session, technician, flt, limit=None)
            assert list(rows) == expected, flt
            assert rows == expected and len(rows) == len(expected)
            assert result_service.list_records(session, technician, flt) == expected  # limit 200
            assert result_service.count_records(session, technician, flt) == len(expected), flt
            kept.add(tuple(r.id for r in rows))
    assert len(kept) > 20  # the values tell the records apart, not all-or-nothing


def test_keyset_pages_of_every_shape_are_complete_and_disjoint(
    db: Database, records: Records, technician: Actor
) -> None:
    """Pages of 2 (four records share one test time, so equal times cross page boundaries)."""
    with db.reader() as session:
        stored = stored_rows(session)
        for flt in every_shape(records):
            rows = paged(session, technician, flt, 2)
            ids = [r.id for r in rows]
            assert len(ids) == len(set(ids)), flt
            assert rows == reference(stored, flt), flt


def test_the_same_shape_with_other_values_lists_other_rows(
    db: Database, records: Records, technician: Actor
) -> None:
    """The statement of a shape is built once; its values are bound at every call."""
    with db.reader() as session:
        for job in (records.a, records.b, records.a):
            flt = ResultFilter(job_id=job.job_id)
            rows = result_service.list_records(session, technician, flt)
            assert rows == reference(stored_rows(session), flt)
            assert {r.job_reference for r in rows} == {job.job_reference}
        first = result_service.list_records(session, technician, limit=3)
        fewer = result_service.list_records(session, technician, limit=1)
        assert len(first) == 3 and fewer == first[:1]
        late = result_service.list_records(session, technician, after=first[1])
        early = result_service.list_records(session, technician, after=first[2])
        assert late[0] == first[2] and early == late[1:]


def test_the_superseded_flag_and_the_revision(
    db: Database, records: Records, technician: Actor
) -> None:
    with db.reader() as session:
        current = result_service.list_records(session, technician)
        everything = result_service.list_records(
            session, technician, ResultFilter(include_superseded=True)
        )
    assert records.replaced not in {r.id for r in current}
    assert all(r.superseded is False for r in current)
    by_id = {r.id: r for r in everything}
    old, new = by_id[records.replaced], by_id[records.correction]
    assert (old.superseded, old.revision, old.status) == (True, 1, "approved")
    assert (new.superseded, new.revision, new.status) == (False, 2, "draft")
    assert sum(r.superseded for r in everything) == 1
    assert all(type(r.superseded) is bool for r in everything)


def test_times_are_aware_utc_and_bounds_in_any_zone_mean_the_same_instant(
    db: Database, records: Records, technician: Actor
) -> None:
    budapest, belgrade = ZoneInfo("Europe/Budapest"), ZoneInfo("Europe/Belgrade")
    with db.reader() as session:
        rows = result_service.list_records(session, technician, ResultFilter())
        assert all(r.performed_at.tzinfo is UTC for r in rows)
        assert rows[0].performed_at == hours_ago(5)
        utc = ResultFilter(performed_from=hours_ago(25), performed_to=hours_ago(8))
        local = ResultFilter(
            performed_from=hours_ago(25).astimezone(budapest),
            performed_to=hours_ago(8).astimezone(belgrade),
        )
        expected = result_service.list_records(session, technician, utc)
        assert len(expected) == 5  # the four at one moment and the one 10 h ago
        assert result_service.list_records(session, technician, local) == expected
        # the next page after a row given in local time starts at the same place
        after = replace(rows[0], performed_at=rows[0].performed_at.astimezone(budapest))
        assert result_service.list_records(session, technician, after=after) == rows[1:]


def test_empty_texts_do_not_filter(db: Database, records: Records, technician: Actor) -> None:
    with db.reader() as session:
        everything = result_service.list_records(session, technician)
        assert (
            result_service.list_records(session, technician, ResultFilter(test_type="", status=""))
            == everything
        )
        assert result_service.list_records(session, technician, ResultFilter(status="x")) == []


def test_changes_not_yet_flushed_are_listed(db: Database, records: Records, manager: Actor) -> None:
    """As the ORM query did with autoflush: a caller's pending change is part of the list."""
    with db.transaction(manager) as session:
        record = session.scalars(
            select(TestRecord).where(TestRecord.job_id == records.b.job_id).limit(1)
        ).one()
        record.method = "ISO 148-1:2016 (re-read)"
        rows = result_service.list_records(session, manager, ResultFilter(job_id=records.b.job_id))
        assert "ISO 148-1:2016 (re-read)" in {r.method for r in rows}


@pytest.mark.parametrize("signed_in", [False, True])
def test_refused_without_the_right_to_see_results(
    db: Database,
    records: Records,
    technician: Actor,
    signed_in: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Nobody signed in, or a role the table does not let see results."""
    if signed_in:
        table = dict(permissions.PERMISSIONS)
        table[Permission.VIEW_RESULTS] = frozenset({Role.ADMIN, Role.MANAGER})
        monkeypatch.setattr(permissions, "PERMISSIONS", table)
    actor = technician if signed_in else None
    message = r"may not do this \(view_results\)" if signed_in else "Sign in first"
    with db.reader() as session:
        with pytest.raises(PermissionDenied, match=message):
            result_service.list_records(session, actor, ResultFilter())
        with pytest.raises(PermissionDenied, match=message):
            result_service.list_records(session, actor, limit=None)
        with pytest.raises(PermissionDenied, match=message):
            result_service.count_records(session, actor)
