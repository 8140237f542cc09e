"""Signing in against guessing (a growing pause after repeated misses per user name) and a
user deactivated while signed in (saves nothing more)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from itc_desktop.db import Actor, Database
from itc_desktop.models.audit import AuditEntry
from itc_desktop.services import accounts, settings
from itc_desktop.services import equipment_documents as documents
from itc_desktop.services import users as user_service
from itc_desktop.services.errors import PermissionDenied
from itc_desktop.services.lockout import Lockouts
from tests.conftest import PASSWORDS
from tests.services.bookings_support import at, book, next_monday
from tests.services.equipment_support import make_equipment

WRONG = "Wrong username or password"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    lockouts = Lockouts(max_failures=5, lock_seconds=30.0, max_lock_seconds=900.0, clock=clock)
    monkeypatch.setattr(user_service, "SIGN_IN_LOCKOUTS", lockouts)
    return clock


def _sign_in(db: Database, username: str, password: str) -> Actor:
    with db.reader() as session:
        return user_service.authenticate(session, username, password)


def _miss(db: Database, username: str, times: int, match: str = WRONG) -> None:
    for _ in range(times):
        with pytest.raises(PermissionDenied, match=match):
            _sign_in(db, username, "not-the-password")


def test_five_misses_pause_the_name_and_the_pause_grows(
    db: Database, actors: dict[str, Actor], clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _miss(db, "manager", 4)
    _miss(db, "manager", 1, match=r"Too many failed sign-ins as manager: try again in 30 s")
    # While paused even the right password is refused, and no password is checked at all.
    checked: list[str] = []
    real = user_service.password_matches
    monkeypatch.setattr(
        user_service, "password_matches", lambda h, p: checked.append(p) or real(h, p)
    )
    clock.now += 29
    with pytest.raises(PermissionDenied, match="try again in 1 s"):
        _sign_in(db, "Manager ", PASSWORDS["manager"])
    assert checked == []
    # Other names are not paused.
    assert _sign_in(db, "technician", PASSWORDS["technician"]).role == "technician"
    clock.now += 1
    _miss(db, "manager", 4)
    _miss(db, "manager", 1, match="try again in 60 s")  # the second pause is twice as long
    clock.now += 60
    assert _sign_in(db, "manager", PASSWORDS["manager"]).role == "manager"
    _miss(db, "manager", 4)  # a success forgot the misses: four more are plain misses again


def test_an_unknown_name_is_paused_like_a_real_one(
    db: Database, actors: dict[str, Actor], clock: Clock
) -> None:
    """The pause does not reveal which accounts exist."""
    _miss(db, "nobody-here", 4)
    _miss(db, "nobody-here", 1, match="Too many failed sign-ins as nobody-here: try again in 30 s")


def test_misses_an_hour_apart_do_not_add_up(
    db: Database, actors: dict[str, Actor], clock: Clock
) -> None:
    for _ in range(8):
        _miss(db, "admin", 1)
        clock.now += 3601
    assert _sign_in(db, "admin", PASSWORDS["admin"]).role == "admin"


def test_made_up_names_cannot_grow_the_table_without_bound() -> None:
    lockouts = Lockouts(max_keys=100, max_failures=2)
    for n in range(1000):
        lockouts.record_failure(f"name-{n}")
    assert len(lockouts._by_key) <= 100


def test_a_user_deactivated_while_signed_in_saves_nothing_more(
    db: Database, admin: Actor, technician: Actor
) -> None:
    equipment_id = make_equipment(db, admin)
    monday = next_monday()
    book(db, technician, equipment_id, at(monday, 9), at(monday, 10))
    with db.transaction(admin) as session:
        user_service.set_active(session, admin, technician.id, False)
    with db.reader() as session:
        entries = session.scalar(select(func.count(AuditEntry.id)))
    with (
        pytest.raises(PermissionDenied, match="technician is deactivated: nothing was saved"),
        db.transaction(technician) as session,
    ):
        settings.set_preference(session, technician, "last_page", "bookings")
        documents.add_document(session, technician, equipment_id, "manual.pdf", b"%PDF-1.7\n")
    with db.reader() as session:
        assert session.scalar(select(func.count(AuditEntry.id))) == entries
        assert settings.get_preference(session, technician, "last_page") == ""
        assert documents.list_documents(session, admin, equipment_id) == []
        # What a deactivated user still has open only reads; the account says so.
        assert accounts.own_account(session, technician).active is False
    with pytest.raises(PermissionDenied, match=WRONG):
        _sign_in(db, "technician", PASSWORDS["technician"])
    with db.transaction(admin) as session:
        user_service.set_active(session, admin, technician.id, True)
    book(db, technician, equipment_id, at(monday, 11), at(monday, 12))


def test_the_inactive_system_account_still_writes(db: Database, admin: Actor) -> None:
    with db.transaction() as session:
        system = user_service.system_account(session)
    equipment_id = make_equipment(db, system, tag="ITC-0900")
    assert equipment_id > 0
