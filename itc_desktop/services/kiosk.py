"""The kiosk's read model: what an SME visitor may see of one job after typing (or scanning)
its reference and access code, and the rules of the lobby PC — forgiving input, one generic
answer for every miss, a growing lockout after repeated misses, and an admin check for staff
leaving the kiosk. Everything here only reads: the kiosk's connection is read-only."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import distinct, func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, aliased

from itc_desktop import i18n
from itc_desktop.db import Database, DatabaseError, head_revision
from itc_desktop.i18n import _
from itc_desktop.models.companies import Company
from itc_desktop.models.jobs import Job, JobStatus, Specimen
from itc_desktop.models.reports import IssuedReport
from itc_desktop.models.results import TestRecord
from itc_desktop.services.changes import latest_change
from itc_desktop.services.errors import PermissionDenied
from itc_desktop.services.job_workflow import PublicEvent, public_status, public_timeline
from itc_desktop.services.jobs import ACCESS_CODE_DIGITS, format_reference
from itc_desktop.services.lockout import Lockout as Lockout  # the kiosk window uses it
from itc_desktop.services.settings import get_center
from itc_desktop.services.users import authenticate

# What the intake slip's QR code holds: `ITC-KIOSK:<reference>:<code>`
# (reports/intake_slip.py::kiosk_payload; a test keeps the two in step).
KIOSK_PREFIX = "ITC-KIOSK"

# The workflow a visitor sees as progress; on hold and cancelled are shown apart.
PROGRESS_STEPS: tuple[JobStatus, ...] = (
    JobStatus.RECEIVED,
    JobStatus.QUOTED,
    JobStatus.APPROVED,
    JobStatus.IN_PROGRESS,
    JobStatus.TESTING,
    JobStatus.COMPLETED,
    JobStatus.DELIVERED,
)

# Every table the kiosk reads; the PostgreSQL role gets SELECT on these and nothing else
# (of audit_log only its id: the change marker of live refresh, never who changed what).
KIOSK_TABLES = (
    "alembic_version",
    "audit_log",
    "settings",
    "users",
    "companies",
    "jobs",
    "job_events",
    "specimens",
    "test_records",
    "issued_reports",
)


class KioskUnavailable(DatabaseError):
    """The database cannot be reached or read right now; the kiosk retries (its live-refresh
    watcher takes it, like SQLAlchemy's errors, for a lost connection)."""


# Input ------------------------------------------------------------------------------------

_REFERENCE = re.compile(r"^(?:ITC)?[-_./ ]*(\d{4})[-_./ ]*(\d{1,6})$")


def normalize_kiosk_reference(text: str) -> str:
    """Forgiving reference input: any case, spaces, missing or different dashes, a missing
    "ITC" and a number without its leading zeros all lead to the stored form:
    "itc20260007", "ITC 2026 7" and "2026-0007" become "ITC-2026-0007". Anything else is
    returned upper-cased without spaces (it will simply not match)."""
    compact = "".join(text.split()).upper()
    match = _REFERENCE.match(compact)
    if match is None:
        return compact
    year, number = int(match.group(1)), int(match.group(2))
    return format_reference(year, number)


def normalize_code(text: str) -> str:
    """The access code as typed or printed ("905 318", "905-318") without separators."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in "-_.")


def parse_scan(text: str) -> tuple[str, str] | None:
    """(reference, code) from the intake slip's QR payload, or None when `text` is not one."""
    parts = text.strip().split(":")
    if len(parts) != 3 or parts[0].strip().upper() != KIOSK_PREFIX:
        return None
    return normalize_kiosk_reference(parts[1]), normalize_code(parts[2])


# What the visitor sees --------------------------------------------------------------------


@dataclass(frozen=True)
class KioskJob:
    """One job as the kiosk shows it. Deliberately without internal notes, prices, costs,
    people, results or anything of another job: a field added here is shown in the lobby."""

    job_id: int
    reference: str
    title: str
    company_name: str
    status: str
    status_before_hold: str | None
    due_date: date | None
    timeline: tuple[PublicEvent, ...]
    specimens_received: int
    specimens_tested: int
    report_ready: bool
    report_issued_on: date | None

    @property
    def progress_status(self) -> str | None:
        """The workflow step the progress bar marks: on hold marks the step it left;
        a cancelled job shows no progress."""
        if self.status == JobStatus.ON_HOLD:
            return self.status_before_hold
        if self.status == JobStatus.CANCELLED:
            return None
        return self.status

    @property
    def progress_index(self) -> int:
        """0-based step in PROGRESS_STEPS, -1 when no progress is shown."""
        values = [s.value for s in PROGRESS_STEPS]
        status = self.progress_status
        return values.index(status) if status in values else -1


def _latest_report_date(session: Session, job_id: int) -> date | None:
    """Issue date of the newest issued test report that no amendment replaced."""
    newer = aliased(IssuedReport)
    return session.scalar(
        select(func.max(IssuedReport.issue_date))
        .outerjoin(newer, newer.amends_id == IssuedReport.id)
        .where(IssuedReport.job_id == job_id, newer.id.is_(None))
    )


def _kiosk_job(session: Session, job: Job) -> KioskJob:
    company_name = session.scalar(select(Company.name).where(Company.id == job.company_id))
    received = session.scalar(select(func.count(Specimen.id)).where(Specimen.job_id == job.id))
    tested = session.scalar(
        select(func.count(distinct(TestRecord.specimen_id))).where(
            TestRecord.job_id == job.id, TestRecord.specimen_id.is_not(None)
        )
    )
    issued_on = _latest_report_date(session, job.id)
    return KioskJob(
        job_id=job.id,
        reference=job.reference,
        title=job.title,
        company_name=company_name or "",
        status=job.status,
        status_before_hold=job.status_before_hold,
        due_date=job.due_date,
        timeline=tuple(public_timeline(session, job.id)),
        specimens_received=received or 0,
        specimens_tested=tested or 0,
        report_ready=issued_on is not None,
        report_issued_on=issued_on,
    )


def look_up(session: Session, reference: str, code: str) -> KioskJob | None:
    """The job whose reference and access code match, or None — the same None for an
    unknown reference, a wrong code and a malformed one (the code is checked against its
    argon2 hash, which costs the same time either way)."""
    found = public_status(session, normalize_kiosk_reference(reference), normalize_code(code))
    if found is None:
        return None
    job = session.scalar(select(Job).where(Job.reference == found.reference))
    return None if job is None else _kiosk_job(session, job)


def refresh(session: Session, job_id: int) -> KioskJob | None:
    """The shown job read again (the poll that picks up changes made at the workstations);
    None when it no longer exists. Only called with the id of a job opened by `look_up`."""
    job = session.get(Job, job_id)
    return None if job is None else _kiosk_job(session, job)


def verify_admin(session: Session, username: str, password: str) -> bool:
    """Whether an active administrator signs with these credentials — how staff leave the
    kiosk. Reads only (authenticate records nothing), so it works on the read-only
    connection; a manager or technician is refused like a wrong password."""
    try:
        actor = authenticate(session, username, password)
    except PermissionDenied:
        return False
    return actor.role == "admin"


@dataclass(frozen=True)
class KioskBranding:
    center_name: str
    logo_png: bytes | None  # None: the default logo shipped in resources/
    time_zone: str


def branding(session: Session) -> KioskBranding:
    center = get_center(session)
    logo: bytes | None = None
    if center.logo_png_base64:
        try:
            logo = base64.b64decode(center.logo_png_base64, validate=True)
        except (binascii.Error, ValueError):
            logo = None
    return KioskBranding(center.name, logo, center.time_zone)


# Dates as each kiosk language writes them -------------------------------------------------

_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(day: date, lang: str) -> str:
    """hu "2026. 11. 28.", sr and sr-Cyrl "28.11.2026." (the program's habit, i18n.py); in
    English the kiosk writes "28 Nov 2026", which visitors from both sides of the border read
    without thinking about the order of day and month."""
    if lang == "en":
        return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
    return i18n.format_date(day, lang)


def local_time(at: datetime, time_zone: str) -> datetime:
    """A stored (UTC, naive) time in the center's time zone."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    try:
        return aware.astimezone(ZoneInfo(time_zone))
    except (ZoneInfoNotFoundError, ValueError):
        return aware


def format_date_time(at: datetime, lang: str, time_zone: str) -> str:
    local = local_time(at, time_zone)
    separator = ", " if lang == "en" else " "
    return f"{format_date(local.date(), lang)}{separator}{local:%H:%M}"


# The kiosk's door to the database ---------------------------------------------------------


class KioskReader:
    """Every read the kiosk makes, on a read-only connection. A database that cannot be
    reached, read, or that has another schema revision raises KioskUnavailable (and the
    connection pool is dropped, so the retry opens the file or server afresh)."""

    def __init__(self, database: Database) -> None:
        if not database.read_only:
            raise ValueError("the kiosk reads through a read-only connection")
        self.database = database
        self.head = head_revision()  # read once: it parses the migration scripts

    @classmethod
    def open(cls, url: str) -> KioskReader:
        return cls(Database(url, read_only=True, migrate_on_open=False))

    @contextmanager
    def _session(self) -> Iterator[Session]:
        path = self.database.sqlite_path
        if path is not None and not path.exists():
            # SQLite keeps reading a deleted or renamed file through an open connection.
            self.database.engine.dispose()
            raise KioskUnavailable(_("There is no database at {path}.", path=path))
        try:
            with self.database.reader() as session:
                yield session
        except (SQLAlchemyError, OSError) as error:
            self.database.engine.dispose()  # the window logs the change, not every retry
            raise KioskUnavailable(str(getattr(error, "orig", None) or error)) from error

    def check(self) -> int:
        """The change marker of live refresh (`services.changes.latest_change`, the newest
        audit id); raises KioskUnavailable unless the database answers with this program's
        schema. The kiosk's watcher polls this: two tiny queries, and the job shown is read
        again only when the marker moved."""
        with self._session() as session:
            # Read directly: alembic's MigrationContext would log two lines every poll.
            revision = session.scalar(text("SELECT version_num FROM alembic_version"))
            mark = latest_change(session)
        if revision != self.head:
            self.database.engine.dispose()
            raise KioskUnavailable(
                _(
                    "The database has schema revision {revision}, this program expects {head}.",
                    revision=revision or "-",
                    head=self.head,
                )
            )
        return mark

    def look_up(self, reference: str, code: str) -> KioskJob | None:
        with self._session() as session:
            return look_up(session, reference, code)

    def refresh(self, job_id: int) -> KioskJob | None:
        with self._session() as session:
            return refresh(session, job_id)

    def verify_admin(self, username: str, password: str) -> bool:
        with self._session() as session:
            return verify_admin(session, username, password)

    def branding(self) -> KioskBranding:
        with self._session() as session:
            return branding(session)

    def dispose(self) -> None:
        self.database.dispose()


# PostgreSQL: the kiosk's own role ---------------------------------------------------------


def postgres_grants(role: str = "itc_kiosk") -> list[str]:
    """SQL that creates the kiosk's PostgreSQL role: it may log in and SELECT the columns the
    kiosk reads, nothing else (printed by `itc-desktop kiosk --print-grants`; `db init-server`
    grants the same)."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", role):
        raise ValueError(f"not a plain role name: {role!r}")
    from itc_desktop.server_admin import kiosk_grants  # the same grants as db init-server

    grants = [
        f"GRANT SELECT ({', '.join(columns)}) ON {table} TO {role};"
        if columns is not None
        else f"GRANT SELECT ON {table} TO {role};"
        for table, columns in kiosk_grants().items()
    ]
    return [
        f"CREATE ROLE {role} LOGIN PASSWORD 'change-me' NOSUPERUSER NOCREATEDB NOCREATEROLE;",
        f"ALTER ROLE {role} SET default_transaction_read_only = on;",
        f"GRANT USAGE ON SCHEMA public TO {role};",
        *grants,
    ]


CODE_LENGTH = ACCESS_CODE_DIGITS
