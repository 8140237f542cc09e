"""`itc-desktop analyze tensile FILE`: evaluate a raw machine record without a database."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from itc_desktop.analysis.tensile import Specimen, TensileResult, analyze_tensile
from itc_desktop.i18n import _
from itc_desktop.importers.tensile_files import TensileRecord, read_tensile_file
from itc_desktop.services.errors import DomainError, ValidationError

JSON_KEYS = (
    "E_MPa",
    "Rp02_MPa",
    "ReH_MPa",
    "ReL_MPa",
    "Rm_MPa",
    "Ag_pct",
    "Agt_pct",
    "A_pct",
    "At_pct",
)


def add_analyze_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    analyze = commands.add_parser("analyze", help=_("evaluate a test file (no database needed)"))
    kinds = analyze.add_subparsers(dest="analyze_kind", metavar="TEST", required=True)
    tensile = kinds.add_parser(
        "tensile", help=_("tensile test record (ISO 6892-1): E, Rp0.2/ReH/ReL, Rm, A ...")
    )
    tensile.add_argument("file", type=Path, metavar="FILE")
    tensile.add_argument("--diameter", type=float, metavar="MM", help=_("round specimen: d0"))
    tensile.add_argument("--width", type=float, metavar="MM", help=_("flat specimen: b0"))
    tensile.add_argument("--thickness", type=float, metavar="MM", help=_("flat specimen: a0"))
    tensile.add_argument("--area", type=float, metavar="MM2", help=_("cross-section S0"))
    tensile.add_argument(
        "--gauge-length",
        type=float,
        metavar="MM",
        help=_("L0 (default: from the file, else 5.65·√S0)"),
    )
    tensile.add_argument("--json", action="store_true", help=_("print one JSON object"))


def evaluate_file(
    args: argparse.Namespace,
) -> tuple[TensileRecord, Specimen | None, TensileResult]:
    record = read_tensile_file(args.file)
    specimen = record.dimensions.specimen(
        diameter=args.diameter,
        width=args.width,
        thickness=args.thickness,
        area=args.area,
        gauge_length=args.gauge_length,
    )
    strain, stress, specimen = record.curve(specimen)
    return record, specimen, analyze_tensile(strain, stress, specimen=specimen)


def _table(
    record: TensileRecord, specimen: Specimen | None, result: TensileResult, out: TextIO
) -> None:
    rounded = result.rounded()
    rows = [
        (_("Modulus E"), rounded["E_MPa"], "MPa"),
        (_("Proof strength Rp0.2"), rounded["Rp02_MPa"], "MPa"),
        (_("Upper yield strength ReH"), rounded["ReH_MPa"], "MPa"),
        (_("Lower yield strength ReL"), rounded["ReL_MPa"], "MPa"),
        (_("Tensile strength Rm"), rounded["Rm_MPa"], "MPa"),
        (_("Uniform elongation Ag"), rounded["Ag_pct"], "%"),
        (_("Total elongation at Fm Agt"), rounded["Agt_pct"], "%"),
        (_("Elongation after fracture A"), rounded["A_pct"], "%"),
        (_("Total elongation at fracture At"), rounded["At_pct"], "%"),
    ]
    print(_("File: {name} ({encoding})", name=record.source, encoding=record.encoding), file=out)
    if specimen is not None:
        default = _(" (proportional, 5.65·√S0)") if specimen.L0_is_proportional_default else ""
        print(
            _(
                "Specimen: S0 = {s0:.4g} mm², L0 = {l0:.4g} mm{default}",
                s0=specimen.S0_mm2,
                l0=specimen.L0_mm,
                default=default,
            ),
            file=out,
        )
    if record.strain_from_crosshead:
        print(
            _(
                "Note: the strain comes from the crosshead travel; E and Rp0.2 include the "
                "machine's compliance."
            ),
            file=out,
        )
    width = max(len(label) for label, _v, _u in rows)
    for label, value, unit in rows:
        shown = "—" if value is None else f"{value:.1f}" if unit == "%" else f"{value}"
        print(f"  {label:<{width}}  {shown:>8} {unit}", file=out)
    for note in (*record.notes, *result.warnings):
        print(_("Note: {note}", note=note), file=out)


def run_analyze(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Exit code 0, or 2 with the message on standard error when the file cannot be used."""
    stream = out or sys.stdout
    try:
        record, specimen, result = evaluate_file(args)
    except DomainError as error:
        message = "; ".join(error.errors.values()) if isinstance(error, ValidationError) else error
        print(_("Error: {message}", message=message), file=sys.stderr)
        return 2
    if args.json:
        summary = result.summary()
        print(json.dumps({key: summary[key] for key in JSON_KEYS}), file=stream)
    else:
        _table(record, specimen, result, stream)
    return 0
