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
    CTE,
    ColumnElement,
    Float,
    Integer,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import KeyedColumnElement

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.base import OffIndex, UTCDateTime, utcnow
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
    seconds come from strftime('%s') of the whole seconds and the microseconds from the
    stored text ('YYYY-MM-DD HH:MM:SS.ffffff', SQLAlchemy's SQLite format). Given the
    fraction too, strftime rounds it to milliseconds first: .9995 s and more became the next
    second, one second too many. PostgreSQL: EXTRACT(EPOCH)."""
    if dialect == "sqlite":
        return cast(func.strftime("%s", func.substr(value, 1, 19)), Integer) + cast(
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


def _session_rows(session_ids: Sequence[int] | None, period: _Period, dialect: str) -> CTE:
    """One row per session overlapping the period with its start and effective end in epoch
    seconds (a running session ends now).

    Three disjoint parts, each a range of an index (revision 0008) rather than a scan of the
    history: the sessions that start in the period (ix_usage_sessions_period, read from the
    index alone), those started before it and stopped after its start
    (ix_usage_sessions_stopped_at_started_at), and the running ones started before it (the
    partial index of running sessions). Used twice in one statement, the CTE is computed
    once (SQLite and PostgreSQL materialize a CTE referenced more than once)."""
    now_epoch = _epoch(period.now)
    start, end = _stamp(period.start), _stamp(period.end)
    counts_running = period.now > period.start  # a running session has reached the period
    # Labels, not the mapped columns: a CTE copies a column's foreign keys (a few ms of
    # Python on every call); a label is a plain expression.
    columns = (
        UsageSession.equipment_id.label("equipment_id"),
        UsageSession.operator_id.label("operator_id"),
        UsageSession.job_id.label("job_id"),
        UsageSession.energy_kwh.label("energy_kwh"),
        UsageSession.stopped_at.is_(None).label("running"),
        epoch_seconds(UsageSession.started_at, dialect).label("s"),
        case(
            (UsageSession.stopped_at.is_(None), literal(now_epoch)),
            else_=epoch_seconds(UsageSession.stopped_at, dialect),
        ).label("e"),
    )
    stopped = OffIndex(UsageSession.stopped_at)
    before_start = OffIndex(UsageSession.started_at) < start
    parts: list[ColumnElement[bool]] = [
        and_(
            UsageSession.started_at >= start,
            UsageSession.started_at < end,
            or_(stopped > start, stopped.is_(None)) if counts_running else stopped > start,
        ),
        and_(before_start, UsageSession.stopped_at > start),
    ]
    if counts_running:
        parts.append(and_(before_start, UsageSession.stopped_at.is_(None)))
    if session_ids is not None:
        # Not through an equipment index for the second part: one machine's whole history
        # against the few sessions stopping after the start.
        parts[0] = and_(parts[0], UsageSession.equipment_id.in_(session_ids))
        parts[1] = and_(parts[1], OffIndex(UsageSession.equipment_id).in_(session_ids))
        parts[2:] = [and_(part, UsageSession.equipment_id.in_(session_ids)) for part in parts[2:]]
    return union_all(*(select(*columns).where(part) for part in parts)).cte("s")


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

    used_by, companies, operators = _session_figures(session, ids, period, dialect)
    bookings = _booking_figures(session, [e.id for e in chosen], selected, period, dialect)
    downtime = _downtime(session, ids, start, end, now)
    opening = merge_intervals(opening_intervals(session, start, min(end, now), zone))
    opening_seconds = sum(((hi - lo).total_seconds() for lo, hi in opening), 0.0)

    equipment: list[EquipmentUsage] = []
    months_used = [0.0] * len(period.months)
    months_booked = [0.0] * len(period.months)
    for item in chosen:
        used = used_by.get(item.id)
        booked = bookings.get(item.id)
        down = downtime.get(item.id, [])
        lost = overlap_seconds(down, opening)
        if item.status == EquipmentStatus.RETIRED and used is None and booked is None:
            continue
        if used is not None:
            for n, value in enumerate(used.months):
                months_used[n] += value
        if booked is not None:
            for n in range(len(period.months)):
                months_booked[n] += _num(booked._mapping[f"m{n}"])
        energy_value = used.energy(item.nominal_power_kw) if used is not None else None
        equipment.append(
            EquipmentUsage(
                equipment_id=item.id,
                asset_tag=item.asset_tag,
                name=item.name,
                category=item.category,
                status=item.status,
                booked_hours=_num(booked.seconds if booked else 0) / 3600,
                used_hours=(used.seconds if used else 0.0) / 3600,
                opening_hours=opening_seconds / 3600,
                downtime_hours=lost / 3600,
                downtime_total_hours=sum((hi - lo).total_seconds() for lo, hi in down) / 3600,
                available_hours=(opening_seconds - lost) / 3600,
                sessions=used.sessions if used else 0,
                running_sessions=used.running if used else 0,
                no_shows=int(booked.no_shows) if booked else 0,
                energy_kwh=(
                    energy_value
                    if energy_value is not None
                    else (0.0 if item.nominal_power_kw is not None else None)
                ),
                hourly_rate=item.hourly_rate,
                currency=item.currency,
            )
        )
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


@dataclass
class _Used:
    """One equipment's sessions in the period."""

    sessions: int
    running: int
    seconds: float  # inside the period
    recorded_energy: float | None  # stopped sessions: their energy, the part inside
    running_seconds: float  # running sessions: inside the period, up to now
    months: list[float]  # seconds per month of the period

    def energy(self, nominal_power_kw: Decimal | None) -> float | None:
        """Recorded energy plus the running sessions' estimate from the nominal power; None
        when neither is known."""
        if not self.running or nominal_power_kw is None:
            return self.recorded_energy
        estimate = float(nominal_power_kw) * self.running_seconds / 3600.0
        return estimate if self.recorded_energy is None else self.recorded_energy + estimate


# The kinds of row of the one statement of _session_figures.
_KIND_EQUIPMENT, _KIND_COMPANY, _KIND_OPERATOR = 0, 1, 2


def _session_figures(
    session: Session, ids: Sequence[int] | None, period: _Period, dialect: str
) -> tuple[dict[int, _Used], tuple[CompanyUsage, ...], tuple[OperatorUsage, ...]]:
    """The period's sessions read once and grouped three ways in one statement: per
    equipment (with the months), per company (through the session's job; costs per currency
    from each machine's rate) and per operator. A few hundred rows come back: grouping per
    equipment × job (tens of thousands of groups in a busy year) and summing those in Python
    cost more than the database's own work.

    Every equipment that has a session in the period is in the report (only retired
    equipment with nothing in the period is left out), so the company and operator sums need
    no second look at the selection."""
    rows = _session_rows(ids, period, dialect)
    p0, p1 = _epoch(period.start), _epoch(period.end)
    clipped = _clipped(rows.c.s, rows.c.e, p0, p1, dialect)
    full = rows.c.e - rows.c.s
    recorded = case(
        (
            rows.c.running.is_(False),
            case(
                (full > 0, cast(rows.c.energy_kwh, Float) * clipped / full),
                else_=cast(rows.c.energy_kwh, Float),
            ),
        ),
        else_=null(),
    )
    months = _month_columns(rows.c.s, rows.c.e, period, dialect)
    rate = cast(Equipment.hourly_rate, Float)
    costs = [
        func.coalesce(
            func.sum(
                case(
                    (and_(Equipment.currency == currency, rate.is_not(None)), clipped * rate),
                    else_=literal(0.0),
                )
            ),
            0.0,
        )
        for currency in EQUIPMENT_CURRENCIES
    ]
    # One column layout for the three kinds: kind, key, name, count, seconds, three kind
    # figures, then the months (equipment) or the costs per currency (companies).
    width = max(len(months), len(costs))
    no_float, no_int, no_text = cast(null(), Float), cast(null(), Integer), cast(null(), String)

    def padded(values: Sequence[ColumnElement[Any]]) -> list[ColumnElement[Any]]:
        return [*values, *(no_float for _ in range(width - len(values)))]

    per_equipment = select(
        literal(_KIND_EQUIPMENT).label("kind"),
        rows.c.equipment_id.label("key"),
        no_text.label("name"),
        func.count().label("n"),
        func.coalesce(func.sum(clipped), 0.0).label("seconds"),
        func.coalesce(func.sum(cast(rows.c.running, Integer)), 0).label("a"),
        func.sum(recorded).label("b"),
        func.coalesce(
            func.sum(case((rows.c.running.is_(False), literal(0.0)), else_=clipped)), 0.0
        ).label("c"),
        *padded(months),
    ).group_by(rows.c.equipment_id)
    # The names are joined to the few groups, not to every session.
    companies_grouped = (
        select(
            Job.company_id.label("company_id"),
            func.count(rows.c.job_id.distinct()).label("jobs"),
            func.coalesce(func.sum(clipped), 0.0).label("seconds"),
            func.coalesce(func.sum(case((rate.is_(None), clipped), else_=literal(0.0))), 0.0).label(
                "unpriced"
            ),
            *(cost.label(f"c{n}") for n, cost in enumerate(costs)),
        )
        .select_from(rows)
        .join(Equipment, Equipment.id == rows.c.equipment_id)
        .outerjoin(Job, Job.id == rows.c.job_id)
        .group_by(Job.company_id)
        .subquery("c")
    )
    per_company = select(
        literal(_KIND_COMPANY),
        companies_grouped.c.company_id,
        Company.name,
        companies_grouped.c.jobs,
        companies_grouped.c.seconds,
        companies_grouped.c.unpriced,
        no_float,
        no_float,
        *padded([companies_grouped.c[f"c{n}"] for n in range(len(costs))]),
    ).outerjoin_from(companies_grouped, Company, Company.id == companies_grouped.c.company_id)
    operators_grouped = (
        select(
            rows.c.operator_id.label("operator_id"),
            func.count().label("n"),
            func.coalesce(func.sum(clipped), 0.0).label("seconds"),
        )
        .group_by(rows.c.operator_id)
        .subquery("o")
    )
    per_operator = select(
        literal(_KIND_OPERATOR),
        operators_grouped.c.operator_id,
        User.full_name,
        operators_grouped.c.n,
        operators_grouped.c.seconds,
        no_int,
        no_float,
        no_float,
        *padded([]),
    ).join_from(operators_grouped, User, User.id == operators_grouped.c.operator_id)
    used: dict[int, _Used] = {}
    companies: list[CompanyUsage] = []
    operators: list[OperatorUsage] = []
    for row in session.execute(union_all(per_equipment, per_company, per_operator)):
        kind, key, name, count, seconds, a, b, c = row[:8]
        if kind == _KIND_EQUIPMENT:
            used[key] = _Used(
                int(count), int(a), _num(seconds), None if b is None else float(b), _num(c),
                [_num(value) for value in row[8 : 8 + len(months)]],
            )  # fmt: skip
        elif kind == _KIND_COMPANY:
            amounts = dict(zip(EQUIPMENT_CURRENCIES, row[8 : 8 + len(costs)], strict=True))
            companies.append(
                CompanyUsage(
                    company_id=key,
                    name=(name or "") if key is not None else _("Not linked to a job"),
                    hours=_num(seconds) / 3600,
                    jobs=int(count),
                    costs=tuple(
                        (currency, _cents(_num(amount) / 3600))
                        for currency, amount in amounts.items()
                        if _num(amount) > 0
                    ),
                    unpriced_hours=_num(a) / 3600,
                )
            )
        else:
            operators.append(OperatorUsage(key, name, _num(seconds) / 3600, int(count)))
    # Companies by hours, largest first, the internal (unlinked) hours last; operators by
    # hours.
    companies.sort(key=lambda u: (u.company_id is None, -u.hours, u.name))
    operators.sort(key=lambda o: (-o.hours, o.name))
    return used, tuple(companies), tuple(operators)


def _cents(amount: float) -> Decimal:
    return Decimal(str(amount)).quantize(CENT, ROUND_HALF_UP)


def _booking_figures(
    session: Session, ids: Sequence[int], selected: bool, period: _Period, dialect: str
) -> dict[int, Row[Any]]:
    """Booked hours (confirmed and completed), no-shows and hours per month per equipment.
    As for the sessions, the bookings starting in the period (ix_bookings_starts_at, or the
    (equipment_id, starts_at) index for a selection) and those started before it that end
    inside or after it ((equipment_id, ends_at, starts_at)) are two ranges, not a scan of
    the history; their epoch seconds are computed once per booking."""
    p0, p1 = _epoch(period.start), _epoch(period.end)
    start, end = _stamp(period.start), _stamp(period.end)
    statuses = (
        BookingStatus.CONFIRMED.value,
        BookingStatus.COMPLETED.value,
        BookingStatus.NO_SHOW.value,
    )
    columns = (
        Booking.equipment_id,
        Booking.status,
        epoch_seconds(Booking.starts_at, dialect).label("s"),
        epoch_seconds(Booking.ends_at, dialect).label("e"),
    )
    starting = select(*columns).where(
        Booking.starts_at >= start,
        Booking.starts_at < end,
        OffIndex(Booking.ends_at) > start,
        Booking.status.in_(statuses),
    )
    if selected:
        starting = starting.where(Booking.equipment_id.in_(ids))
    running_in = select(*columns).where(
        Booking.equipment_id.in_(ids),
        OffIndex(Booking.starts_at) < start,
        Booking.ends_at > start,
        Booking.status.in_(statuses),
    )
    rows = union_all(starting, running_in).subquery("b")
    s, e = rows.c.s, rows.c.e
    counted = rows.c.status.in_((BookingStatus.CONFIRMED.value, BookingStatus.COMPLETED.value))
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
    stmt = select(
        rows.c.equipment_id,
        func.coalesce(func.sum(hours), 0.0).label("seconds"),
        func.coalesce(
            func.sum(case((rows.c.status == BookingStatus.NO_SHOW.value, 1), else_=0)), 0
        ).label("no_shows"),
        *months,
    ).group_by(rows.c.equipment_id)
    return {row.equipment_id: row for row in session.execute(stmt)}


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
