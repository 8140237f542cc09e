"""Demo companies and jobs: eight SMEs from both sides of the Hungarian–Serbian border with
their contacts, and 25 jobs in every state of the workflow with their timeline (public notes
too), plans on the demo equipment, items received, materials, and the demo usage sessions
booked to their steps.

Everything goes through the services (permissions, validation, audit trail); only the
timestamps of past events are set back afterwards, so the timeline reads like real weeks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.models.base import utcnow
from itc_desktop.models.equipment import Equipment, UsageSession
from itc_desktop.models.jobs import Job, JobEvent
from itc_desktop.services import companies as company_service
from itc_desktop.services import job_costs as cost_service
from itc_desktop.services import job_steps as step_service
from itc_desktop.services import job_workflow as workflow
from itc_desktop.services import jobs as job_service
from itc_desktop.services import specimens as specimen_service
from itc_desktop.services.companies import CompanyInput, ContactInput
from itc_desktop.services.equipment_settings import lab_zone, local_date
from itc_desktop.services.job_costs import MaterialCostInput
from itc_desktop.services.job_steps import StepInput
from itc_desktop.services.jobs import JobInput
from itc_desktop.services.specimens import SpecimenInput
from itc_desktop.services.users import hash_password

if TYPE_CHECKING:
    from itc_desktop.demo import DemoContext

# name, country, tax number (valid by the real rules, invented bases), registration number,
# address, currency, NDA signed days ago (None: no NDA), contacts (name, e-mail, phone, role)
_COMPANIES: tuple[
    tuple[str, str, str, str, str, str, int | None, tuple[tuple[str, str, str, str], ...]],
    ...,
] = (
    ("Kőszegi Fémmegmunkáló Kft.", "HU", "23145717-2-06", "06-09-021457",
     "Budapesti út 41, 6728 Szeged", "HUF", 400,
     (("Kőszegi Ödön", "odon.koszegi@koszegi-fem.hu", "+36 62 555 0141", "ügyvezető"),
      ("Szűts Réka", "reka.szuts@koszegi-fem.hu", "+36 30 412 7781", "minőségügy"))),
    ("Szűcs és Társa Precíziós Gépgyártó Kft.", "HU", "14587935-2-03", "03-09-114879",
     "Izsáki út 12, 6000 Kecskemét", "EUR", 210,
     (("Szűcs Győző", "gyozo.szucs@szucs-precizio.hu", "+36 76 500 120", "owner"),
      ("Bíró Anikó", "aniko.biro@szucs-precizio.hu", "+36 20 333 1209", "purchasing"))),
    ("Hódmezővásárhelyi Öntöde Zrt.", "HU", "11394268-2-06", "06-10-000321",
     "Szántó Kovács János u. 80, 6800 Hódmezővásárhely", "HUF", None,
     (("Fülöp Ernő", "erno.fulop@hmvh-ontode.hu", "+36 62 245 600", "technical director"),)),
    ("Győrffy Hegesztéstechnika Bt.", "HU", "25873102-2-08", "08-06-009871",
     "Ipari park 3, 9027 Győr", "EUR", 35,
     (("Győrffy Lőrinc", "lorinc@gyorffy-heg.hu", "+36 96 510 700", "welding engineer"),
      ("Tőkés Bernadett", "bernadett.tokes@gyorffy-heg.hu", "", "office"))),
    ("Čelik Subotica d.o.o.", "RS", "101727341", "20735921",
     "Segedinski put 90, 24000 Subotica", "RSD", 120,
     (("Zoran Čolić", "zoran.colic@celik-su.rs", "+381 24 555 210", "direktor"),
      ("Ivana Tomić", "ivana.tomic@celik-su.rs", "+381 63 882 1144", "kvalitet"))),
    ("Kovačević & Šušnjar Precizna Mehanika d.o.o.", "RS", "105441022", "21045118",
     "Industrijska 14, 21000 Novi Sad", "EUR", 60,
     (("Nikola Kovačević", "nikola@ks-mehanika.rs", "+381 21 477 300", "vlasnik"),
      ("Jelena Šušnjar", "jelena@ks-mehanika.rs", "+381 64 120 5566", "konstrukcija"))),
    ("Đurđević Žica i Opruge d.o.o.", "RS", "108392656", "17529304",
     "Bagljaš zapad 5, 23000 Zrenjanin", "RSD", None,
     (("Đorđe Đurđević", "djordje@djurdjevic-zica.rs", "+381 23 530 010", "direktor"),)),
    ("Металопрерада Јовановић д.о.о.", "RS", "110943878", "21677012",
     "Војвођанска 33, 23300 Кикинда", "RSD", 15,
     (("Милица Јовановић", "milica@metaloprerada-jovanovic.rs", "+381 230 401 500", "власник"),
      ("Душан Пекић", "dusan.pekic@metaloprerada-jovanovic.rs", "", "производња"))),
)  # fmt: skip

# The plans: step description, asset tag (None: no machine), planned hours.
_PLANS: dict[str, tuple[tuple[str, str | None, str], ...]] = {
    "bracket": (
        ("Laser cutting of blanks", "ITC-0003", "1.5"),
        ("Bending on the press brake", "ITC-0004", "2"),
        ("TIG welding of the stiffeners", "ITC-0005", "3"),
        ("Dimensional inspection on the CMM", "ITC-0010", "1.5"),
    ),
    "tensile": (
        ("Chemical analysis (OES)", "ITC-0011", "0.5"),
        ("Turning tensile specimens B10×50", "ITC-0001", "3"),
        ("Tensile tests ISO 6892-1 B", "ITC-0007", "2"),
    ),
    "charpy": (
        ("Milling Charpy V specimens 10×10×55", "ITC-0002", "2.5"),
        ("Charpy tests at −20 °C, KV2", "ITC-0009", "1.5"),
    ),
    "hardness": (
        ("Hardening and tempering", "ITC-0012", "6"),
        ("Vickers hardness survey HV 10", "ITC-0008", "2"),
    ),
    "printed": (
        ("SLM build, 316L", "ITC-0013", "14"),
        ("Stress relief 650 °C", "ITC-0012", "4"),
        ("First-article inspection", "ITC-0010", "2"),
    ),
    "milled": (
        ("5-axis milling of the housing", "ITC-0002", "8"),
        ("Turning of the shaft", "ITC-0001", "3"),
        ("Inspection report", "ITC-0010", "1.5"),
    ),
    "weld": (
        ("Test coupons MAG welded (ISO 15614-1)", None, "4"),
        ("Transverse tensile tests", "ITC-0007", "1.5"),
        ("Macro and hardness HV 10", "ITC-0008", "2"),
    ),
}


@dataclass(frozen=True)
class _Job:
    company: int  # index into _COMPANIES
    title: str
    plan: str
    material: str
    quantity: int
    final: str  # the status the job has reached; on_hold/cancelled: see `before`
    requested_days_ago: int
    due: str  # "+N"/"-N" days from today, "week" (end of this week) or "" (none)
    priority: str
    technician: str
    quote: str
    currency: str = ""  # empty: the company's default
    before: str = ""  # on_hold: the state it left; cancelled: the state it was cancelled in


_JOBS: tuple[_Job, ...] = (
    _Job(3, "Tensile tests of S355J2 welded joints", "weld", "S355J2+N, 12 mm", 6,
         "delivered", 150, "-110", "normal", "jovana", "980"),
    _Job(0, "Laser-cut and welded bracket prototypes", "bracket", "S235JR sheet 3 mm", 4,
         "delivered", 130, "-95", "normal", "gergo", "420000"),
    _Job(5, "Housing and shaft, first article", "milled", "EN AW-6082 T6 / 42CrMo4", 2,
         "delivered", 110, "-70", "high", "technician", "1850"),
    _Job(4, "Hardness after quench and temper, flanges", "hardness", "C45E", 10,
         "delivered", 80, "-50", "normal", "milos", "38000"),
    _Job(6, "Tensile tests of spring wire", "tensile", "EN 10270-1 SH Ø4", 5,
         "cancelled", 75, "-40", "low", "jovana", "520", before="quoted"),
    _Job(1, "Charpy tests of a pressure-vessel plate", "charpy", "P355NL1, 20 mm", 9,
         "completed", 60, "-1", "high", "technician", "760"),
    _Job(7, "Printed manifold block, 316L", "printed", "316L powder", 1,
         "completed", 55, "+3", "normal", "milos", "2400", currency="EUR"),
    _Job(2, "Casting qualification: tensile and analysis", "tensile", "EN-GJS-400-15", 3,
         "testing", 45, "week", "urgent", "jovana", "310000"),
    _Job(5, "Weld procedure test for a crane beam", "weld", "S460MC, 8 mm", 4,
         "testing", 40, "+6", "high", "gergo", "1340"),
    _Job(0, "Bracket series with inspection report", "bracket", "S355MC sheet 4 mm", 12,
         "in_progress", 35, "-3", "urgent", "gergo", "690000"),
    _Job(3, "Milled adapter plate and shaft", "milled", "42CrMo4 QT", 2,
         "in_progress", 30, "week", "normal", "technician", "1420"),
    _Job(4, "Charpy tests of a welded joint at −20 °C", "charpy", "S355J2 / G3Si1", 6,
         "in_progress", 25, "+9", "normal", "jovana", "54000"),
    _Job(7, "Hardness profile of induction-hardened pins", "hardness", "C45, Ø25", 8,
         "in_progress", 20, "+14", "low", "milos", "41000"),
    _Job(1, "Prototype gear housing", "milled", "EN-GJL-250", 1,
         "on_hold", 28, "+4", "normal", "gergo", "2150", before="in_progress"),
    _Job(6, "Wire tensile test series, 3 heats", "tensile", "EN 10270-1 DH Ø2.5", 9,
         "on_hold", 18, "+21", "low", "jovana", "87000", before="quoted"),
    _Job(2, "Heat-treatment trial of ductile iron", "hardness", "EN-GJS-500-7", 4,
         "approved", 16, "+12", "normal", "milos", "185000"),
    _Job(5, "Laser-cut lid prototypes", "bracket", "1.4301, 2 mm", 6,
         "approved", 12, "+16", "normal", "gergo", "980"),
    _Job(4, "Tensile tests of reinforcing bar", "tensile", "B500B Ø16", 6,
         "approved", 10, "+10", "high", "technician", "61000"),
    _Job(0, "Charpy tests of S355J2 plate, 3 heats", "charpy", "S355J2+N, 16 mm", 9,
         "quoted", 9, "week", "normal", "jovana", "295000"),
    _Job(3, "Printed bracket topology study", "printed", "316L powder", 3,
         "quoted", 8, "+25", "low", "milos", "3100"),
    _Job(7, "Hardness of welded frames", "weld", "S235JR", 3,
         "quoted", 7, "+20", "normal", "technician", "72000"),
    _Job(1, "Shaft and flange machining", "milled", "34CrNiMo6", 2,
         "quoted", 5, "+30", "normal", "gergo", "1675"),
    _Job(6, "Spring steel hardness check", "hardness", "51CrV4", 5,
         "received", 3, "+28", "normal", "", ""),
    _Job(2, "Tensile tests, new alloy batch", "tensile", "EN AC-AlSi7Mg0.3 T6", 6,
         "received", 2, "+35", "normal", "", ""),
    _Job(5, "Bracket redesign, welded version", "bracket", "S355MC, 3 mm", 10,
         "received", 1, "", "low", "", ""),
)  # fmt: skip

_FORWARD = ["received", "quoted", "approved", "in_progress", "testing", "completed", "delivered"]

# (status reached, internal note, public note the SME sees at the kiosk)
_NOTES: dict[str, tuple[str, str | None]] = {
    "quoted": ("Quote sent by e-mail.", "Our quote has been sent to you."),
    "approved": ("Order confirmation received.", "Thank you for your order; work is planned."),
    "in_progress": ("Material issued, first step started.", "Work on your parts has started."),
    "testing": ("Machining finished; specimens to the testing lab.", "Your parts are in testing."),
    "completed": ("Results reviewed; report being prepared.", "Work completed; report follows."),
    "delivered": ("Parts and report handed over.", "Delivered. Thank you!"),
    "on_hold": ("Waiting for a replacement tool holder.", "Paused: we are waiting for a part."),
    "cancelled": ("Customer withdrew the request (budget).", None),
}

# Known codes of three showcase jobs (by title), so the kiosk can be tried in demo mode.
DEMO_KIOSK_CODES: dict[str, str] = {
    "Bracket series with inspection report": "418093",
    "Casting qualification: tensile and analysis": "270561",
    "Tensile tests of S355J2 welded joints": "905318",
}


def demo_kiosk_codes(session: Session) -> dict[str, str]:
    """{reference: access code} of the showcase jobs of a demo database."""
    rows = session.execute(select(Job.title, Job.reference).where(Job.title.in_(DEMO_KIOSK_CODES)))
    return {reference: DEMO_KIOSK_CODES[title] for title, reference in rows}


def _as(ctx: DemoContext, username: str) -> Actor:
    actor = ctx.users[username]
    ctx.session.info["actor_id"], ctx.session.info["actor_name"] = actor.id, actor.username
    return actor


def _path(spec: _Job) -> list[str]:
    """The statuses the job went through after `received`, in order."""
    if spec.final == "on_hold":
        return [*_FORWARD[1 : _FORWARD.index(spec.before) + 1], "on_hold"]
    if spec.final == "cancelled":
        return [*_FORWARD[1 : _FORWARD.index(spec.before) + 1], "cancelled"]
    return _FORWARD[1 : _FORWARD.index(spec.final) + 1]


def _due(spec: _Job, today: date) -> date | None:
    if not spec.due:
        return None
    if spec.due == "week":
        return today + timedelta(days=6 - today.weekday())  # Sunday of this week
    return today + timedelta(days=int(spec.due))


def demo_companies_and_jobs(ctx: DemoContext) -> None:
    session = ctx.session
    manager = _as(ctx, "manager")
    now = utcnow()
    zone = lab_zone(session)
    today = local_date(session, now, zone)

    company_ids: list[int] = []
    for name, country, tax, reg, address, currency, nda_days, contacts in _COMPANIES:
        company_id = company_service.create_company(
            session,
            manager,
            CompanyInput(
                name=name,
                country=country,
                tax_number=tax,
                registration_number=reg,
                address=address,
                default_currency=currency,
                nda_signed=nda_days is not None,
                nda_date=None if nda_days is None else today - timedelta(days=nda_days),
            ),
        )
        for contact in contacts:
            company_service.add_contact(session, manager, company_id, ContactInput(*contact))
        company_ids.append(company_id)

    equipment = {
        tag: equipment_id
        for tag, equipment_id in session.execute(select(Equipment.asset_tag, Equipment.id))
    }
    for spec in sorted(_JOBS, key=lambda s: -s.requested_days_ago):
        _make_job(ctx, spec, company_ids, equipment, today, now, zone)
    _as(ctx, "admin")


def _make_job(
    ctx: DemoContext,
    spec: _Job,
    company_ids: list[int],
    equipment: dict[str, int],
    today: date,
    now: datetime,
    zone: ZoneInfo,
) -> None:
    session, rng = ctx.session, ctx.rng
    office = _as(ctx, rng.choice(("manager", "zsuzsa")))
    company_id = company_ids[spec.company]
    contacts = company_service.list_contacts(session, office, company_id)
    requested_on = today - timedelta(days=spec.requested_days_ago)
    created = job_service.create_job(
        session,
        office,
        JobInput(
            company_id=company_id,
            title=spec.title,
            contact_id=contacts[0].id if contacts else None,
            description=f"{spec.title}. Material: {spec.material}. Quantity: {spec.quantity}.",
            material=spec.material,
            quantity=spec.quantity,
            requested_on=requested_on,
            due_date=_due(spec, today),
            priority=spec.priority,
            technician_id=ctx.users[spec.technician].id if spec.technician else None,
            quoted_price=Decimal(spec.quote) if spec.quote else None,
            currency=spec.currency,
            customer_order_number=(
                f"PO-{requested_on:%y}{rng.randint(100, 999)}" if spec.final != "received" else ""
            ),
        ),
        today=today,
    )
    job_id = created.id
    if spec.title in DEMO_KIOSK_CODES:
        job = session.get(Job, job_id)
        assert job is not None
        job.access_code_hash = hash_password(DEMO_KIOSK_CODES[spec.title])

    # The plan, made by the office when the request arrives.
    step_ids: list[int] = []
    for description, tag, hours in _PLANS[spec.plan]:
        step_ids.append(
            step_service.add_step(
                session,
                office,
                job_id,
                StepInput(
                    description,
                    equipment_id=equipment.get(tag) if tag else None,
                    planned_hours=Decimal(hours),
                ),
            )
        )

    # The timeline: events spread from the request until a few hours ago.
    start = datetime.combine(requested_on, time(9, 0), tzinfo=zone)
    path = _path(spec)
    # About four days per status, and never later than a few hours ago.
    available = now - timedelta(hours=3) - start
    span = max(min(available, timedelta(days=4 * len(path))), timedelta(hours=len(path) + 1))
    times = [
        _office_hours(start + span * (i + 1) / (len(path) + 1), zone) for i in range(len(path))
    ]
    _backdate(session, job_id, None, _office_hours(start, zone))
    technician = spec.technician or "technician"
    worked_from: datetime | None = None
    worked_until = now
    for target, at in zip(path, times, strict=True):
        if target in ("delivered", "cancelled"):
            # The work is recorded before the job is closed (closed jobs are frozen).
            _progress_steps(ctx, spec, job_id, step_ids, worked_from, worked_until)
            _materials(ctx, spec, job_id, step_ids)
        if target in ("quoted", "delivered", "cancelled"):
            actor = _as(ctx, rng.choice(("manager", "zsuzsa")))
        elif target == "approved":
            actor = _as(ctx, "manager")
        else:
            actor = _as(ctx, technician)
        internal, public = _NOTES[target]
        if target == "in_progress" and spec.final == "on_hold":
            internal, public = _NOTES["in_progress"]
        if target == "on_hold" and spec.before == "quoted":
            internal, public = (
                "Customer asked us to wait for their design review.",
                "Paused at your request.",
            )
        event = workflow.change_status(
            session,
            actor,
            job_id,
            target,
            internal_note=internal,
            public_note=public if rng.random() < 0.85 or target == "delivered" else None,
        )
        _backdate(session, job_id, event.id, at)
        if target == "approved":
            _receive_items(ctx, spec, job_id, at.astimezone(zone).date(), today)
        if target == "in_progress":
            worked_from = at
        if target == "completed":
            worked_until = at
    if spec.final not in ("delivered", "cancelled"):
        _progress_steps(ctx, spec, job_id, step_ids, worked_from, worked_until)
        _materials(ctx, spec, job_id, step_ids)
    if spec.final == "delivered":
        _return_items(ctx, job_id, times[-1].astimezone(zone).date())


_OPENS, _CLOSES = time(8, 0), time(17, 0)


def _office_hours(at: datetime, zone: ZoneInfo) -> datetime:
    """`at` moved into the lab's working day (08:00–17:00 local), so no quote is sent at
    1 a.m.: the working day is squeezed into 08:00–16:00 and the night after it into
    16:00–17:00. Strictly increasing in real time, also across a clock change (the timeline
    keeps its order), and never later than `at` (it stays in the past)."""
    local = at.astimezone(zone)
    day = local.date() - timedelta(days=1) if local.time() < _OPENS else local.date()

    def utc(on: date, clock: time) -> datetime:
        return datetime.combine(on, clock, tzinfo=zone).astimezone(UTC)

    opens, closes, next_opens = utc(day, _OPENS), utc(day, _CLOSES), utc(day + timedelta(1), _OPENS)
    moment = at.astimezone(UTC)
    hour = timedelta(hours=1)
    if moment < closes:
        return opens + (moment - opens) * (8 * hour / (closes - opens))
    return opens + 8 * hour + (moment - closes) * (hour / (next_opens - closes))


def _backdate(session: Session, job_id: int, event_id: int | None, at: datetime) -> None:
    """Sets the event (or, with None, the job's creation and first event) to `at`."""
    if event_id is None:
        job = session.get(Job, job_id)
        assert job is not None
        job.created_at = at
        first = session.scalar(select(JobEvent).where(JobEvent.job_id == job_id))
        assert first is not None
        first.at = at
    else:
        event = session.get(JobEvent, event_id)
        assert event is not None
        event.at = at
    session.flush()


def _receive_items(ctx: DemoContext, spec: _Job, job_id: int, on: date, today: date) -> None:
    actor = _as(ctx, spec.technician or "technician")
    conditions = (
        "as received, no visible damage",
        "light surface rust, cleaned",
        "saw-cut blanks, marked with heat number",
        "ispravno, bez oštećenja",
        "sérülésmentes, jelölve",
    )
    for n in range(min(spec.quantity, 6)):
        specimen_service.add_specimen(
            ctx.session,
            actor,
            job_id,
            SpecimenInput(
                description=f"{spec.title.split(',')[0]}, item {n + 1}",
                material=spec.material,
                condition_on_receipt=ctx.rng.choice(conditions),
                received_on=min(on, today),
                storage_location=ctx.rng.choice(("Rack A1", "Rack B2", "Cabinet M3", "Polc 4")),
                disposition="stored",
            ),
            today=today,
        )


def _return_items(ctx: DemoContext, job_id: int, on: date) -> None:
    actor = _as(ctx, "technician")
    for item in specimen_service.list_specimens(ctx.session, actor, job_id):
        returned = ctx.rng.random() < 0.6
        specimen_service.update_specimen(
            ctx.session,
            actor,
            item.id,
            SpecimenInput(
                description=item.description,
                material=item.material,
                condition_on_receipt=item.condition_on_receipt,
                received_on=item.received_on,
                storage_location=item.storage_location,
                disposition="returned" if returned else "disposed",
                disposition_on=max(on, item.received_on),
            ),
            today=max(on, item.received_on),
        )


def _progress_steps(
    ctx: DemoContext,
    spec: _Job,
    job_id: int,
    step_ids: list[int],
    worked_from: datetime | None,
    worked_until: datetime,
) -> None:
    """Step statuses that match the job's state, and demo usage sessions booked to them."""
    reached = spec.before if spec.final == "on_hold" else spec.final
    if reached in ("received", "quoted", "approved") or spec.final == "cancelled":
        return
    if reached in ("completed", "delivered"):
        done = len(step_ids)
    elif reached == "testing":
        done = len(step_ids) - 1
    else:  # in progress: the first steps are done, the next one is running
        done = max(1, len(step_ids) // 2) - 1
    actor = _as(ctx, spec.technician or "technician")
    session = ctx.session
    for index, step_id in enumerate(step_ids):
        if index < done:
            status = "done"
        elif index == done and reached != "completed":
            status = "in_progress"
        else:
            break
        step_service.set_step_status(session, actor, step_id, status)
        if worked_from is not None:
            _book_usage(ctx, job_id, step_id, worked_from, worked_until, running=status != "done")


def _book_usage(
    ctx: DemoContext,
    job_id: int,
    step_id: int,
    since: datetime,
    until: datetime,
    *,
    running: bool,
) -> None:
    """Links one or two of the demo year's usage sessions on the step's machine (in the
    job's working window) to the step; a step in progress also takes the machine's running
    session, if any."""
    session = ctx.session
    step = next(s for s in step_service.list_steps(session, _any(ctx), job_id) if s.id == step_id)
    if step.equipment_id is None:
        return
    query = select(UsageSession.id).where(
        UsageSession.equipment_id == step.equipment_id,
        UsageSession.job_id.is_(None),
        UsageSession.started_at >= since,
        UsageSession.started_at <= until,
    )
    candidates = list(session.scalars(query.where(UsageSession.stopped_at.is_not(None))))
    picked = ctx.rng.sample(candidates, min(len(candidates), ctx.rng.randint(1, 2)))
    if running:
        picked += list(session.scalars(query.where(UsageSession.stopped_at.is_(None))))
    for usage_id in picked:
        step_service.link_usage_session(session, _any(ctx), usage_id, job_id, step_id)


def _any(ctx: DemoContext) -> Actor:
    """The actor the session currently records (set by _as)."""
    actor_id = ctx.session.info["actor_id"]
    return next(a for a in ctx.users.values() if a.id == actor_id)


def _materials(ctx: DemoContext, spec: _Job, job_id: int, step_ids: list[int]) -> None:
    reached = spec.before if spec.final == "on_hold" else spec.final
    if reached in ("received", "quoted", "approved") or spec.final == "cancelled":
        return
    actor = _as(ctx, spec.technician or "technician")
    job = job_service.get_job(ctx.session, actor, job_id)
    prices = {"EUR": Decimal("1"), "HUF": Decimal("395"), "RSD": Decimal("117")}
    items = (
        ("Bar stock", "kg", Decimal("4.5"), Decimal("3.20")),
        ("Argon 4.6", "m³", Decimal("2"), Decimal("6.80")),
        ("Cutting inserts", "pcs", Decimal("4"), Decimal("11.50")),
        ("Sheet metal", "kg", Decimal("12"), Decimal("1.45")),
    )
    for description, unit, quantity, eur in ctx.rng.sample(items, 2):
        cost_service.add_material_cost(
            ctx.session,
            actor,
            job_id,
            MaterialCostInput(
                description=f"{description} ({spec.material})",
                quantity=quantity,
                unit_cost=(eur * prices[job.currency]).quantize(Decimal("0.01")),
                unit=unit,
                step_id=ctx.rng.choice(step_ids),
            ),
        )
    if spec.title == "Casting qualification: tensile and analysis":
        # A supplier invoice in euros on a forint job: the costs tab must ask for a rate.
        cost_service.add_material_cost(
            ctx.session,
            actor,
            job_id,
            MaterialCostInput("Reference material CRM (EUR invoice)", Decimal(1),
                              Decimal("145.00"), currency="EUR"),
        )  # fmt: skip
