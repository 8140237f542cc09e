"""The managers' usage report: per equipment booked, used and available hours, utilization,
sessions, no-shows, energy and downtime; hours and machine cost per company; hours per
operator; hours by month — for a period of local lab dates and a selection of equipment.

Session and booking figures are aggregate queries in the database (SUM of durations clipped
to the period, GROUP BY); only the few downtime intervals (maintenance records and windows)
are read and merged here, together with the lab's weekly opening hours. See docs/reports.md
("Usage report") for every rule."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    and_,
    case,
    cast,
    distinct,
    func,
    literal,
    literal_column,
    or_,
    select,
)
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session
from sqlalchemy.sql import Subquery
from sqlalchemy.sql.elements import KeyedColumnElement

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.base import UTCDateTime, utcnow
from itc_desktop.models.bookings import Booking, BookingStatus, MaintenanceWindow
from itc_desktop.models.companies import Company
from itc_desktop.models.equipment import (
    CATEGORY_VALUES,
    EQUIPMENT_CURRENCIES,
    Equipment,
    EquipmentStatus,
    MaintenanceRecord,
    UsageSession,
)
from itc_desktop.models.jobs import Job
from itc_desktop.models.users import User
from itc_desktop.services.booking_settings import opening_intervals
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.errors import NotFound, ValidationError
from itc_desktop.services.permissions import Permission, require

# A period is split into at most this many months (ten years) for the chart and the sheets.
MAX_MONTHS = 120
CENT = Decimal("0.01")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

Interval = tuple[datetime, datetime]


# --------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class EquipmentUsage:
    equipment_id: int
    asset_tag: str
    name: str
    category: str
    status: str
    booked_hours: float  # confirmed + completed bookings, the part inside the period
    used_hours: float  # usage sessions, the part inside the period (running: up to now)
    opening_hours: float  # the lab's opening hours in the period, up to now
    downtime_hours: float  # maintenance/out-of-service time that fell in opening hours
    downtime_total_hours: float  # the same around the clock (merged, inside the period)
    available_hours: float  # opening hours minus downtime_hours
    sessions: int  # sessions overlapping the period
    running_sessions: int
    no_shows: int  # no-show bookings overlapping the period
    energy_kwh: float | None  # None: no nominal power and no recorded energy
    hourly_rate: Decimal | None
    currency: str

    @property
    def utilization(self) -> float | None:
        """Used / available hours; None when nothing was available."""
        return self.used_hours / self.available_hours if self.available_hours > 0 else None


@dataclass(frozen=True)
class CompanyUsage:
    company_id: int | None  # None: sessions not linked to a job (internal use)
    name: str
    hours: float
    jobs: int
    costs: tuple[tuple[str, Decimal], ...]  # (currency, amount in cents) — never mixed
    unpriced_hours: float  # on equipment without an hourly rate (costs nothing here)


@dataclass(frozen=True)
class OperatorUsage:
    user_id: int
    name: str
    hours: float
    sessions: int


@dataclass(frozen=True)
class MonthUsage:
    month: date  # the first day of the month (lab time zone)
    used_hours: float
    booked_hours: float


@dataclass(frozen=True)
class UsageTotals:
    booked_hours: float
    used_hours: float
    opening_hours: float
    available_hours: float
    downtime_hours: float
    downtime_total_hours: float
    sessions: int
    running_sessions: int
    no_shows: int
    energy_kwh: float | None
    costs: tuple[tuple[str, Decimal], ...]

    @property
    def utilization(self) -> float | None:
        return self.used_hours / self.available_hours if self.available_hours > 0 else None


@dataclass(frozen=True)
class UsageFigures:
    date_from: date
    date_to: date
    time_zone: str
    start: datetime  # UTC instant of date_from 00:00 local
    end: datetime  # UTC instant of the day after date_to 00:00 local (exclusive)
    computed_at: datetime  # "now": running sessions and availability count up to here
    equipment_tags: tuple[str, ...] | None
    category: str | None
    equipment: tuple[EquipmentUsage, ...]
    companies: tuple[CompanyUsage, ...]
    operators: tuple[OperatorUsage, ...]
    months: tuple[MonthUsage, ...]
    totals: UsageTotals


# --------------------------------------------------------------------------- SQL helpers


def epoch_seconds(value: ColumnElement[datetime], dialect: str) -> ColumnElement[float]:
    """Seconds since 1970-01-01 UTC of a stored (naive UTC) timestamp, to the microsecond.

    SQLite: julianday() keeps only milliseconds and a double's rounding, so the integer
    seconds come from strftime('%s') and the microseconds from the stored text
    ('YYYY-MM-DD HH:MM:SS.ffffff', SQLAlchemy's SQLite format). PostgreSQL: EXTRACT(EPOCH)."""
    if dialect == "sqlite":
        return cast(func.strftime("%s", value), Integer) + cast(
            func.substr(value, 21, 6), Integer
        ) / literal(1_000_000.0)
    if dialect == "postgresql":
        return cast(func.extract("epoch", value), Float)
    raise ValueError(f"usage figures support SQLite and PostgreSQL, not {dialect}")


def _greatest(a: ColumnElement[float], b: ColumnElement[float], dialect: str) -> ColumnElement:
    return func.max(a, b) if dialect == "sqlite" else func.greatest(a, b)


def _least(a: ColumnElement[float], b: ColumnElement[float], dialect: str) -> ColumnElement:
    return func.min(a, b) if dialect == "sqlite" else func.least(a, b)


def _epoch(at: datetime) -> float:
    return (at - _EPOCH) / timedelta(seconds=1)


def _num(value: object) -> float:
    return float(value) if value is not None else 0.0  # type: ignore[arg-type]


def _stamp(at: datetime) -> ColumnElement[datetime]:
    return literal(at, UTCDateTime())


@dataclass(frozen=True)
class _Period:
    start: datetime
    end: datetime
    now: datetime
    months: tuple[tuple[date, float, float], ...]  # (first day, epoch lo, epoch hi) clipped


def _clipped(
    s: ColumnElement[float], e: ColumnElement[float], lo: float, hi: float, dialect: str
) -> ColumnElement[float]:
    """Seconds of [s, e) inside [lo, hi), never negative."""
    inside = _least(e, literal(hi), dialect) - _greatest(s, literal(lo), dialect)
    return _greatest(inside, literal(0.0), dialect)


def _month_columns(
    s: ColumnElement[float], e: ColumnElement[float], period: _Period, dialect: str
) -> list[KeyedColumnElement]:
    return [
        func.coalesce(
            func.sum(
                case(
                    (and_(s < literal(hi), e > literal(lo)), _clipped(s, e, lo, hi, dialect)),
                    else_=literal(0.0),
                )
            ),
            0.0,
        ).label(f"m{n}")
        for n, (_first, lo, hi) in enumerate(period.months)
    ]


def _unindexed_start(dialect: str) -> ColumnElement[datetime]:
    """started_at for "started before the period ends". On SQLite with statistics (ANALYZE)
    the planner would skip-scan an (x, started_at) index for it — nearly every row, each
    fetched from the table, twice as slow as reading the table once; a unary + is SQLite's
    way to keep a term off the indexes (benchmarks/usage_report.py)."""
    if dialect == "sqlite":
        return literal_column("+usage_sessions.started_at", UTCDateTime())
    return UsageSession.started_at


def _session_rows(session_ids: Sequence[int] | None, period: _Period, dialect: str) -> Subquery:
    """One row per session overlapping the period with its start and effective end in epoch
    seconds (a running session ends now)."""
    now_epoch = _epoch(period.now)
    stmt = select(
        UsageSession.equipment_id,
        UsageSession.operator_id,
        UsageSession.job_id,
        UsageSession.energy_kwh,
        UsageSession.stopped_at.is_(None).label("running"),
        epoch_seconds(UsageSession.started_at, dialect).label("s"),
        case(
            (UsageSession.stopped_at.is_(None), literal(now_epoch)),
            else_=epoch_seconds(UsageSession.stopped_at, dialect),
        ).label("e"),
    ).where(
        _unindexed_start(dialect) < _stamp(period.end),
        or_(
            UsageSession.stopped_at > _stamp(period.start),
            and_(UsageSession.stopped_at.is_(None), literal(period.now > period.start)),
        ),
    )
    if session_ids is not None:
        stmt = stmt.where(UsageSession.equipment_id.in_(session_ids))
    if dialect == "sqlite":
        # LIMIT -1 (no limit) keeps SQLite from flattening the subquery into the outer
        # query, which would repeat the epoch conversion at each use of s and e (some thirty
        # per row with the month columns); as a co-routine it converts once per row.
        stmt = stmt.limit(-1)
    return stmt.subquery("s")


# --------------------------------------------------------------------------- the period


def _local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=zone).astimezone(UTC)


