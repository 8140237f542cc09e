"""Headless booking command: `export ics --equipment TAG | --user USERNAME | --job REF --out
FILE` writes the bookings as an iCalendar file. cli.py adds the parser and hands it here."""

from __future__ import annotations

import argparse
from pathlib import Path

from itc_desktop.db import Actor, Database
from itc_desktop.i18n import _
from itc_desktop.services.errors import DomainError


def add_export_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export", help=_("export data for other programs"))
    formats = export.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    ics = formats.add_parser("ics", help=_("bookings as an iCalendar (.ics) file"))
    which = ics.add_mutually_exclusive_group(required=True)
    which.add_argument("--equipment", metavar="TAG", help=_("bookings of this asset tag"))
    which.add_argument("--user", metavar="USERNAME", help=_("bookings of this person"))
    which.add_argument("--job", metavar="REF", help=_("bookings of this job"))
    ics.add_argument("--out", required=True, type=Path, help=_("the .ics file to write"))


def run_export_command(args: argparse.Namespace, database: Database, actor: Actor) -> int:
    from itc_desktop.services.booking_export import export_ics_for

    with database.reader() as session:
        content = export_ics_for(
            session,
            actor,
            asset_tag=args.equipment,
            username=args.user,
            job_reference=args.job,
        )
    try:
        # newline="" keeps the CRLF line ends RFC 5545 requires.
        with open(args.out, "w", encoding="utf-8", newline="") as stream:
            stream.write(content)
    except OSError as error:
        raise DomainError(
            _("Cannot write {path}: {reason}", path=args.out, reason=error.strerror)
        ) from None
    events = content.count("BEGIN:VEVENT")
    print(_("{n} bookings written to {path}.", n=events, path=args.out))
    return 0
