"""`itc-desktop db init-server` and `itc-desktop db copy`: setting up the lab's PostgreSQL
server and moving a single-PC database onto it. Both take their databases as options (not
--db / ITC_DATABASE_URL): no database is opened or created by accident. Also `db restore`,
which works on the database file itself (it may be too damaged to open) and `db backup` on a
server (pg_dump)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from itc_desktop.db import DatabaseError
from itc_desktop.i18n import _
from itc_desktop.services.errors import DomainError

SERVER_COMMANDS = ("init-server", "copy", "restore")
LOCAL_HOSTS = ("", "localhost", "127.0.0.1", "::1")


def add_server_parsers(db_commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from itc_desktop.server_admin import DEFAULT_APP_ROLE, DEFAULT_KIOSK_ROLE

    init = db_commands.add_parser(
        "init-server",
        help=_("set up a PostgreSQL database: schema, the program's role, the kiosk's role"),
    )
    init.add_argument(
        "--url",
        required=True,
        help=_("the database as its owner or a superuser: postgresql+psycopg://ADMIN@host/db"),
    )
    init.add_argument("--app-role", default=DEFAULT_APP_ROLE, metavar="NAME")
    init.add_argument(
        "--app-password", metavar="PASSWORD", help=_("asked without echo when not given")
    )
    init.add_argument("--kiosk-role", default=DEFAULT_KIOSK_ROLE, metavar="NAME")
    init.add_argument(
        "--kiosk-password", metavar="PASSWORD", help=_("asked without echo when not given")
    )
    init.add_argument(
        "--client-host",
        metavar="HOST",
        help=_("the server's name as the lab's PCs reach it, for the printed URLs"),
    )
    copy = db_commands.add_parser(
        "copy",
        help=_("copy a database (e.g. the single-PC file) into an empty PostgreSQL database"),
    )
    copy.add_argument(
        "--from", dest="source", required=True, metavar="URL", help=_("database file or URL")
    )
    copy.add_argument(
        "--to", dest="target", required=True, metavar="URL", help=_("postgresql+psycopg://...")
    )


def add_restore_parser(db_commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    restore = db_commands.add_parser(
        "restore",
        help=_(
            "replace the database with a backup after checking it (integrity, schema, audit "
            "trail); the replaced database is kept beside it"
        ),
    )
    restore.add_argument("file", type=Path, metavar="FILE", help=_("the backup to restore"))


def _restore(args: argparse.Namespace) -> int:
    from itc_desktop.config import resolve_database_url
    from itc_desktop.db import Actor, sqlite_file
    from itc_desktop.services.backups import pg_restore_help, restore_sqlite

    url = resolve_database_url(args.db, demo=args.demo)
    live = sqlite_file(url)
    if live is None:
        raise DomainError(pg_restore_help(url, args.file))
    # Whoever can replace the database file may restore it: the command runs as an
    # administrator of the file, without signing in (nothing is written to the old database).
    actor = Actor(id=0, username=f"cli:{_login()}", full_name="", role="admin")
    result = restore_sqlite(live, args.file, actor)
    check = result.check
    print(_("Checked {file}: {result}", file=check.source, result=check.audit.describe()))
    if check.migrated:
        print(
            _(
                "The backup had schema revision {revision}; it was brought to this version.",
                revision=check.revision,
            )
        )
    if result.kept_aside is not None:
        print(_("The replaced database is kept at {path}.", path=result.kept_aside))
    print(_("Restored {path} from {file}.", path=result.database, file=check.source))
    return 0


def _login() -> str:
    try:
        return getpass.getuser()
    except OSError:
        return "unknown"


def _ask_password(role: str, exists: bool) -> str | None:
    """None keeps an existing role's password (Enter at the prompt)."""
    if exists:
        first = getpass.getpass(_("Password for {role} (Enter keeps the current one): ", role=role))
        if not first:
            return None
    else:
        first = getpass.getpass(_("Password for the new role {role}: ", role=role))
        if not first:
            raise DomainError(_("The new role {role} needs a password.", role=role))
    if getpass.getpass(_("Repeat password: ")) != first:
        raise DomainError(_("The passwords do not match."))
    return first


