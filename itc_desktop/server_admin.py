"""The lab's PostgreSQL server: its schema, the application's role and the kiosk's read-only
role (`itc-desktop db init-server`). Qt-free; run by an administrator, never by the program.

Connected as the database's owner (or a superuser), `init_server` migrates the schema to this
program's head and then sets both roles' privileges from scratch, so running it again (after an
update of the program, or to change a password) is safe and leaves exactly these grants:

- the application role (default ``itc_app``) may read and write every domain table and use
  their sequences, but only read and add to the audit trail (no UPDATE, DELETE or TRUNCATE on
  ``audit_log``; its trigger refuses them as well) and only read the schema revision;
- the kiosk's role (default ``itc_kiosk``) may only SELECT what the kiosk reads
  (`services.kiosk.KIOSK_TABLES`), and of some tables only the columns it reads: no internal
  notes of the timeline, no company addresses, no report PDFs, of the audit trail only the
  ids (the live-refresh change marker). Its sessions are read-only by default as well."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import psycopg
from psycopg import sql
from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from itc_desktop.db import DatabaseError, create_db_engine, current_revision, migrate
from itc_desktop.i18n import _
from itc_desktop.models import AuditEntry
from itc_desktop.services.kiosk import KIOSK_TABLES

DEFAULT_APP_ROLE = "itc_app"
DEFAULT_KIOSK_ROLE = "itc_kiosk"

# Rows that are never changed or removed once written: the application role may only read
# them and add new ones.
APPEND_ONLY_TABLES = (AuditEntry.__tablename__,)
# Read by the program (schema revision checks), written only by the migrations run here.
READ_ONLY_FOR_APP = ("alembic_version",)

# Of these kiosk tables the kiosk's role may read only the columns listed: exactly what
# services/kiosk.py and services/job_workflow.public_timeline select. Tables of KIOSK_TABLES
# not listed here are read whole by the kiosk (it loads the Job, User and Setting objects).
KIOSK_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "audit_log": ("id",),  # the change marker (services/changes.py); not who changed what
    "companies": ("id", "name"),
    "job_events": ("id", "job_id", "at", "to_status", "public_note"),
    "specimens": ("id", "job_id"),
    "test_records": ("id", "job_id", "specimen_id"),
    "issued_reports": ("id", "job_id", "amends_id", "issue_date"),
}

_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def check_role_name(name: str) -> str:
    """A plain lower-case PostgreSQL role name, or DatabaseError."""
    if not _ROLE_NAME.fullmatch(name):
        raise DatabaseError(
            _(
                "Not a usable role name: {name!r} (lower-case letters, digits and _, "
                "starting with a letter; at most 63).",
                name=name,
            )
        )
    return name


def require_postgresql(url: str) -> None:
    try:
        backend = make_url(url).get_backend_name()
    except Exception as error:  # sqlalchemy.exc.ArgumentError and friends
        raise DatabaseError(_("Not a database URL: {error}", error=error)) from error
    if backend != "postgresql":
        raise DatabaseError(
            _(
                "This command sets up a PostgreSQL server (postgresql+psycopg://user@host/db); "
                "a SQLite file needs no set-up."
            )
        )


@dataclass(frozen=True)
class RoleRequest:
    """A role to create or update; `password` None keeps an existing role's password."""

    name: str
    password: str | None = None


@dataclass(frozen=True)
class ServerSetup:
    revision_before: str | None
    revision: str
    database: str
    app_role: str
    app_created: bool
    kiosk_role: str
    kiosk_created: bool
    app_url: str  # the password shown as ***
    kiosk_url: str


def _connect_error(url: str, error: Exception) -> DatabaseError:
    reason = getattr(error, "orig", None) or error
    where = make_url(url).render_as_string(hide_password=True)
    return DatabaseError(_("Cannot use the server {where}: {reason}", where=where, reason=reason))


