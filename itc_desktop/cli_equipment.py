"""Headless equipment commands: `labels` (PDF label sheet) and `equipment export|import`
(the CSV list). cli.py adds the parsers and hands matching commands here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from itc_desktop.db import Actor, Database
from itc_desktop.i18n import _
from itc_desktop.services.errors import DomainError


def add_equipment_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    labels = commands.add_parser(
        "labels", help=_("PDF sheet of asset labels (QR code, name, calibration)")
    )
    labels.add_argument("--out", required=True, type=Path, help=_("the PDF file to write"))
    labels.add_argument(
        "--tag",
        dest="tags",
        action="extend",
        nargs="+",
        default=[],
        metavar="TAG",
        help=_("asset tags to print (default: all equipment that is not retired)"),
    )
    labels.add_argument(
        "--outline", action="store_true", help=_("draw cut lines (for plain paper)")
    )

    equipment = commands.add_parser("equipment", help=_("the equipment list as CSV"))
    actions = equipment.add_subparsers(dest="equipment_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help=_("write every piece of equipment to a CSV file"))
    export.add_argument("--out", required=True, type=Path)
    export.add_argument(
        "--semicolon",
        action="store_true",
        help=_("separate with ; (spreadsheets that use a decimal comma)"),
    )
    load = actions.add_parser(
        "import", help=_("add equipment from a CSV file: all rows or, if any is wrong, none")
    )
    load.add_argument("file", type=Path)


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as error:
        raise DomainError(
            _("Cannot write {path}: {reason}", path=path, reason=error.strerror)
        ) from None


def run_equipment_command(args: argparse.Namespace, database: Database, actor: Actor) -> int:
    from itc_desktop.importers.equipment_csv import export_equipment_csv, import_equipment_csv
    from itc_desktop.services.asset_labels import label_sheet

    if args.command == "labels":
        with database.reader() as session:
            pdf = label_sheet(session, actor, tags=args.tags or None, outline=args.outline)
        _write(args.out, pdf)
        print(_("Asset labels written to {path}.", path=args.out))
        return 0
    if args.equipment_command == "export":
        with database.reader() as session:
            data = export_equipment_csv(session, actor, ";" if args.semicolon else ",")
        _write(args.out, data)
        print(_("Equipment list written to {path}.", path=args.out))
        return 0
    try:
        content = args.file.read_bytes()
    except OSError as error:
        raise DomainError(
            _("Cannot read {path}: {reason}", path=args.file, reason=error.strerror)
        ) from None
    with database.transaction(actor) as session:
        result = import_equipment_csv(session, actor, content)
    if not result.ok:
        for problem in result.errors:
            print(problem, file=sys.stderr)
        print(
            _("{count} problems; nothing was imported.", count=len(result.errors)),
            file=sys.stderr,
        )
        return 2
    print(_("{count} pieces of equipment imported.", count=result.imported))
    return 0