def period_bounds(date_from: date, date_to: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """UTC instants of the first day's local midnight and of the midnight after the last."""
    return _local_midnight(date_from, zone), _local_midnight(date_to + timedelta(days=1), zone)


PERIOD_KINDS = ("month", "quarter", "year")


def named_period(kind: str, year: int, part: int = 1) -> tuple[date, date]:
    """The first and last day of a month (`part` 1–12), a quarter (1–4) or a year."""
    if kind == "year":
        return date(year, 1, 1), date(year, 12, 31)
    if kind not in PERIOD_KINDS:
        raise ValidationError(
            _("unknown period {kind} (one of {all})", kind=kind, all=", ".join(PERIOD_KINDS)),
            field=_("Period"),
        )
    months = 1 if kind == "month" else 3
    if not 1 <= part <= 12 // months:
        raise ValidationError(
            _("{kind} {part} does not exist", kind=kind, part=part), field=_("Period")
        )
    first = date(year, (part - 1) * months + 1, 1)
    following = (first + timedelta(days=31 * months)).replace(day=1)
    return first, following - timedelta(days=1)


def _months(
    date_from: date, date_to: date, zone: ZoneInfo, start: datetime, end: datetime
) -> tuple[tuple[date, float, float], ...]:
    months: list[tuple[date, float, float]] = []
    first = date_from.replace(day=1)
    while first <= date_to:
        following = (first + timedelta(days=32)).replace(day=1)
        lo = max(_local_midnight(first, zone), start)
        hi = min(_local_midnight(following, zone), end)
        months.append((first, _epoch(lo), _epoch(hi)))
        first = following
    return tuple(months)


def _check(date_from: date, date_to: date, category: str | None) -> None:
    errors: dict[str, str] = {}
    if date_to < date_from:
        errors[_("Period")] = _(
            "the period ends ({to}) before it starts ({start})",
            to=date_to.isoformat(),
            start=date_from.isoformat(),
        )
    elif (date_to.year - date_from.year) * 12 + date_to.month - date_from.month >= MAX_MONTHS:
        errors[_("Period")] = _("at most {n} years", n=MAX_MONTHS // 12)
    if category is not None and category not in CATEGORY_VALUES:
        errors[_("Category")] = _("one of {list}", list=", ".join(CATEGORY_VALUES))
    if errors:
        raise ValidationError(errors)


def _selected_equipment(
    session: Session, tags: Sequence[str] | None, category: str | None
) -> list[Equipment]:
    stmt = select(Equipment).order_by(Equipment.asset_tag)
    if tags is not None:
        wanted = {t.strip() for t in tags if t.strip()}
        stmt = stmt.where(Equipment.asset_tag.in_(wanted))
    if category is not None:
        stmt = stmt.where(Equipment.category == category)
    found = list(session.scalars(stmt))
    if tags is not None:
        unknown = sorted(wanted - {e.asset_tag for e in found})
        if unknown and category is None:
            raise NotFound(_("There is no equipment {tags}.", tags=", ".join(unknown)))
        if unknown:
            raise ValidationError(
                _(
                    "{tags} is not equipment of the category {category}.",
                    tags=", ".join(unknown),
                    category=category,
                ),
                field=_("Equipment"),
            )
    return found


# --------------------------------------------------------------------------- downtime


def merge_intervals(intervals: Sequence[Interval]) -> list[Interval]:
    """Overlapping or touching intervals joined, in order (downtime is not counted twice)."""
    merged: list[Interval] = []
    for lo, hi in sorted(intervals):
        if merged and lo <= merged[-1][1]:
            if hi > merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


def overlap_seconds(a: Sequence[Interval], b: Sequence[Interval]) -> float:
    """Seconds two sorted lists of disjoint intervals have in common."""
    total = timedelta(0)
    i = j = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo < hi:
            total += hi - lo
        if a[i][1] <= b[j][1]:
            i += 1
        else:
            j += 1
    return total.total_seconds()


def _downtime(
    session: Session, ids: Sequence[int] | None, start: datetime, end: datetime, now: datetime
) -> dict[int, list[Interval]]:
    """Maintenance records (any kind; open ones until now) and planned maintenance windows
    that are not cancelled, clipped to [start, end) and merged per equipment."""
    until = min(end, now)
    found: dict[int, list[Interval]] = {}
    records = select(
        MaintenanceRecord.equipment_id, MaintenanceRecord.started_at, MaintenanceRecord.ended_at
    ).where(
        MaintenanceRecord.started_at < _stamp(until),
        or_(MaintenanceRecord.ended_at.is_(None), MaintenanceRecord.ended_at > _stamp(start)),
    )
    windows = select(
        MaintenanceWindow.equipment_id, MaintenanceWindow.starts_at, MaintenanceWindow.ends_at
    ).where(
        MaintenanceWindow.cancelled_at.is_(None),
        MaintenanceWindow.starts_at < _stamp(until),
        MaintenanceWindow.ends_at > _stamp(start),
    )
    if ids is not None:
        records = records.where(MaintenanceRecord.equipment_id.in_(ids))
        windows = windows.where(MaintenanceWindow.equipment_id.in_(ids))
    for stmt in (records, windows):
        for equipment_id, lo, hi in session.execute(stmt):
            lo, hi = max(lo, start), min(hi or now, until)
            if lo < hi:
                found.setdefault(equipment_id, []).append((lo, hi))
    return {key: merge_intervals(value) for key, value in found.items()}


# --------------------------------------------------------------------------- the report


def usage_figures(
    session: Session,
    actor: Actor | None,
    date_from: date,
    date_to: date,
    *,
    equipment_tags: Sequence[str] | None = None,
    category: str | None = None,
    now: datetime | None = None,
) -> UsageFigures:
    """The usage report's figures for the local dates [date_from, date_to] (both included) of
    the equipment with these asset tags and/or of this category (all equipment when neither;
    retired equipment only where it has something in the period)."""
    require(actor, Permission.VIEW_USAGE_REPORTS)
    _check(date_from, date_to, category)
    dialect = session.get_bind().dialect.name
    zone = lab_zone(session)
    now = (now or utcnow()).astimezone(UTC)
    start, end = period_bounds(date_from, date_to, zone)
    period = _Period(start, end, now, _months(date_from, date_to, zone, start, end))
    chosen = _selected_equipment(session, equipment_tags, category)
    selected = equipment_tags is not None or category is not None
    ids = [e.id for e in chosen] if selected else None
    p0, p1 = _epoch(start), _epoch(end)

    rows = _session_rows(ids, period, dialect)
    clipped = _clipped(rows.c.s, rows.c.e, p0, p1, dialect)
    full = rows.c.e - rows.c.s
    energy = case(
        (
            rows.c.running.is_(False),
            case(
                (full > 0, cast(rows.c.energy_kwh, Float) * clipped / full),
                else_=cast(rows.c.energy_kwh, Float),
            ),
        ),
        else_=cast(Equipment.nominal_power_kw, Float) * clipped / literal(3600.0),
    )
    per_equipment = {
        row.equipment_id: row
        for row in session.execute(
            select(
                rows.c.equipment_id,
                func.count().label("sessions"),
                func.coalesce(func.sum(cast(rows.c.running, Integer)), 0).label("running"),
                func.coalesce(func.sum(clipped), 0.0).label("seconds"),
                func.sum(energy).label("energy"),
                *_month_columns(rows.c.s, rows.c.e, period, dialect),
            )
            .join(Equipment, Equipment.id == rows.c.equipment_id)
            .group_by(rows.c.equipment_id)
        )
    }
    bookings = _booking_figures(session, ids, period, dialect)
    downtime = _downtime(session, ids, start, end, now)
    opening = merge_intervals(opening_intervals(session, start, min(end, now), zone))
    opening_seconds = sum(((hi - lo).total_seconds() for lo, hi in opening), 0.0)

    equipment: list[EquipmentUsage] = []
    months_used = [0.0] * len(period.months)
    months_booked = [0.0] * len(period.months)
    for item in chosen:
        used = per_equipment.get(item.id)
        booked = bookings.get(item.id)
        down = downtime.get(item.id, [])
        lost = overlap_seconds(down, opening)
        if item.status == EquipmentStatus.RETIRED and used is None and booked is None:
            continue
        if used is not None:
            for n in range(len(period.months)):
                months_used[n] += _num(used._mapping[f"m{n}"])
        if booked is not None:
            for n in range(len(period.months)):
                months_booked[n] += _num(booked._mapping[f"m{n}"])
        energy_value = used.energy if used is not None else None
        equipment.append(
            EquipmentUsage(
                equipment_id=item.id,
                asset_tag=item.asset_tag,
                name=item.name,
                category=item.category,
                status=item.status,
                booked_hours=_num(booked.seconds if booked else 0) / 3600,
                used_hours=_num(used.seconds if used else 0) / 3600,
                opening_hours=opening_seconds / 3600,
                downtime_hours=lost / 3600,
                downtime_total_hours=sum((hi - lo).total_seconds() for lo, hi in down) / 3600,
                available_hours=(opening_seconds - lost) / 3600,
                sessions=int(used.sessions) if used else 0,
                running_sessions=int(used.running) if used else 0,
                no_shows=int(booked.no_shows) if booked else 0,
                energy_kwh=(
                    float(energy_value)
                    if energy_value is not None
                    else (0.0 if item.nominal_power_kw is not None else None)
                ),
                hourly_rate=item.hourly_rate,
                currency=item.currency,
            )
        )
    kept = [e.equipment_id for e in equipment]
    companies = _company_figures(session, rows, clipped, kept)
    operators = _operator_figures(session, rows, clipped, kept)
    months = tuple(
        MonthUsage(first, used / 3600, booked / 3600)
        for (first, _lo, _hi), used, booked in zip(
            period.months, months_used, months_booked, strict=True
        )
    )
    return UsageFigures(
        date_from=date_from,
        date_to=date_to,
        time_zone=zone.key,
        start=start,
        end=end,
        computed_at=now,
        equipment_tags=tuple(equipment_tags) if equipment_tags is not None else None,
        category=category,
        equipment=tuple(equipment),
        companies=companies,
        operators=operators,
        months=months,
        totals=_totals(equipment, companies),
    )


def _booking_figures(
    session: Session, ids: Sequence[int] | None, period: _Period, dialect: str
) -> dict[int, Row[Any]]:
    p0, p1 = _epoch(period.start), _epoch(period.end)
    s = epoch_seconds(Booking.starts_at, dialect)
    e = epoch_seconds(Booking.ends_at, dialect)
    counted = Booking.status.in_((BookingStatus.CONFIRMED.value, BookingStatus.COMPLETED.value))
    hours = case((counted, _clipped(s, e, p0, p1, dialect)), else_=literal(0.0))
    months = [
        func.coalesce(
            func.sum(
                case(
                    (
                        and_(counted, s < literal(hi), e > literal(lo)),
                        _clipped(s, e, lo, hi, dialect),
                    ),
                    else_=literal(0.0),
                )
            ),
            0.0,
        ).label(f"m{n}")
        for n, (_first, lo, hi) in enumerate(period.months)
    ]
    stmt = (
        select(
            Booking.equipment_id,
            func.coalesce(func.sum(hours), 0.0).label("seconds"),
            func.coalesce(
                func.sum(case((Booking.status == BookingStatus.NO_SHOW.value, 1), else_=0)), 0
            ).label("no_shows"),
            *months,
        )
        .where(
            Booking.starts_at < _stamp(period.end),
            Booking.ends_at > _stamp(period.start),
            Booking.status.in_(
                (
                    BookingStatus.CONFIRMED.value,
                    BookingStatus.COMPLETED.value,
                    BookingStatus.NO_SHOW.value,
                )
            ),
        )
        .group_by(Booking.equipment_id)
    )
    if ids is not None:
        stmt = stmt.where(Booking.equipment_id.in_(ids))
    return {row.equipment_id: row for row in session.execute(stmt)}


def _company_figures(
    session: Session, rows: Subquery, clipped: ColumnElement[float], kept: Sequence[int]
) -> tuple[CompanyUsage, ...]:
    rate = cast(Equipment.hourly_rate, Float)
    cost_columns = [
        func.coalesce(
            func.sum(
                case(
                    (
                        and_(Equipment.currency == currency, Equipment.hourly_rate.is_not(None)),
                        clipped * rate / literal(3600.0),
                    ),
                    else_=literal(0.0),
                )
            ),
            0.0,
        ).label(f"cost_{currency}")
        for currency in EQUIPMENT_CURRENCIES
    ]
    stmt = (
        select(
            Job.company_id,
            Company.name,
            func.coalesce(func.sum(clipped), 0.0).label("seconds"),
            func.count(distinct(rows.c.job_id)).label("jobs"),
            func.coalesce(
                func.sum(case((Equipment.hourly_rate.is_(None), clipped), else_=literal(0.0))),
                0.0,
            ).label("unpriced"),
            *cost_columns,
        )
        .select_from(rows)
        .join(Equipment, Equipment.id == rows.c.equipment_id)
        .outerjoin(Job, Job.id == rows.c.job_id)
        .outerjoin(Company, Company.id == Job.company_id)
        .where(rows.c.equipment_id.in_(kept))
        .group_by(Job.company_id, Company.name)
    )
    result = []
    for row in session.execute(stmt):
        costs = tuple(
            (
                currency,
                Decimal(str(_num(row._mapping[f"cost_{currency}"]))).quantize(CENT, ROUND_HALF_UP),
            )
            for currency in EQUIPMENT_CURRENCIES
            if _num(row._mapping[f"cost_{currency}"]) > 0
        )
        result.append(
            CompanyUsage(
                company_id=row.company_id,
                name=row.name if row.company_id is not None else _("Not linked to a job"),
                hours=_num(row.seconds) / 3600,
                jobs=int(row.jobs),
                costs=costs,
                unpriced_hours=_num(row.unpriced) / 3600,
            )
        )
    # Companies by hours, largest first; the internal (unlinked) hours last.
    result.sort(key=lambda c: (c.company_id is None, -c.hours, c.name))
    return tuple(result)


def _operator_figures(
    session: Session, rows: Subquery, clipped: ColumnElement[float], kept: Sequence[int]
) -> tuple[OperatorUsage, ...]:
    stmt = (
        select(
            rows.c.operator_id,
            User.full_name,
            func.coalesce(func.sum(clipped), 0.0).label("seconds"),
            func.count().label("sessions"),
        )
        .select_from(rows)
        .join(User, User.id == rows.c.operator_id)
        .where(rows.c.equipment_id.in_(kept))
        .group_by(rows.c.operator_id, User.full_name)
    )
    result = [
        OperatorUsage(row.operator_id, row.full_name, _num(row.seconds) / 3600, int(row.sessions))
        for row in session.execute(stmt)
    ]
    result.sort(key=lambda o: (-o.hours, o.name))
    return tuple(result)


def _sum_costs(
    groups: Sequence[tuple[tuple[str, Decimal], ...]],
) -> tuple[tuple[str, Decimal], ...]:
    totals: dict[str, Decimal] = {}
    for costs in groups:
        for currency, amount in costs:
            totals[currency] = totals.get(currency, Decimal("0.00")) + amount
    return tuple((c, totals[c]) for c in EQUIPMENT_CURRENCIES if c in totals)


def _totals(equipment: Sequence[EquipmentUsage], companies: Sequence[CompanyUsage]) -> UsageTotals:
    energies = [e.energy_kwh for e in equipment if e.energy_kwh is not None]
    return UsageTotals(
        booked_hours=sum(e.booked_hours for e in equipment),
        used_hours=sum(e.used_hours for e in equipment),
        opening_hours=sum(e.opening_hours for e in equipment),
        available_hours=sum(e.available_hours for e in equipment),
        downtime_hours=sum(e.downtime_hours for e in equipment),
        downtime_total_hours=sum(e.downtime_total_hours for e in equipment),
        sessions=sum(e.sessions for e in equipment),
        running_sessions=sum(e.running_sessions for e in equipment),
        no_shows=sum(e.no_shows for e in equipment),
        energy_kwh=sum(energies) if energies else None,
        costs=_sum_costs([c.costs for c in companies]),
    )


def usage_report_pdf(
    session: Session,
    actor: Actor | None,
    date_from: date,
    date_to: date,
    *,
    equipment_tags: Sequence[str] | None = None,
    category: str | None = None,
    lang: str = "en",
    now: datetime | None = None,
) -> tuple[UsageFigures, bytes]:
    """The figures and the PDF made from them (not archived: it can be made again any time)."""
    from itc_desktop.reports.usage_report import render_usage_report
    from itc_desktop.services.settings import get_center

    figures = usage_figures(
        session,
        actor,
        date_from,
        date_to,
        equipment_tags=equipment_tags,
        category=category,
        now=now,
    )
    return figures, render_usage_report(figures, get_center(session), lang)
