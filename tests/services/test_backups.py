"""Backups (#12): the rotation, the start-up backup, pg_dump, and restore refusing every file it
should (the live database byte for byte untouched) and keeping the replaced one aside."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from itc_desktop.config import sqlite_url
from itc_desktop.db import Actor, Database
from itc_desktop.services import backups
from itc_desktop.services import settings as settings_service
from itc_desktop.services.backups import BackupError, Rotation, backups_to_keep
from itc_desktop.services.errors import PermissionDenied
from tests.backends import cli_db, run_cli, sqlite_only

# -- the rotation (pure) ---------------------------------------------------------------------


def _daily(first: datetime, days: int) -> list[datetime]:
    return [first + timedelta(days=i) for i in range(days)]


def test_keeps_the_newest_of_each_of_7_days_4_weeks_12_months() -> None:
    stamps = _daily(datetime(2025, 1, 1, 9), 400)  # 2025-01-01 .. 2026-02-04, daily
    keep = backups_to_keep(stamps)
    newest = stamps[-1]
    days = sorted(t for t in keep if t > newest - timedelta(days=7))
    assert days == stamps[-7:]
    # The newest of each of the last 4 ISO weeks and the last 12 months.
    weeks = {t.isocalendar()[:2] for t in keep}
    assert len(weeks) >= 4
    months = sorted({(t.year, t.month) for t in keep})
    assert months[-12:] == [(2025, m) for m in range(3, 13)] + [(2026, 1), (2026, 2)]
    assert datetime(2025, 12, 31, 9) in keep  # newest of December 2025
    assert datetime(2025, 2, 28, 9) not in keep  # 13th month back: gone
    assert len(keep) == len(set(keep)) <= 7 + 4 + 12


def test_several_backups_a_day_keep_only_the_newest_of_the_day() -> None:
    day = datetime(2026, 3, 10)
    stamps = [day + timedelta(hours=h) for h in (8, 12, 17)] + [day - timedelta(days=1, hours=-9)]
    keep = backups_to_keep(stamps)
    assert day + timedelta(hours=17) in keep
    assert day + timedelta(hours=8) not in keep and day + timedelta(hours=12) not in keep
    assert day - timedelta(days=1, hours=-9) in keep


def test_gaps_do_not_use_up_the_daily_slots() -> None:
    """After three weeks of holiday the 7 days kept are the 7 most recent days with a backup."""
    before = _daily(datetime(2026, 7, 1, 9), 10)
    after = [datetime(2026, 8, 1, 9), datetime(2026, 8, 2, 9)]
    keep = backups_to_keep(before + after, Rotation(daily=7, weekly=0, monthly=0))
    assert keep == set(after + before[-5:])


def test_year_boundary_days_weeks_and_months() -> None:
    """2024-12-30 and 2025-01-01 are one ISO week (2025-W01) but two months and two years."""
    stamps = [datetime(2024, 12, 29, 9), datetime(2024, 12, 30, 9), datetime(2025, 1, 1, 9)]
    weekly = backups_to_keep(stamps, Rotation(daily=0, weekly=2, monthly=0))
    assert weekly == {datetime(2025, 1, 1, 9), datetime(2024, 12, 29, 9)}  # W01 and 2024-W52
    monthly = backups_to_keep(stamps, Rotation(daily=0, weekly=0, monthly=2))
    assert monthly == {datetime(2025, 1, 1, 9), datetime(2024, 12, 30, 9)}


def test_the_newest_is_always_kept_and_nothing_is_nothing() -> None:
    assert backups_to_keep([]) == set()
    only = datetime(2026, 1, 1, tzinfo=UTC)
    assert backups_to_keep([only], Rotation(0, 0, 0)) == {only}


def test_prune_deletes_what_the_rotation_drops_and_leaves_other_files(tmp_path: Path) -> None:
    first = datetime(2026, 1, 1, 10, tzinfo=UTC)
    for stamp in _daily(first, 20):
        (tmp_path / backups.backup_name(Path("lab.sqlite"), stamp)).write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("mine")
    removed = backups.prune_backups(tmp_path, Rotation(daily=3, weekly=0, monthly=0), UTC)
    assert len(removed) == 17
    left = backups.list_backups(tmp_path)
    assert [b.taken for b in left] == [first + timedelta(days=d) for d in (19, 18, 17)]
    assert (tmp_path / "notes.txt").exists()


# -- making backups --------------------------------------------------------------------------


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@sqlite_only("a backup of the database file")
def test_startup_backup_is_made_once_a_day_and_can_be_turned_off(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    env = {"ITC_HOME": str(tmp_path / "home")}
    now = datetime(2026, 5, 4, 8, tzinfo=UTC)
    run = backups.startup_backup(db, env, now)
    assert run is not None and run.path.exists()
    assert backups.startup_backup(db, env, now + timedelta(hours=23)) is None
    later = backups.startup_backup(db, env, now + timedelta(hours=25))
    assert later is not None and later.path != run.path
    assert (
        backups.startup_backup(db, {**env, "ITC_BACKUP_HOURS": "0"}, now + timedelta(days=9))
        is None
    )
    with pytest.raises(ValueError, match="ITC_BACKUP_HOURS=soon"):
        backups.startup_backup(db, {**env, "ITC_BACKUP_HOURS": "soon"}, now)
    with sqlite3.connect(run.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] >= 3
    conn.close()


def test_startup_backup_does_nothing_on_a_server(db: Database, tmp_path: Path) -> None:
    if db.is_sqlite:
        pytest.skip("the server case")
    assert backups.startup_backup(db, {"ITC_HOME": str(tmp_path)}) is None


def test_backup_now_is_for_administrators(db: Database, manager: Actor) -> None:
    with pytest.raises(PermissionDenied):
        backups.backup_now(db, manager)


# -- PostgreSQL: pg_dump ----------------------------------------------------------------------


def test_db_backup_on_a_server_runs_pg_dump(
    db: Database, admin: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if db.is_sqlite:
        pytest.skip("pg_dump is for a PostgreSQL server (--backend postgresql)")
    if backups.find_pg_tool("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    out = tmp_path / "lab.dump"
    assert run_cli(["--db", cli_db(db), "db", "backup", "--out", str(out)]) == 0
    assert out.read_bytes()[:5] == b"PGDMP"  # the custom format
    assert f"Backup written to {out}" in capsys.readouterr().out
    assert run_cli(["--db", cli_db(db), "db", "backup"]) == 2
    assert "--out FILE" in capsys.readouterr().err


def test_missing_pg_dump_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(backups, "find_pg_tool", lambda name: None)
    with pytest.raises(BackupError, match="pg_dump was not found"):
        backups.pg_dump("postgresql+psycopg://itc@localhost/itc_lab", tmp_path / "x.dump")


def test_restore_on_a_server_explains_pg_restore(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    if db.is_sqlite:
        pytest.skip("the server case")
    assert run_cli(["--db", cli_db(db), "db", "restore", str(tmp_path / "x.dump")]) == 2
    err = capsys.readouterr().err
    assert "pg_restore --clean --if-exists --no-owner" in err and "Nothing was changed" in err


# -- restore (SQLite) -------------------------------------------------------------------------


@pytest.fixture
def live(db: Database, admin: Actor) -> Path:
    if not db.is_sqlite:
        pytest.skip("restore through the program is for a database file")
    with db.transaction(admin) as session:
        settings_service.update_center(session, admin, settings_service.CenterSettings(name="Live"))
    path = db.sqlite_path
    assert path is not None
    db.dispose()
    return path


@pytest.fixture
def good_backup(db: Database, admin: Actor, tmp_path: Path) -> Path:
    if not db.is_sqlite:
        pytest.skip("restore through the program is for a database file")
    with db.transaction(admin) as session:
        settings_service.update_center(
            session, admin, settings_service.CenterSettings(name="From the backup")
        )
    return db.backup(tmp_path / "good.sqlite")


def _center_name(path: Path) -> str:
    database = Database(sqlite_url(path))
    try:
        with database.reader() as session:
            return settings_service.get_center(session).name
    finally:
        database.dispose()


def test_restore_replaces_the_database_and_keeps_the_old_one(
    good_backup: Path, live: Path, admin: Actor
) -> None:
    before = _sha(live)
    result = backups.restore_sqlite(live, good_backup, admin, datetime(2026, 5, 4, 8, tzinfo=UTC))
    assert result.kept_aside == live.with_name("lab.replaced-20260504-080000.sqlite")
    assert _center_name(live) == "From the backup"
    assert _center_name(result.kept_aside) == "Live"
    assert before != _sha(live)
    assert result.check.audit.ok and not result.check.migrated


def test_restore_is_for_administrators(good_backup: Path, live: Path, manager: Actor) -> None:
    before = _sha(live)
    with pytest.raises(PermissionDenied):
        backups.restore_sqlite(live, good_backup, manager)
    assert _sha(live) == before


def _not_a_database(tmp_path: Path, good: Path) -> Path:
    path = tmp_path / "notes.sqlite"
    path.write_text("Meeting notes, not a database\n" * 100)
    return path


def _corrupted(tmp_path: Path, good: Path) -> Path:
    data = bytearray(good.read_bytes())
    for offset in range(4096 + 100, len(data), 997):  # every page after the first
        data[offset] ^= 0xFF
    path = tmp_path / "corrupted.sqlite"
    path.write_bytes(bytes(data))
    return path


def _foreign(tmp_path: Path, good: Path) -> Path:
    path = tmp_path / "invoices.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.close()
    return path


def _audit_broken(tmp_path: Path, good: Path) -> Path:
    path = tmp_path / "tampered.sqlite"
    path.write_bytes(good.read_bytes())
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE settings SET value = '\"Forged\"' WHERE key = 'center.name'")
    conn.close()
    return path


def _newer(tmp_path: Path, good: Path) -> Path:
    path = tmp_path / "newer.sqlite"
    path.write_bytes(good.read_bytes())
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_not_a_database, "it is not an SQLite database file."),
        (_corrupted, "it is damaged"),
        (_foreign, "it is not an ITC Lab database (it holds: invoices)."),
        (_audit_broken, "settings row center.name: value is '\"Forged\"'"),
        (_newer, "newer version of ITC Lab (schema revision 9999_future)"),
    ],
    ids=["not-a-database", "corrupted", "foreign", "audit-broken", "newer"],
)
def test_restore_refuses_and_leaves_the_database_untouched(
    good_backup: Path, live: Path, admin: Actor, tmp_path: Path, make, reason: str
) -> None:
    bad = make(tmp_path, good_backup)
    before = _sha(live)
    with pytest.raises(BackupError) as refused:
        backups.restore_sqlite(live, bad, admin)
    message = str(refused.value)
    assert message.startswith(f"{bad} cannot be restored: ")
    assert reason in message
    assert message.endswith("The database in use was not changed.")
    assert _sha(live) == before
    assert list(live.parent.glob("*.replaced-*")) == []


def test_restore_of_a_missing_file_is_refused(live: Path, admin: Actor, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="there is no such file"):
        backups.restore_sqlite(live, tmp_path / "nowhere.sqlite", admin)


def test_an_older_revision_is_migrated_after_restore(
    live: Path, admin: Actor, tmp_path: Path
) -> None:
    from alembic import command

    from itc_desktop.db import alembic_config, create_db_engine, head_revision

    old = tmp_path / "old.sqlite"
    engine = create_db_engine(sqlite_url(old))
    command.upgrade(alembic_config(engine), "0001")
    engine.dispose()
    result = backups.restore_sqlite(live, old, admin)
    assert result.check.migrated and result.check.revision.startswith("0001")
    with sqlite3.connect(live) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
    conn.close()


def test_db_restore_command(
    good_backup: Path, live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(["--db", str(live), "db", "restore", str(good_backup)]) == 0
    out = capsys.readouterr().out
    assert f"Restored {live} from {good_backup}." in out
    assert "The replaced database is kept at" in out
    before = _sha(live)
    assert run_cli(["--db", str(live), "db", "restore", str(_foreign(tmp_path, live))]) == 2
    assert "not an ITC Lab database" in capsys.readouterr().err
    assert _sha(live) == before


def test_two_restores_in_one_second_keep_both_replaced_databases(
    good_backup: Path, live: Path, admin: Actor
) -> None:
    moment = datetime(2026, 5, 4, 8, tzinfo=UTC)
    first = backups.restore_sqlite(live, good_backup, admin, moment)
    second = backups.restore_sqlite(live, good_backup, admin, moment)
    assert first.kept_aside == live.with_name("lab.replaced-20260504-080000.sqlite")
    assert second.kept_aside == live.with_name("lab.replaced-20260504-080000-2.sqlite")
    assert _center_name(first.kept_aside) == "Live"


def test_no_room_to_keep_the_old_database_means_no_restore(
    good_backup: Path, live: Path, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up while the database in use is copied aside: SQLite's copy fails, so
    does the byte copy; the restore stops there."""
    real_copy, real_connect = backups.shutil.copyfile, backups.sqlite3.connect

    def copy(source: object, target: object) -> object:
        if ".replaced-" in str(target):
            raise OSError(28, "No space left on device")
        return real_copy(source, target)  # type: ignore[arg-type]

    def connect(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if ".replaced-" in str(target):
            raise sqlite3.OperationalError("database or disk is full")
        return real_connect(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backups.shutil, "copyfile", copy)
    monkeypatch.setattr(backups.sqlite3, "connect", connect)
    before = _sha(live)
    with pytest.raises(BackupError, match=r"could not be copied aside .* nothing was changed"):
        backups.restore_sqlite(live, good_backup, admin)
    assert _sha(live) == before
    assert list(live.parent.glob("*.replaced-*")) == []
