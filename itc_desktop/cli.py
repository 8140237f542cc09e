"""`itc-desktop`: the window by default, plus the headless commands (demo, db, user, audit,
analyze)."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from itc_desktop import __version__
from itc_desktop.config import resolve_database_url
from itc_desktop.db import (
    Actor,
    Database,
    DatabaseError,
    current_revision,
    head_revision,
    sqlite_file,
)
from itc_desktop.i18n import _
from itc_desktop.logsetup import configure_logging
from itc_desktop.models.users import ROLE_VALUES
from itc_desktop.services.errors import DomainError

log = logging.getLogger(__name__)


def _system_actor(database: Database) -> Actor:
    """Headless commands run with the rights of whoever can reach the database file or server,
    as the system account; their audit entries name the operating-system login."""
    from itc_desktop.services.users import system_account

    try:
        login = getpass.getuser()
    except OSError:
        login = "unknown"
    with database.transaction() as session:
        system = system_account(session)
    return dataclasses.replace(system, username=f"cli:{login}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="itc-desktop",
        description=_("ITC Lab — equipment, bookings, jobs, test results and reports."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help=_("database file or SQLAlchemy URL (else ITC_DATABASE_URL)")
    )
    parser.add_argument(
        "--demo", action="store_true", help=_("use the demo database, filled when empty")
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help=_("fill the database with demo data"))
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument(
        "--scale",
        choices=("large",),
        help=_("large: ten years of a busy center (about 1,000,000 usage sessions)"),
    )

    db = commands.add_parser("db", help=_("database maintenance"))
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help=_("migrate the database to this version"))
    db_commands.add_parser("current", help=_("print the schema revision"))
    backup = db_commands.add_parser(
        "backup",
        help=_(
            "consistent copy of a running database (a server: pg_dump's custom format); "
            "without --out, into the backups folder with its rotation"
        ),
    )
    backup.add_argument("--out", type=Path)
    from itc_desktop.cli_db import add_restore_parser, add_server_parsers

    add_server_parsers(db_commands)
    add_restore_parser(db_commands)

    user = commands.add_parser("user", help=_("user accounts"))
    user_commands = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_commands.add_parser("add", help=_("create a user (asks for the password)"))
    add.add_argument("--username", required=True)
    add.add_argument("--role", required=True, choices=ROLE_VALUES)
    add.add_argument("--full-name")
    add.add_argument("--email")
    add.add_argument(
        "--password-stdin", action="store_true", help=_("read the password from standard input")
    )

    audit = commands.add_parser("audit", help=_("the audit trail"))
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_commands.add_parser(
        "verify",
        help=_("check the hash chain and every audited table against it; names what differs"),
    )

    from itc_desktop.analysis.command import add_analyze_parser

    add_analyze_parser(commands)
    from itc_desktop.cli_equipment import add_equipment_parsers

    add_equipment_parsers(commands)
    from itc_desktop.cli_bookings import add_export_parser

    add_export_parser(commands)
    from itc_desktop.cli_reports import add_report_parsers

    add_report_parsers(commands)
    from itc_desktop.cli_kiosk import add_kiosk_parser

    add_kiosk_parser(commands)
    return parser


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(_("Password: "))
    if getpass.getpass(_("Repeat password: ")) != first:
        raise DomainError(_("The passwords do not match."))
    return first


def _run_command(args: argparse.Namespace, url: str) -> int:
    reads_only = (args.command, getattr(args, "db_command", None)) in (
        ("db", "current"),
        ("db", "backup"),
        ("audit", None),
    )
    missing = sqlite_file(url)
    if reads_only and missing is not None and not missing.exists():
        # A mistyped path would otherwise leave a new, empty database behind.
        raise DatabaseError(_("There is no database at {path}.", path=missing))
    if args.command == "db" and args.db_command == "current":
        database = Database(url, migrate_on_open=False)
        try:
            current = current_revision(database.engine)
        finally:
            database.dispose()
        print(f"{current or _('(empty)')} (head {head_revision()})")
        return 0
    database = Database(url)
    try:
        return _run_on(args, database)
    finally:
        database.dispose()  # a server connection is closed now, not left to the collector


def _run_on(args: argparse.Namespace, database: Database) -> int:
    from itc_desktop import demo as demo_module
    from itc_desktop.services import audit as audit_service
    from itc_desktop.services import users as user_service

    if args.command == "demo" and args.scale == "large":
        from itc_desktop.demo_large import fill_large_demo

        filled = fill_large_demo(database, seed=args.seed) is not None
    elif args.command == "demo":
        filled = demo_module.fill_demo(database, seed=args.seed)
    if args.command == "demo":
        print(
            _("Demo data written to {where}.", where=database.location)
            if filled
            else _("The database already holds data; nothing was changed.")
        )
        return 0
    if args.command == "db" and args.db_command == "upgrade":
        print(_("Schema at revision {rev}.", rev=current_revision(database.engine)))
        return 0
    if args.command == "db" and args.db_command == "backup":
        from itc_desktop.services import backups

        if not database.is_sqlite:
            if args.out is None:
                raise DomainError(_("Name the file for pg_dump's backup: --out FILE."))
            out = backups.pg_dump(database.url, args.out)
        elif args.out is None:
            assert database.sqlite_path is not None
            run = backups.make_backup(database, backups.backup_folder(database.sqlite_path))
            out = run.path
            for removed in run.removed:
                print(_("Older backup removed by the rotation: {path}", path=removed))
        else:
            out = database.backup(args.out)
        print(_("Backup written to {path}.", path=out))
        return 0
    if args.command == "user" and args.user_command == "add":
        password = _read_password(args.password_stdin)
        actor = _system_actor(database)
        with database.transaction(actor) as session:
            if user_service.needs_first_admin(session) and args.role == "admin":
                created = user_service.create_first_admin(
                    session, args.username, args.full_name or args.username, password, args.email
                )
            else:
                created = user_service.create_user(
                    session,
                    actor,
                    args.username,
                    args.full_name or args.username,
                    args.role,
                    password,
                    args.email,
                )
        print(_("User {name} ({role}) created.", name=created.username, role=created.role))
        return 0
    if args.command == "audit" and args.audit_command == "verify":
        with database.reader() as session:
            result = audit_service.verify_audit(session)
        print(result.describe())
        return 0 if result.ok else 1
    if args.command in ("labels", "equipment"):
        from itc_desktop.cli_equipment import run_equipment_command

        return run_equipment_command(args, database, _system_actor(database))
    if args.command == "export":
        from itc_desktop.cli_bookings import run_export_command

        return run_export_command(args, database, _system_actor(database))
    if args.command == "report":
        from itc_desktop.cli_reports import run_report_command

        return run_report_command(args, database, _system_actor(database))
    raise AssertionError(f"unhandled command {args.command}")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging()
    if args.command == "analyze":  # needs no database: none is opened
        from itc_desktop.analysis.command import run_analyze

        return run_analyze(args)
    url = resolve_database_url(args.db, demo=args.demo, env=os.environ)
    if args.command is None:
        from itc_desktop.ui.app import run_gui  # Qt is loaded only for the window

        return run_gui(url, demo=args.demo)
    if args.command == "kiosk":  # read-only: never opened for writing, never migrated
        from itc_desktop.cli_kiosk import run_kiosk_command

        return run_kiosk_command(args, url, demo=args.demo)
    if args.command == "db" and args.db_command in ("init-server", "copy", "restore"):
        from itc_desktop.cli_db import run_server_command

        return run_server_command(args)
    try:
        return _run_command(args, url)
    except (DomainError, DatabaseError) as error:
        print(_("Error: {message}", message=error), file=sys.stderr)
        return 2
    except Exception:
        log.exception("command failed")
        raise
