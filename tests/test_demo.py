"""The demo generator: reproducible with a seed, different with another, names in Hungarian and
Serbian (Latin and Cyrillic), filled only into an empty database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from itc_desktop import demo
from itc_desktop.config import sqlite_url
from itc_desktop.db import Database
from itc_desktop.models import Base, Company, User
from itc_desktop.models.base import UTCDateTime


def _fill(tmp_path: Path, name: str, seed: int) -> Database:
    database = Database(sqlite_url(tmp_path / name))
    assert demo.fill_demo(database, seed=seed) is True
    return database


def _content(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every domain table's rows without what depends on the moment of filling (times of
    day, relative to now) or on random salts (password and access-code hashes)."""
    content: dict[str, list[tuple[Any, ...]]] = {}
    with database.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name == "audit_log":
                continue
            columns = [
                c
                for c in table.columns
                if not isinstance(c.type, UTCDateTime) and not c.name.endswith("_hash")
            ]
            query = select(*columns).order_by(*table.primary_key.columns)
            content[table.name] = [tuple(row) for row in conn.execute(query)]
    return content


def test_the_same_seed_gives_the_same_lab_and_another_seed_another(tmp_path: Path) -> None:
    database = _fill(tmp_path, "a.sqlite", seed=7)
    first = _content(database)
    again = _content(_fill(tmp_path, "b.sqlite", seed=7))
    other = _content(_fill(tmp_path, "c.sqlite", seed=8))
    filled = [name for name, rows in first.items() if rows]
    assert {"users", "equipment", "companies", "jobs", "bookings", "test_records"} <= set(filled)
    for name in first:
        assert first[name] == again[name], f"{name} differs between two fills with seed 7"
    differing = [name for name in filled if first[name] != other[name]]
    assert {"bookings", "usage_sessions", "test_values"} <= set(differing)

    # Names carry Hungarian and Serbian letters (Latin and Cyrillic script).
    with database.reader() as session:
        people = " ".join(session.scalars(select(User.full_name)))
        companies = " ".join(session.scalars(select(Company.name)))
    text = people + " " + companies
    assert set("őóöüá") & set(text), text
    assert set("đćčšž") & set(text.lower()), text
    assert any("\u0400" <= ch <= "\u04ff" for ch in text), text

    # A database that holds users is left as it is.
    assert demo.fill_demo(database, seed=8) is False
    assert _content(database) == first
