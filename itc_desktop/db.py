"""Engine and sessions, SQLite pragmas, migrate-on-open (with a copy aside first) and backup."""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from itc_desktop.i18n import _
from itc_desktop.models import AuditedSession
from itc_desktop.models.users import User
from itc_desktop.paths import migrations_dir
from itc_desktop.services.errors import DomainError, PermissionDenied

if TYPE_CHECKING:
    from alembic.config import Config

SQLITE_BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 5
RECONNECT_PAUSE_S = 0.25  # a read's next try after a server restart: 0.25 s, then 0.5 s


# PostgreSQL's SQLSTATE for "permission denied" / "must be owner".
INSUFFICIENT_PRIVILEGE = "42501"


class DatabaseError(Exception):
    """The database cannot be opened or used; the message says why."""


class DatabaseTooNew(DatabaseError):
    pass


class ConnectionLost(DatabaseError, DomainError):
    """The database server did not answer (restarted, network down): the unit of work was
    rolled back; the caller keeps what the user entered and may try again."""


def connection_lost(error: BaseException, dialect: str) -> bool:
    """True for a server that went away (a cut or refused connection, a server shutting down
    or starting up), not for a refusal by the database (a constraint, a lock, bad SQL)."""
    if not isinstance(error, DBAPIError):
        return False
    if error.connection_invalidated:
        return True
    if dialect == "sqlite" or not isinstance(error, OperationalError):
        return False
    sqlstate = getattr(error.orig, "sqlstate", None)
    return sqlstate is None or sqlstate.startswith(("08", "57P"))


@dataclass(frozen=True)
class Actor:
    """The signed-in user as the services see it: plain data, safe across threads."""

    id: int
    username: str
    full_name: str
    role: str


def sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def database_location(url: str) -> str:
    """What the status bar shows: the file, or the server without the password."""
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    return make_url(url).render_as_string(hide_password=True)


def create_db_engine(url: str, *, read_only: bool = False) -> Engine:
    """Statement parameters are kept out of error messages and SQL logs (hide_parameters):
    they hold password and access-code hashes, names and addresses, and an unexpected error
    ends up in the log file and in the error dialog."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # Read-only on a server: every transaction of the connection starts READ ONLY, so a
        # write fails in PostgreSQL whatever the program does (the kiosk's role adds the same
        # default server-side, and grants nothing to write with).
        options: dict[str, Any] = (
            {"options": "-c default_transaction_read_only=on"} if read_only else {}
        )
        if "connect_timeout" not in parsed.query:
            # A server that cannot be reached fails within seconds (the window's watcher
            # shows "Reconnecting…") instead of freezing the program for minutes.
            options["connect_timeout"] = CONNECT_TIMEOUT_S
        return create_engine(url, pool_pre_ping=True, connect_args=options, hide_parameters=True)
    path = sqlite_file(url)
    if read_only and path is not None:
        # A read-only connection proven by SQLite itself, not by the program's good manners.
        # The file URI (percent-encoded by pathlib, so '#', '?', '%' and spaces in folder
        # names survive) goes straight to sqlite3.
        uri = f"{path.resolve().as_uri()}?mode=ro"
        engine = create_engine(
            url,
            creator=lambda: sqlite3.connect(
                uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            ),
            hide_parameters=True,
        )
    else:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            hide_parameters=True,
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own is unreliable).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front: a deferred transaction that reads and then
        # writes fails at once (SQLITE_BUSY) when another station committed in between.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


# Alembic is imported only where a schema is read or changed: importing any of it costs about
# half a second, which an up-to-date database at start-up does not need (see is_up_to_date).


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.*?)\s*$", re.MULTILINE)
_QUOTED = re.compile(r"^([\"'])([\w.-]+)\1$")


def head_from_files() -> str | None:
    """The newest revision, read straight from the revision files' `revision = "…"` and
    `down_revision = "…"` lines, without Alembic. None when the files are not that plain
    (a merge, a computed value, no sources shipped): Alembic must decide then."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for source in (migrations_dir() / "versions").glob("*.py"):
        lines = dict(_REVISION_LINE.findall(source.read_text(encoding="utf-8")))
        revision = _QUOTED.match(lines.get("revision", ""))
        down = lines.get("down_revision")
        parent = _QUOTED.match(down or "")
        if revision is None or (parent is None and down != "None"):
            return None
        revisions.add(revision.group(2))
        if parent is not None:
            parents.add(parent.group(2))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and parents <= revisions else None


def is_up_to_date(engine: Engine) -> bool:
    """Whether the database already holds the newest revision: the revision files and one
    query, no Alembic. False whenever in doubt; `migrate` then decides (and imports Alembic)."""
    head = head_from_files()
    if head is None:
        return False
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        stored = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return stored == [head]