def _client_url(url: str, host: str | None) -> str:
    return (
        url if host is None else make_url(url).set(host=host).render_as_string(hide_password=True)
    )


def _init_server(args: argparse.Namespace) -> int:
    from itc_desktop.server_admin import (
        RoleRequest,
        check_role_name,
        existing_roles,
        init_server,
        require_postgresql,
    )

    require_postgresql(args.url)
    app_role, kiosk_role = check_role_name(args.app_role), check_role_name(args.kiosk_role)
    app_password, kiosk_password = args.app_password, args.kiosk_password
    if app_password is None or kiosk_password is None:
        exists = existing_roles(args.url, [app_role, kiosk_role])
        if app_password is None:
            app_password = _ask_password(app_role, app_role in exists)
        if kiosk_password is None:
            kiosk_password = _ask_password(kiosk_role, kiosk_role in exists)
    setup = init_server(
        args.url, RoleRequest(app_role, app_password), RoleRequest(kiosk_role, kiosk_password)
    )
    if setup.revision_before == setup.revision:
        print(_("Schema at revision {rev} (already).", rev=setup.revision))
    else:
        print(
            _(
                "Schema migrated from {before} to {rev}.",
                before=setup.revision_before or _("(empty)"),
                rev=setup.revision,
            )
        )
    for role, created, what in (
        (setup.app_role, setup.app_created, _("the program's role")),
        (setup.kiosk_role, setup.kiosk_created, _("the kiosk's read-only role")),
    ):
        state = _("created") if created else _("updated")
        print(_("{role}: {what}, {state}; privileges set.", role=role, what=what, state=state))
    print()
    print(
        _(
            "Each PC of the lab: ITC_DATABASE_URL={url}",
            url=_client_url(setup.app_url, args.client_host),
        )
    )
    print(
        _(
            "The kiosk: ITC_DATABASE_URL={url} itc-desktop kiosk",
            url=_client_url(setup.kiosk_url, args.client_host),
        )
    )
    if args.client_host is None and (make_url(args.url).host or "") in LOCAL_HOSTS:
        print(_("(Replace the host with the server's name as the PCs reach it: --client-host.)"))
    print(_("Run this again after each update of the program: it is safe to repeat."))
    return 0


def _copy(args: argparse.Namespace) -> int:
    from itc_desktop.db_copy import as_url, copy_database

    def progress(table: str, rows: int) -> None:
        print(_("  {table}: {rows} rows", table=table, rows=rows), file=sys.stderr)

    result = copy_database(as_url(args.source), args.target, progress=progress)
    headers = (_("table"), _("rows (source)"), _("rows (target)"), _("SHA-256 (source)"), "")
    lines = [
        (
            check.table,
            str(check.source_rows),
            str(check.target_rows),
            check.source_sha256[:16],
            _("OK") if check.ok else _("DIFFERENT"),
        )
        for check in result.tables
    ]
    widths = [max(len(row[i]) for row in [headers, *lines]) for i in range(len(headers))]
    for row in [headers, *lines]:
        print(
            "  ".join(
                cell.rjust(widths[i]) if i in (1, 2) else cell.ljust(widths[i])
                for i, cell in enumerate(row)
            ).rstrip()
        )
    print(_("Audit trail on the target: {result}", result=result.audit.describe()))
    if result.ok:
        print(
            _(
                "Copied {rows} rows of {tables} tables from {source} to {target}; every count "
                "and checksum matches.",
                rows=result.rows,
                tables=len(result.tables),
                source=result.source,
                target=result.target,
            )
        )
        return 0
    different = [check.table for check in result.tables if not check.ok]
    print(
        _(
            "The copy does NOT match the source ({tables}). Do not use the target; empty it "
            "and copy again with the lab's program closed.",
            tables=", ".join(different) or _("audit trail"),
        ),
        file=sys.stderr,
    )
    return 1


def run_server_command(args: argparse.Namespace) -> int:
    try:
        if args.db_command == "init-server":
            return _init_server(args)
        if args.db_command == "restore":
            return _restore(args)
        return _copy(args)
    except (DomainError, DatabaseError) as error:
        print(_("Error: {message}", message=error), file=sys.stderr)
        return 2