def existing_roles(url: str, names: Iterable[str]) -> set[str]:
    """Which of `names` exist on the server (to know whose password must be asked)."""
    require_postgresql(url)
    engine = create_db_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
                {"names": list(names)},
            )
            return {row[0] for row in rows}
    except SQLAlchemyError as error:
        raise _connect_error(url, error) from error
    finally:
        engine.dispose()


def _execute(conn: Connection, statement: sql.Composable) -> None:
    """A statement composed with psycopg.sql (identifiers and literals quoted by the driver),
    run in the connection's transaction, without any parameter parsing of '%' in it."""
    driver = conn.connection.dbapi_connection
    assert driver is not None
    with driver.cursor() as cursor:  # type: ignore[attr-defined]
        cursor.execute(statement)


def _role_flags(conn: Connection, name: str) -> tuple[bool, bool] | None:
    """(superuser, may create roles) of an existing role, None when it does not exist."""
    row = conn.execute(
        text("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = :name"),
        {"name": name},
    ).first()
    return None if row is None else (bool(row[0]), bool(row[1]))


def _check_role(conn: Connection, role: RoleRequest) -> None:
    """Refuses a role that must not become the program's or the kiosk's."""
    flags = _role_flags(conn, role.name)
    current_user = conn.execute(text("SELECT current_user")).scalar_one()
    if role.name == current_user:
        raise DatabaseError(
            _(
                "The role {name} is the one running this set-up; give the program and the "
                "kiosk roles of their own.",
                name=role.name,
            )
        )
    if flags is not None and any(flags):
        raise DatabaseError(
            _(
                "The role {name} is a superuser or may create roles: it cannot be the program's "
                "or the kiosk's. Choose another name.",
                name=role.name,
            )
        )
    if flags is None and not role.password:
        raise DatabaseError(_("The new role {name} needs a password.", name=role.name))


def _ensure_role(conn: Connection, role: RoleRequest) -> bool:
    """Creates the login role, or updates its password; True when it was created."""
    _check_role(conn, role)
    name = sql.Identifier(role.name)
    if _role_flags(conn, role.name) is None:
        if not role.password:
            raise DatabaseError(_("The new role {name} needs a password.", name=role.name))
        _execute(
            conn,
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(name, sql.Literal(role.password)),
        )
        return True
    if role.password:
        _execute(
            conn,
            sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(name, sql.Literal(role.password)),
        )
    else:
        _execute(conn, sql.SQL("ALTER ROLE {} LOGIN").format(name))
    return False


def _schema_tables(conn: Connection, schema: str) -> set[str]:
    rows = conn.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = :schema"), {"schema": schema}
    )
    return {row[0] for row in rows}


def _grant_app(conn: Connection, role: str, schema: str, tables: set[str]) -> None:
    who = sql.Identifier(role)
    where = sql.Identifier(schema)
    _execute(
        conn,
        sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {} TO {}").format(
            where, who
        ),
    )
    _execute(
        conn, sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {} TO {}").format(where, who)
    )
    for table in APPEND_ONLY_TABLES:
        if table in tables:
            _execute(
                conn,
                sql.SQL("REVOKE UPDATE, DELETE ON {} FROM {}").format(
                    sql.Identifier(schema, table), who
                ),
            )
    for table in READ_ONLY_FOR_APP:
        if table in tables:
            _execute(
                conn,
                sql.SQL("REVOKE INSERT, UPDATE, DELETE ON {} FROM {}").format(
                    sql.Identifier(schema, table), who
                ),
            )
    # Tables a later migration adds (run as this same owner) are usable at once; running
    # init-server again after an update re-applies the exceptions above.
    _execute(
        conn,
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA {} GRANT SELECT, INSERT, UPDATE, DELETE "
            "ON TABLES TO {}"
        ).format(where, who),
    )
    _execute(
        conn,
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA {} GRANT USAGE, SELECT ON SEQUENCES TO {}"
        ).format(where, who),
    )