def sqlite_backup(engine: Engine, out: Path, source: Path | None = None) -> Path:
    """A consistent copy of a live SQLite database (the online backup API).

    The copy is written beside `out` first and moved into place when complete, so a failed
    backup leaves an earlier one at `out` as it was. Refuses to overwrite `source` itself."""
    out = Path(out).expanduser().resolve()
    if source is not None and out == Path(source).expanduser().resolve():
        raise DatabaseError(
            _("The backup cannot overwrite the database itself ({path}).", path=out)
        )
    partial = out.with_name(f"{out.name}.partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        raw = engine.raw_connection()
        try:
            target = sqlite3.connect(str(partial))
            try:
                raw.driver_connection.backup(target)  # type: ignore[union-attr]
            finally:
                target.close()
        finally:
            raw.close()
        os.replace(partial, out)
    except (OSError, sqlite3.Error) as error:
        with suppress(OSError):
            partial.unlink(missing_ok=True)
        raise DatabaseError(
            _("The backup could not be written to {path}: {error}", path=out, error=error)
        ) from error
    return out


def migrate(engine: Engine, url: str) -> str | None:
    """Brings the database to the newest revision. Returns the revision it had before.

    Refuses a database written by a newer version of the program, and one that holds other
    tables but no revision (not ours); copies an existing SQLite file aside
    (`<name>.before-<revision>.bak`) before changing its schema."""
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    before = current_revision(engine)
    if before == head:
        return before
    known = {rev.revision for rev in script.walk_revisions()}
    if before is not None and before not in known:
        raise DatabaseTooNew(
            _(
                "This database was written by a newer version of ITC Lab (schema revision "
                "{revision}). Update the program; the database was not changed.",
                revision=before,
            )
        )
    if before is None:
        with engine.connect() as conn:
            foreign = sorted(inspect(conn).get_table_names())
        if foreign:
            raise DatabaseError(
                _(
                    "This is not an ITC Lab database: it holds other tables ({tables}) and no "
                    "schema revision. Choose another file; nothing was added to this one.",
                    tables=", ".join(foreign[:5]) + (" …" if len(foreign) > 5 else ""),
                )
            )
    path = sqlite_file(url)
    if before is not None and path is not None and path.exists():
        sqlite_backup(engine, path.with_name(f"{path.name}.before-{before}.bak"), path)
    try:
        command.upgrade(alembic_config(engine), "head")
    except ProgrammingError as error:
        if getattr(error.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
            raise
        # A PC with a newer program, signed in with the program's role on the lab's server.
        raise DatabaseError(
            _(
                "This database must first be brought to this program's version (schema "
                "revision {before} → {head}), and this connection may not change the schema. "
                "Ask the administrator to run `itc-desktop db init-server` on the server; "
                "nothing was changed.",
                before=before or "—",
                head=head,
            )
        ) from None
    return before


def _refuse_deactivated(session: Session, actor: Actor) -> None:
    """A user deactivated while signed in (here or at another PC) saves nothing more. The
    headless commands' system account is inactive by design and not refused."""
    from itc_desktop.services.users import SYSTEM_USERNAME  # services.users imports this module

    row = session.execute(
        select(User.active, User.username).where(User.id == actor.id)
    ).one_or_none()
    if row is not None and not row.active and row.username != SYSTEM_USERNAME:
        raise PermissionDenied(
            _(
                "The account {username} is deactivated: nothing was saved.",
                username=row.username,
            )
        )


class Database:
    """One database: its engine, how to open units of work, where it lives."""

    def __init__(self, url: str, *, read_only: bool = False, migrate_on_open: bool = True):
        self.url = url
        self.read_only = read_only
        self.engine = create_db_engine(url, read_only=read_only)
        if migrate_on_open and not read_only:
            try:
                if not is_up_to_date(self.engine):
                    migrate(self.engine, url)
            except BaseException:
                self.engine.dispose()  # a refused database leaves no connection behind
                raise
        self._sessions = sessionmaker(
            bind=self.engine, class_=AuditedSession, expire_on_commit=False
        )
        self._writer_bind = self.engine.execution_options(sqlite_begin="IMMEDIATE")

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_file(self.url)

    @property
    def location(self) -> str:
        return database_location(self.url)

    @contextmanager
    def transaction(self, actor: Actor | None = None) -> Iterator[Session]:
        """A unit of work that commits at the end, or rolls back everything on an error."""
        if self.read_only:
            raise DatabaseError(_("This station's connection is read-only."))
        session = self._sessions(bind=self._writer_bind)
        if actor is not None:
            session.info["actor_id"] = actor.id
            session.info["actor_name"] = actor.username
        try:
            yield session
            if actor is not None and session.in_transaction():
                # Checked at the end: a check at the start would take SQLite's write lock
                # before the work needs it (and a unit of work opened meanwhile would wait).
                _refuse_deactivated(session, actor)
            session.commit()
        except BaseException as error:
            lost = connection_lost(error, self.engine.dialect.name)
            with suppress(SQLAlchemyError) if lost else nullcontext():
                session.rollback()
            if lost:
                raise ConnectionLost(
                    _(
                        "The connection to the database server was lost ({reason}); nothing "
                        "was saved. What you entered is still here: try again in a moment.",
                        reason=str(getattr(error, "orig", None) or error).splitlines()[0],
                    )
                ) from error
            raise
        finally:
            session.close()

    @contextmanager
    def reader(self, *, retries: int = 2) -> Iterator[Session]:
        """A session for reading; nothing it does is committed. On a server, a connection
        that fails at the start (the server restarting) is tried again `retries` times."""
        session = self._sessions()
        try:
            if not self.is_sqlite:
                self._connect(session, retries)
            yield session
        finally:
            # close() rolls back and detaches without expiring what was loaded.
            session.close()

    def _connect(self, session: Session, retries: int) -> None:
        for attempt in range(retries + 1):
            try:
                session.connection()
                return
            except DBAPIError as error:
                if attempt == retries or not connection_lost(error, self.engine.dialect.name):
                    raise
                session.rollback()
                time.sleep(RECONNECT_PAUSE_S * (attempt + 1))

    def backup(self, out: Path) -> Path:
        if not self.is_sqlite or self.sqlite_path is None:
            raise DatabaseError(
                _("Backups of a database server are made with pg_dump (see README).")
            )
        return sqlite_backup(self.engine, out, self.sqlite_path)

    def dispose(self) -> None:
        self.engine.dispose()
