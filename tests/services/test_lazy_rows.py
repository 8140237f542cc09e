"""The list services' pages (`LazyRows`) and the pages a list view holds (`RowPages`): rows
built on first read, typed as the ORM reads them, and read like the lists they replace."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from itc_desktop.db import Actor, Database
from itc_desktop.models.equipment import UsageSession
from itc_desktop.services import usage as usage_service
from itc_desktop.services.lazy_rows import RowPages
from tests.services.equipment_support import hours_ago, make_equipment


def _three_sessions(db: Database, manager: Actor, technician: Actor) -> int:
    lathe = make_equipment(db, manager)
    with db.transaction(technician) as session:
        for hours in (30, 20, 10):
            usage_id = usage_service.start_use(
                session, technician, lathe, started_at=hours_ago(hours), purpose=f"{hours}"
            )
            usage_service.stop_use(session, technician, usage_id, stopped_at=hours_ago(hours - 1))
    return lathe


def test_a_page_reads_like_a_list_with_the_types_the_orm_reads(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = _three_sessions(db, manager, technician)
    with db.reader() as session:
        page = usage_service.list_sessions(session, technician, equipment_id=lathe)
        stored = {u.id: u for u in session.query(UsageSession)}
        assert len(page) == 3
        for row in page:
            orm = stored[row.id]
            assert (row.started_at, row.stopped_at) == (orm.started_at, orm.stopped_at)
            assert row.started_at.tzinfo is not None
            assert row.started_at.utcoffset() == timedelta(0)
            assert isinstance(row.duration_hours, Decimal)
            assert row.duration_hours == orm.duration_hours == Decimal("1.000")
            assert row.corrected is False
        assert [r.purpose for r in page] == ["10", "20", "30"]
        assert page[-1] is page[2]  # built once, then kept
        assert [r.purpose for r in page[::-1]] == ["30", "20", "10"]
        assert page == list(page) and page != list(page)[:2]
        with pytest.raises(IndexError):
            page[3]
        empty = usage_service.list_sessions(session, technician, equipment_id=lathe + 1000)
        assert empty == [] and not empty


def test_pages_of_a_list_view_read_as_one_sequence(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = _three_sessions(db, manager, technician)
    rows: RowPages[usage_service.UsageRow] = RowPages()
    assert len(rows) == 0 and not rows
    with db.reader() as session:
        after = None
        while True:
            page = usage_service.list_sessions(
                session, technician, equipment_id=lathe, after=after, limit=2
            )
            rows.append(page)
            if len(page) < 2:
                break
            after = usage_service.usage_cursor_of(rows[-1])
    assert len(rows) == 3
    assert [rows[i].purpose for i in range(3)] == ["10", "20", "30"]
    assert [r.purpose for r in rows] == ["10", "20", "30"]
    assert rows[-1].purpose == "30" and [r.purpose for r in rows[1:]] == ["20", "30"]
    with pytest.raises(IndexError):
        rows[3]
