"""Shared fixtures: a fresh database per test, built through the real migration path."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt or reads the user folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ITC_HOME"] = tempfile.mkdtemp(prefix="itc-test-home-")
atexit.register(shutil.rmtree, os.environ["ITC_HOME"], ignore_errors=True)
os.environ.pop("ITC_DATABASE_URL", None)
# Argon2 at its lowest cost: the suite hashes hundreds of passwords and access codes.
os.environ["ITC_PASSWORD_HASH_PROFILE"] = "fast"

import pytest
from hypothesis import HealthCheck, settings

from itc_desktop import i18n
from itc_desktop.config import sqlite_url
from itc_desktop.db import Actor, Database
from itc_desktop.services import users as user_service
from tests import pg_support

# Hypothesis: "ci" (the default) keeps the property tests to seconds, the suite runs twice in
# CI; "thorough" (HYPOTHESIS_PROFILE=thorough, by hand, see docs/reliability.md) tries ≥ 10,000
# cases per test. Tests that set max_examples themselves keep their own number.
settings.register_profile("ci", max_examples=40, deadline=None, print_blob=True)
settings.register_profile(
    "thorough",
    max_examples=10_000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

SHARED_SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
PASSWORDS = {"admin": "admin-pass-1", "manager": "manager-pass-1", "technician": "tech-pass-1"}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=("sqlite", "postgresql"),
        default=os.environ.get("ITC_TEST_BACKEND", "sqlite"),
        help="the database every `db` fixture uses: a SQLite file (default) or a database on a "
        "throwaway PostgreSQL server started for the run",
    )


def pytest_report_header(config: pytest.Config) -> str:
    backend = config.getoption("--backend")
    if backend == "postgresql" and pg_support.missing():
        return f"database backend: postgresql — SKIPPED: {pg_support.missing()}"
    return f"database backend: {backend}"


@pytest.fixture(autouse=True)
def program_language_back_to_english() -> Iterator[None]:
    """A test that switches the program's language (a language test, the kiosk's buttons)
    leaves the next test in English, whatever the order."""
    yield
    i18n.set_language("en")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pg_support.PgServer]:
    """A PostgreSQL server for the whole run, with the migrated template database."""
    reason = pg_support.missing()
    if reason:
        pytest.skip(f"no PostgreSQL: {reason}")
    server = pg_support.start_server()
    try:
        server.execute(f"CREATE DATABASE {pg_support.TEMPLATE}")
        Database(server.url(pg_support.TEMPLATE)).dispose()  # migrated to head
        yield server
    finally:
        pg_support.remove_server(server)


@pytest.fixture
def pg_url(pg_server: pg_support.PgServer) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for one test."""
    name = pg_server.new_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.config.getoption("--backend") == "postgresql":
        url = request.getfixturevalue("pg_url")
    else:
        url = sqlite_url(tmp_path / "lab.sqlite")
    database = Database(url)
    yield database
    database.dispose()


@pytest.fixture
def actors(db: Database) -> dict[str, Actor]:
    """One account per role: admin (Kovács Ildikó), manager, technician."""
    with db.transaction() as session:
        admin = user_service.create_first_admin(
            session, "admin", "Kovács Ildikó", PASSWORDS["admin"]
        )
    with db.transaction(admin) as session:
        manager = user_service.create_user(
            session, admin, "manager", "Petrović Đorđe", "manager", PASSWORDS["manager"]
        )
        technician = user_service.create_user(
            session, admin, "technician", "Szőke Bence", "technician", PASSWORDS["technician"]
        )
    return {"admin": admin, "manager": manager, "technician": technician}


@pytest.fixture
def admin(actors: dict[str, Actor]) -> Actor:
    return actors["admin"]


@pytest.fixture
def manager(actors: dict[str, Actor]) -> Actor:
    return actors["manager"]


@pytest.fixture
def technician(actors: dict[str, Actor]) -> Actor:
    return actors["technician"]