def kiosk_grants(tables: Iterable[str] = KIOSK_TABLES) -> dict[str, tuple[str, ...] | None]:
    """Table -> the columns the kiosk's role may read (None: the whole table)."""
    return {table: KIOSK_COLUMNS.get(table) for table in tables}


def _grant_kiosk(conn: Connection, role: str, schema: str, tables: set[str]) -> None:
    who = sql.Identifier(role)
    missing = sorted(set(KIOSK_TABLES) - tables)
    if missing:
        raise DatabaseError(
            _("The kiosk's tables are missing: {tables}.", tables=", ".join(missing))
        )
    for table, columns in kiosk_grants().items():
        target = sql.Identifier(schema, table)
        if columns is None:
            _execute(conn, sql.SQL("GRANT SELECT ON {} TO {}").format(target, who))
        else:
            _execute(
                conn,
                sql.SQL("GRANT SELECT ({}) ON {} TO {}").format(
                    sql.SQL(", ").join(sql.Identifier(c) for c in columns), target, who
                ),
            )
    _execute(conn, sql.SQL("ALTER ROLE {} SET default_transaction_read_only = on").format(who))


def _revoke_everything(conn: Connection, role: str, schema: str) -> None:
    """Back to no privileges in the schema (column privileges go with the table's)."""
    who = sql.Identifier(role)
    where = sql.Identifier(schema)
    _execute(conn, sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM {}").format(where, who))
    _execute(conn, sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {} FROM {}").format(where, who))
    _execute(
        conn,
        sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {} REVOKE ALL ON TABLES FROM {}").format(
            where, who
        ),
    )
    _execute(
        conn,
        sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {} REVOKE ALL ON SEQUENCES FROM {}").format(
            where, who
        ),
    )


def role_url(url: str, role: str, password: str | None = None) -> str:
    """The server URL for `role`, with its password shown as *** (or none at all)."""
    parsed = make_url(url).set(username=role, password=password or "***")
    return parsed.render_as_string(hide_password=True)


def init_server(url: str, app: RoleRequest, kiosk: RoleRequest) -> ServerSetup:
    """Migrates the schema to head and (re)creates both roles with exactly their privileges.
    Idempotent. Raises DatabaseError with the reason when something cannot be done; the
    roles and grants are one transaction (all or nothing)."""
    require_postgresql(url)
    check_role_name(app.name)
    check_role_name(kiosk.name)
    if app.name == kiosk.name:
        raise DatabaseError(_("The program and the kiosk need two different roles."))
    engine: Engine = create_db_engine(url)
    try:
        with engine.connect() as conn:  # before anything is written
            _check_role(conn, app)
            _check_role(conn, kiosk)
        before = current_revision(engine)
        migrate(engine, url)
        revision = current_revision(engine)
        assert revision is not None
        with engine.begin() as conn:
            database = conn.execute(text("SELECT current_database()")).scalar_one()
            schema = conn.execute(text("SELECT current_schema()")).scalar_one()
            tables = _schema_tables(conn, schema)
            app_created = _ensure_role(conn, app)
            kiosk_created = _ensure_role(conn, kiosk)
            for role in (app.name, kiosk.name):
                _execute(
                    conn,
                    sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                        sql.Identifier(database), sql.Identifier(role)
                    ),
                )
                _execute(
                    conn,
                    sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(
                        sql.Identifier(schema), sql.Identifier(role)
                    ),
                )
                _revoke_everything(conn, role, schema)
            _grant_app(conn, app.name, schema, tables)
            _grant_kiosk(conn, kiosk.name, schema, tables)
    except (SQLAlchemyError, psycopg.Error) as error:
        raise _connect_error(url, error) from error
    finally:
        engine.dispose()
    return ServerSetup(
        revision_before=before,
        revision=revision,
        database=database,
        app_role=app.name,
        app_created=app_created,
        kiosk_role=kiosk.name,
        kiosk_created=kiosk_created,
        app_url=role_url(url, app.name),
        kiosk_url=role_url(url, kiosk.name),
    )
