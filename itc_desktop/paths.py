"""Finds the folders that ship with the program (db/, resources/), from a checkout or a wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def shipped_dir(name: str) -> Path:
    """The folder `name` ("db" or "resources"): inside an installed wheel it lives in
    `itc_desktop/_data/`, in a source checkout beside the package."""
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the program's '{name}' folder is missing (looked in {_PACKAGE_DIR})")


def migrations_dir() -> Path:
    return shipped_dir("db")


def resource_path(*parts: str) -> Path:
    """A file or folder under resources/, e.g. resource_path("fonts", "DejaVuSans.ttf")."""
    return shipped_dir("resources").joinpath(*parts)
