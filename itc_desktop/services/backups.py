"""Backups: the automatic copy of a SQLite database at start-up with its rotation (the last
7 daily, 4 weekly and 12 monthly copies), pg_dump for a server, and restoring a backup only
after it has been checked (integrity, schema revision, audit trail)."""

from __future__ import annotations

import glob
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from itc_desktop.config import backup_interval_hours, sqlite_url, user_backup_dir
from itc_desktop.db import Actor, Database, DatabaseError, head_revision
from itc_desktop.i18n import _
from itc_desktop.services import audit as audit_service
from itc_desktop.services.audit import AuditCheck
from itc_desktop.services.errors import DomainError
from itc_desktop.services.permissions import Permission, require

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
STAMP_FORMAT = "%Y%m%d-%H%M%S"  # UTC, in the backup's file name
_BACKUP_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})\.sqlite$")
# Tables only an ITC Lab database has (db/versions/0001).
_OUR_TABLES = frozenset({"alembic_version", "audit_log", "users"})
PG_DUMP_TIMEOUT_S = 3600


class BackupError(DomainError):
    """A backup could not be made, or a file cannot be restored; the message says why."""


# -- rotation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rotation:
    """How many of the newest days, ISO weeks and months keep their newest backup."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def backups_to_keep(stamps: Iterable[datetime], rotation: Rotation = Rotation()) -> set[datetime]:
    """The backups to keep, from the times they were taken (in the zone whose calendar counts).

    For each of the `daily` most recent days that have a backup, the newest backup of that day;
    likewise for ISO weeks and calendar months; and always the newest backup. Days without a
    backup do not use up a slot, so after a holiday the older copies are still kept."""
    ordered = sorted(set(stamps), reverse=True)
    keep = set(ordered[:1])
    periods: list[tuple[int, Callable[[datetime], Hashable]]] = [
        (rotation.daily, lambda t: t.date()),
        (rotation.weekly, lambda t: t.isocalendar()[:2]),  # ISO year: 2024-12-30 is 2025-W01
        (rotation.monthly, lambda t: (t.year, t.month)),
    ]
    for count, period_of in periods:
        seen: set[Hashable] = set()
        for stamp in ordered:
            period = period_of(stamp)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.add(period)
            keep.add(stamp)
    return keep


# -- the backups folder --------------------------------------------------------------------


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: datetime  # UTC
    size: int


def backup_folder(database_file: Path, env: Mapping[str, str] = os.environ) -> Path:
    """Each database file has its own folder of automatic backups (the demo's apart)."""
    return user_backup_dir(env) / database_file.stem


def backup_name(database_file: Path, taken: datetime) -> str:
    return f"{database_file.stem}-{taken.astimezone(UTC).strftime(STAMP_FORMAT)}.sqlite"


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in `folder`, newest first (files of other names are left alone)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _BACKUP_NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        try:
            taken = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(BackupFile(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def prune_backups(
    folder: Path, rotation: Rotation = Rotation(), zone: tzinfo | None = None
) -> list[Path]:
    """Deletes the backups the rotation does not keep (days counted in `zone`, default the
    computer's); returns what was deleted."""
    backups = list_backups(folder)
    local = {b.path: b.taken.astimezone(zone) for b in backups}
    keep = backups_to_keep(local.values(), rotation)
    removed = []
    for backup in backups:
        if local[backup.path] not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


@dataclass(frozen=True)
class BackupRun:
    path: Path
    removed: list[Path] = field(default_factory=list)


def make_backup(
    db: Database,
    folder: Path,
    now: datetime | None = None,
    rotation: Rotation = Rotation(),
) -> BackupRun:
    """A consistent copy of the open SQLite database into `folder` (SQLite's online backup
    API: others may keep working), then the rotation."""
    if not db.is_sqlite or db.sqlite_path is None:
        raise BackupError(_("Automatic backups are for a database file; a server uses pg_dump."))
    taken = now or datetime.now(UTC)
    try:
        path = db.backup(folder / backup_name(db.sqlite_path, taken))
    except DatabaseError as error:
        raise BackupError(str(error)) from error
    return BackupRun(path, prune_backups(folder, rotation))


def backup_now(db: Database, actor: Actor | None, env: Mapping[str, str] = os.environ) -> BackupRun:
    """The Admin page's "Back up now": like the start-up backup, whenever asked."""
    require(actor, Permission.MANAGE_BACKUPS)
    if db.sqlite_path is None:
        raise BackupError(_("Automatic backups are for a database file; a server uses pg_dump."))
    return make_backup(db, backup_folder(db.sqlite_path, env))


def startup_backup(
    db: Database, env: Mapping[str, str] = os.environ, now: datetime | None = None
) -> BackupRun | None:
    """The start-up backup: made when the newest one is older than ITC_BACKUP_HOURS (a day);
    None when not due, turned off (0), read-only or on a server."""
    if db.read_only or not db.is_sqlite or db.sqlite_path is None:
        return None
    hours = backup_interval_hours(env)
    if hours == 0:
        return None
    now = now or datetime.now(UTC)
    folder = backup_folder(db.sqlite_path, env)
    newest = next(iter(list_backups(folder)), None)
    if newest is not None and now - newest.taken < timedelta(hours=hours):
        return None
    return make_backup(db, folder, now)


# -- PostgreSQL ----------------------------------------------------------------------------


# Where PostgreSQL's own packages put their programs when not on PATH (Debian/Ubuntu, the
# EDB installer on Windows); one folder per major version.
PG_INSTALL_GLOBS = ("/usr/lib/postgresql/*/bin", "C:/Program Files/PostgreSQL/*/bin")


def find_pg_tool(name: str) -> Path | None:
    """`pg_dump` / `pg_restore`: on PATH, else the newest version in PG_INSTALL_GLOBS."""
    found = shutil.which(name)
    if found:
        return Path(found)

    def major(path: str) -> int:
        version = Path(path).parent.parent.name
        return int(version) if version.isdigit() else 0

    candidates = [
        match
        for folder in PG_INSTALL_GLOBS
        for match in glob.glob(f"{folder}/{name}") + glob.glob(f"{folder}/{name}.exe")
    ]
    return Path(max(candidates, key=major)) if candidates else None


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """The server URL as libpq takes it, with the password moved to PGPASSWORD (never on a
    command line others can read)."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def pg_dump(url: str, out: Path) -> Path:
    """`pg_dump --format=custom` of the server's database into `out` (restore it with
    pg_restore); written beside `out` first, so a failed dump leaves an earlier file as it was."""
    tool = find_pg_tool("pg_dump")
    if tool is None:
        raise BackupError(
            _(
                "pg_dump was not found (looked on PATH and in /usr/lib/postgresql/*/bin). "
                "Install the PostgreSQL client tools (Debian/Ubuntu: postgresql-client), "
                "or run pg_dump on the server."
            )
        )
    out = Path(out).expanduser().resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f"{out.name}.partial")
    dsn, env = _libpq(url)
    command = [str(tool), "--format=custom", f"--file={partial}", f"--dbname={dsn}"]
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=PG_DUMP_TIMEOUT_S
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        partial.unlink(missing_ok=True)
        raise BackupError(_("pg_dump could not run: {error}", error=error)) from error
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        raise BackupError(
            _("pg_dump failed: {error}", error=done.stderr.strip() or done.returncode)
        )
    os.replace(partial, out)
    return out


def pg_restore_help(url: str, source: Path) -> str:
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=True)
    return _(
        "A server's database is restored with PostgreSQL's own tool, with every station "
        "closed, as the database's owner: pg_restore --clean --if-exists --no-owner "
        '--dbname="{url}" "{file}" — then run `itc-desktop db init-server` again to set the '
        "roles' privileges. Nothing was changed.",
        url=dsn,
        file=source,
    )


# -- checking and restoring a SQLite backup ------------------------------------------------


@dataclass(frozen=True)
class BackupCheck:
    source: Path
    revision: str
    migrated: bool  # an older schema, brought to this version in the checked copy
    audit: AuditCheck


@dataclass(frozen=True)
class RestoreResult:
    check: BackupCheck
    database: Path
    kept_aside: Path | None  # the database that was replaced, None when there was none


def _refuse(source: Path, reason: str) -> BackupError:
    return BackupError(
        _(
            "{file} cannot be restored: {reason} The database in use was not changed.",
            file=source,
            reason=reason,
        )
    )


def _read_revision(staging: Path, source: Path) -> str:
    """Integrity check, our tables, the schema revision — on the copy, read-only."""
    with staging.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise _refuse(source, _("it is not an SQLite database file."))
    try:
        conn = sqlite3.connect(f"{staging.as_uri()}?mode=ro", uri=True)
        try:
            # A damaged file's messages may quote broken bytes: read as bytes, shown replaced.
            problems = [
                bytes(row[0]).decode("utf-8", "replace")
                for row in conn.execute(
                    "SELECT CAST(integrity_check AS BLOB) FROM pragma_integrity_check(5)"
                )
            ]
            if problems != ["ok"]:
                raise _refuse(
                    source, _("it is damaged ({problems}).", problems="; ".join(problems))
                )
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if not _OUR_TABLES.issubset(tables):
                shown = ", ".join(sorted(tables)[:5]) or _("no tables")
                raise _refuse(
                    source, _("it is not an ITC Lab database (it holds: {tables}).", tables=shown)
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        # SQLite's own message about a damaged file may quote broken bytes (UnicodeDecodeError).
        raise _refuse(source, _("it is damaged ({problems}).", problems=error)) from error
    if row is None:
        raise _refuse(source, _("it has no schema revision."))
    return str(row[0])


def check_backup(source: Path, staging: Path) -> BackupCheck:
    """Copies `source` to `staging` and proves the copy restorable: SQLite's integrity check,
    an ITC Lab database of a known schema revision (an older one is migrated in the copy, a
    newer one refused), and the audit trail verifies (hash chain and tables). Raises
    BackupError naming the problem; `source` is only read."""
    source = Path(source).expanduser()
    if not source.is_file():
        raise _refuse(source, _("there is no such file."))
    try:
        shutil.copyfile(source, staging)
        wal = source.with_name(source.name + "-wal")
        if wal.is_file():  # a copy taken with its write-ahead log: SQLite replays it
            shutil.copyfile(wal, staging.with_name(staging.name + "-wal"))
    except OSError as error:
        raise _refuse(source, _("it cannot be read ({error}).", error=error)) from error
    revision = _read_revision(staging, source)
    try:
        copy = Database(sqlite_url(staging))
    except DatabaseError as error:  # newer than this program, or not ours
        raise _refuse(source, str(error)) from error
    except SQLAlchemyError as error:
        raise _refuse(
            source, _("it cannot be brought to this version ({error}).", error=error)
        ) from error
    try:
        migrated = revision != head_revision()
        with copy.reader() as session:
            audit = audit_service.verify_audit(session)
    finally:
        copy.dispose()
    if not audit.ok:
        raise _refuse(
            source, _("its audit trail does not verify.\n{result}\n", result=audit.describe())
        )
    return BackupCheck(source, revision, migrated, audit)


def _keep_aside(live: Path, now: datetime) -> Path:
    """A consistent copy of the database about to be replaced, beside it, under a name no
    earlier copy has (two restores within a second keep both)."""
    stamp = now.astimezone(UTC).strftime(STAMP_FORMAT)
    aside = live.with_name(f"{live.stem}.replaced-{stamp}.sqlite")
    number = 1
    while aside.exists():
        number += 1
        aside = live.with_name(f"{live.stem}.replaced-{stamp}-{number}.sqlite")
    try:
        try:
            source = sqlite3.connect(f"{live.resolve().as_uri()}?mode=ro", uri=True)
            try:
                target = sqlite3.connect(aside)
                try:
                    source.backup(target)
                finally:
                    target.close()
            finally:
                source.close()
        except sqlite3.DatabaseError:
            # Too damaged for SQLite to read (a reason to restore): kept byte for byte instead.
            shutil.copyfile(live, aside)
            wal = live.with_name(live.name + "-wal")
            if wal.is_file():
                shutil.copyfile(wal, aside.with_name(aside.name + "-wal"))
    except OSError as error:
        aside.unlink(missing_ok=True)
        raise BackupError(
            _(
                "The database in use could not be copied aside to {path} ({error}), so it was "
                "not replaced; nothing was changed.",
                path=aside,
                error=error,
            )
        ) from error
    return aside


def restore_sqlite(
    live: Path, source: Path, actor: Actor | None, now: datetime | None = None
) -> RestoreResult:
    """Replaces the database file `live` with the backup `source`, after check_backup; the
    replaced database is first copied aside as `<name>.replaced-<UTC time>.sqlite`. The new
    content is written with SQLite's backup API into the database file itself, under its
    write lock, so a connection still open sees either the old or the new database whole.
    The program must reopen the database afterwards."""
    require(actor, Permission.MANAGE_BACKUPS)
    live = Path(live).expanduser().resolve()
    now = now or datetime.now(UTC)
    with tempfile.TemporaryDirectory(prefix="itc-restore-") as folder:
        staging = Path(folder) / "candidate.sqlite"
        check = check_backup(source, staging)
        kept = _keep_aside(live, now) if live.exists() else None
        try:
            live.parent.mkdir(parents=True, exist_ok=True)
            checked = sqlite3.connect(staging)
            try:
                target = sqlite3.connect(live, timeout=30)
                try:
                    checked.backup(target)
                finally:
                    target.close()
            finally:
                checked.close()
        except (OSError, sqlite3.Error) as error:
            raise BackupError(
                _(
                    "The backup was checked but could not be written into {path}: {error}. "
                    "The database as it was is kept at {kept}.",
                    path=live,
                    error=error,
                    kept=kept or "—",
                )
            ) from error
    log.info("restored %s from %s (replaced database kept at %s)", live, source, kept)
    return RestoreResult(check, live, kept)
