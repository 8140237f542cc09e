"""Demo equipment of a metal-industry lab: 15 machines and instruments, their calibrations (one
lapsed, one due soon), maintenance plans and records, qualifications and a year of usage.

The step runs through the services, so the rules and the audit trail apply, except the year
of finished usage sessions: those are built as rows directly (still audited, one flush) for
speed, honouring the same rules — qualified operators, calibrated instruments, one session per
machine a day, nothing while out of service."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from itc_desktop.db import Actor
from itc_desktop.models.base import utcnow
from itc_desktop.models.equipment import UsageSession
from itc_desktop.services import calibration as calibration_service
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import maintenance as maintenance_service
from itc_desktop.services import qualifications as qualification_service
from itc_desktop.services import usage as usage_service
from itc_desktop.services.equipment import EquipmentData
from itc_desktop.services.equipment_settings import lab_zone, local_date

if TYPE_CHECKING:
    from itc_desktop.demo import DemoContext

# tag, name, category, manufacturer, model, kW, rate EUR/h, qualification, instrument, location
_EQUIPMENT: tuple[tuple[str, str, str, str, str, str, str, bool, bool, str], ...] = (
    ("ITC-0001", "CNC lathe", "machine_tool", "DMG Mori", "CLX 450", "18.5", "65",
     True, False, "Workshop A / Műhely A"),
    ("ITC-0002", "5-axis milling centre", "machine_tool", "Hermle", "C 42 U", "35", "85",
     True, False, "Workshop A / Műhely A"),
    ("ITC-0003", "Fiber laser cutter 6 kW", "machine_tool", "Trumpf", "TruLaser 3030 fiber",
     "30", "95", True, False, "Workshop B / Radionica B"),
    ("ITC-0004", "Press brake 130 t", "machine_tool", "Amada", "HG 1303 ATC", "11", "55",
     True, False, "Workshop B / Radionica B"),
    ("ITC-0005", "TIG welding station", "welding", "Fronius", "MagicWave 230i", "7", "35",
     True, False, "Welding bay / Hegesztő"),
    ("ITC-0006", "MIG/MAG welding station", "welding", "Kemppi", "X5 FastMig 400", "15", "35",
     True, False, "Welding bay / Hegesztő"),
    ("ITC-0007", "Universal testing machine 100 kN", "testing_machine", "ZwickRoell",
     "Z100 AllroundLine", "4", "60", True, True, "Testing lab / Laboratorija"),
    ("ITC-0008", "Vickers/Brinell hardness tester", "testing_machine", "EMCO-TEST",
     "DuraVision 30", "0.5", "40", False, True, "Testing lab / Laboratorija"),
    ("ITC-0009", "Charpy pendulum 300 J", "testing_machine", "Tinius Olsen", "IT406",
     "1.5", "45", True, True, "Testing lab / Laboratorija"),
    ("ITC-0010", "Coordinate measuring machine", "measuring_instrument", "Zeiss",
     "CONTURA 10/12/6", "1.5", "70", True, True, "Metrology room / Mérőszoba"),
    ("ITC-0011", "Optical emission spectrometer", "measuring_instrument", "SPECTRO",
     "SPECTROMAXx", "2", "50", True, True, "Testing lab / Laboratorija"),
    ("ITC-0012", "Heat-treatment furnace 1280 °C", "furnace", "Nabertherm", "N 41/H", "7.5",
     "30", False, False, "Heat treatment / Hőkezelő"),
    ("ITC-0013", "3D metal printer (SLM)", "additive_manufacturing", "SLM Solutions",
     "SLM 125 HL", "8", "120", True, False, "Additive lab / Aditivna"),
    ("ITC-0014", "Digital caliper 0–150 mm", "measuring_instrument", "Mitutoyo",
     "500-196-30", "", "", False, True, "Metrology room / Mérőszoba"),
    ("ITC-0015", "Outside micrometer set 0–100 mm", "measuring_instrument", "Mitutoyo",
     "103-913-40", "", "", False, True, "Metrology room / Mérőszoba"),
)  # fmt: skip

# tag: (days since the current calibration, provider, accredited, result, criteria)
_CALIBRATIONS: dict[str, tuple[int, str, bool, str, str]] = {
    "ITC-0007": (200, "ZwickRoell Service (NAH-2-0123)", True, "pass",
                 "ISO 7500-1 class 1 from 1 kN; extensometer ISO 9513 class 0.5"),
    "ITC-0008": (345, "MKEH Budapest", True, "pass",
                 "ISO 6507-2 / ISO 6506-2 indirect verification, HV 10 and HBW 2.5/187.5"),
    "ITC-0009": (120, "Direkcija za mere i dragocene metale, Beograd", True, "pass",
                 "ISO 148-2 direct and indirect verification, KV2"),
    "ITC-0010": (60, "Carl Zeiss IMT Hungary", True, "adjusted",
                 "ISO 10360-2: MPE_E = 1.8 + L/300 µm"),
    "ITC-0011": (30, "AMETEK SPECTRO service", False, "pass",
                 "Recalibration with CRM set for Fe, Al and Cu bases"),
    "ITC-0014": (400, "MKEH Budapest", True, "pass", "ISO 13385-1, MPE ±0.03 mm"),  # lapsed
    "ITC-0015": (90, "MKEH Budapest", True, "pass", "ISO 3611, MPE ±2 µm"),
}  # fmt: skip

# tag: operators (demo usernames) qualified on it; "milos" on the SLM printer has lapsed.
_QUALIFIED: dict[str, tuple[str, ...]] = {
    "ITC-0001": ("technician", "gergo"),
    "ITC-0002": ("gergo", "milos"),
    "ITC-0003": ("technician", "jovana"),
    "ITC-0004": ("jovana", "gergo"),
    "ITC-0005": ("milos", "jovana"),
    "ITC-0006": ("milos", "gergo"),
    "ITC-0007": ("technician", "jovana", "milos"),
    "ITC-0009": ("jovana", "technician"),
    "ITC-0010": ("gergo", "technician"),
    "ITC-0011": ("jovana",),
    "ITC-0013": ("technician", "milos"),
}
_ALL_OPERATORS = ("technician", "jovana", "gergo", "milos")

# tag: chance of use on a working day
_BUSY = {
    "ITC-0001": 0.55, "ITC-0002": 0.45, "ITC-0003": 0.5, "ITC-0004": 0.3, "ITC-0005": 0.35,
    "ITC-0006": 0.3, "ITC-0007": 0.6, "ITC-0008": 0.5, "ITC-0009": 0.25, "ITC-0010": 0.4,
    "ITC-0011": 0.3, "ITC-0012": 0.2, "ITC-0013": 0.15,
}  # fmt: skip

_PURPOSES = (
    "Tensile test series, S355J2 plates",
    "Prototype bracket, customer sample",
    "Szakítóvizsgálat, AlMgSi0.5 profil",
    "Próbatest-készítés Ø10 mm",
    "Ispitivanje udarne žilavosti, 3 epruvete",
    "Мерење тврдоће, заварени спој",
    "First-article inspection",
    "Training of a new operator",
    "Hardening and tempering, 42CrMo4",
    "Weld procedure qualification coupons (ISO 15614-1)",
)
_MATERIALS = ("", "", "C45 bar Ø20, 1.5 m", "S235 sheet 2 mm, 1 m²", "Argon 4.6, 2 m³", "")


def _as(ctx: DemoContext, username: str) -> Actor:
    """Acts as a demo user: the services check their permissions, the audit names them."""
    actor = ctx.users[username]
    ctx.session.info["actor_id"], ctx.session.info["actor_name"] = actor.id, actor.username
    return actor


def demo_equipment(ctx: DemoContext) -> None:
    session, rng = ctx.session, ctx.rng
    manager = _as(ctx, "manager")
    now = utcnow()
    zone = lab_zone(session)
    today = local_date(session, now, zone)
    ids: dict[str, int] = {}
    for tag, name, category, maker, model, kw, rate, qual, instrument, place in _EQUIPMENT:
        ids[tag] = equipment_service.create_equipment(
            session,
            manager,
            EquipmentData(
                asset_tag=tag,
                name=name,
                category=category,
                manufacturer=maker,
                model=model,
                serial_number=f"{maker[:3].upper()}-{rng.randint(100000, 999999)}",
                location=place,
                commissioned_on=date(rng.randint(2015, 2023), rng.randint(1, 12), 1),
                hourly_rate=Decimal(rate) if rate else None,
                nominal_power_kw=Decimal(kw) if kw else None,
                bookable=bool(kw),
                requires_qualification=qual,
                is_measuring_instrument=instrument,
                firmware_version="testXpert III 1.6" if tag == "ITC-0007" else "",
                max_booking_hours=8 if kw else None,
                min_notice_hours=24 if qual else None,
            ),
        )

    jovana = _as(ctx, "jovana")
    for tag, (age, provider, accredited, result, criteria) in _CALIBRATIONS.items():
        current = today - timedelta(days=age)
        for on, outcome in ((current - timedelta(days=365), "pass"), (current, result)):
            calibration_service.record_calibration(
                session,
                jovana,
                ids[tag],
                calibrated_on=on,
                valid_until=on + timedelta(days=365),
                provider=provider,
                result=outcome,
                accredited=accredited,
                certificate_number=f"{'K' if accredited else 'S'}-{on.year}/{rng.randint(1, 999)}",
                acceptance_criteria=criteria,
            )

    manager = _as(ctx, "manager")
    two_years_ago = today - timedelta(days=730)
    for tag, operators in _QUALIFIED.items():
        for username in operators:
            lapsed = tag == "ITC-0013" and username == "milos"
            qualification_service.grant_qualification(
                session,
                manager,
                ctx.users[username].id,
                ids[tag],
                granted_on=two_years_ago,
                valid_until=today - timedelta(days=20) if lapsed else today + timedelta(days=400),
                notes="Internal training and supervised practice",
            )

    def days_ago(days: float) -> datetime:
        return now - timedelta(days=days)

    plans = {
        "lathe": ("ITC-0001", "Way lubrication and chip conveyor check", 90, "500", 70),
        "mill": ("ITC-0002", "Spindle service (bearings, runout)", None, "400", 150),
        "laser": ("ITC-0003", "Optics cleaning and nozzle centring", 30, None, 33),  # overdue
        "press": ("ITC-0004", "Hydraulic oil and filter change", 365, "2000", 300),
        "utm": ("ITC-0007", "Load frame and grips inspection", 180, None, 176),  # due
        "furnace": ("ITC-0012", "Thermocouple check and door seal", 180, None, 40),
    }
    plan_ids: dict[str, int] = {}
    for key, (tag, text, every_days, every_hours, done_days_ago) in plans.items():
        plan_ids[key] = maintenance_service.create_plan(
            session,
            manager,
            ids[tag],
            description=text,
            interval_days=every_days,
            interval_hours=Decimal(every_hours) if every_hours else None,
            last_done_at=days_ago(done_days_ago),
        )

    gergo = _as(ctx, "gergo")
    maintenance_service.record_maintenance(
        session, gergo, ids["ITC-0001"], kind="preventive", plan_id=plan_ids["lathe"],
        started_at=days_ago(70), ended_at=days_ago(70) + timedelta(hours=3),
        description="Way lubrication, conveyor chain tensioned",
    )  # fmt: skip
    maintenance_service.record_maintenance(
        session, gergo, ids["ITC-0002"], kind="corrective",
        started_at=days_ago(150), ended_at=days_ago(148),
        external_company="Hermle Magyarország Kft.",
        cost=Decimal("1480000"), currency="HUF",
        description="Spindle bearing replaced after vibration alarm",
    )  # fmt: skip
    # A blocking incident in the past, investigated and returned to service by the manager.
    maintenance_service.record_maintenance(
        session, _as(ctx, "jovana"), ids["ITC-0004"], kind="incident", blocking=True,
        started_at=days_ago(60), ended_at=days_ago(58),
        description="Light curtain did not stop the ram during a test",
    )  # fmt: skip
    maintenance_service.return_to_service(
        session,
        _as(ctx, "manager"),
        ids["ITC-0004"],
        "Light curtain replaced by Sick service, safety function tested 20 times.",
    )
    # A blocking incident now: the MIG/MAG station is out of service.
    out_since = 3.2
    maintenance_service.record_maintenance(
        session, _as(ctx, "milos"), ids["ITC-0006"], kind="incident", blocking=True,
        started_at=days_ago(out_since),
        description="Wire feeder motor overheats; burnt smell. Do not use.",
    )  # fmt: skip

    _usage_year(ctx, ids, now, zone, out_since)

    # One session running right now, started through the service like on the shop floor.
    technician = _as(ctx, "technician")
    usage_service.start_use(
        session,
        technician,
        ids["ITC-0001"],
        job_reference="ITC-2026-031",
        purpose="Turning tensile specimens B10x50, 42CrMo4",
        started_at=now - timedelta(hours=1, minutes=40),
    )
    _as(ctx, "admin")


def _usage_year(
    ctx: DemoContext, ids: dict[str, int], now: datetime, zone: Any, out_since: float
) -> None:
    """About a year of finished sessions on working days, one per machine a day at most."""
    session, rng = ctx.session, ctx.rng
    power = {row[0]: Decimal(row[5]) if row[5] else None for row in _EQUIPMENT}
    lapsed_from = local_date(session, now, zone) - timedelta(days=35)
    milos_until = local_date(session, now, zone) - timedelta(days=20)
    meters = {"ITC-0001": Decimal("8410.0"), "ITC-0002": Decimal("5120.0")}
    rows: list[dict[str, Any]] = []
    start_day = local_date(session, now, zone) - timedelta(days=365)
    for offset in range(365):
        day = start_day + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        for tag, chance in _BUSY.items():
            if rng.random() > chance:
                continue
            if tag == "ITC-0006" and day >= (now - timedelta(days=out_since)).date():
                continue
            if tag == "ITC-0014" and day > lapsed_from:
                continue
            operators = _QUALIFIED.get(tag, _ALL_OPERATORS)
            operator = rng.choice(operators)
            if tag == "ITC-0013" and operator == "milos" and day > milos_until:
                operator = "technician"
            start = datetime.combine(
                day, time(rng.randint(7, 13), rng.choice((0, 15, 30, 45))), tzinfo=zone
            )
            stop = start + timedelta(minutes=rng.randint(30, 6 * 60))
            if stop >= now - timedelta(hours=3):
                continue
            duration = usage_service.hours_between(start, stop)
            meter_start = meter_stop = None
            if tag in meters:
                meter_start = meters[tag]
                meter_stop = meter_start + (duration * Decimal("0.8")).quantize(Decimal("0.1"))
                meters[tag] = meter_stop
            rows.append(
                {
                    "equipment_id": ids[tag],
                    "operator_id": ctx.users[operator].id,
                    "job_reference": f"ITC-2026-{rng.randint(1, 30):03d}"
                    if rng.random() < 0.6
                    else "",
                    "purpose": rng.choice(_PURPOSES),
                    "started_at": start,
                    "stopped_at": stop,
                    "notes": "",
                    "meter_start": meter_start,
                    "meter_stop": meter_stop,
                    "material_consumed": rng.choice(_MATERIALS),
                    "duration_hours": duration,
                    "energy_kwh": usage_service.energy_kwh(
                        power[tag], duration, meter_start, meter_stop
                    ),
                    "override_id": None,
                    "corrected": False,
                    "correction_reason": "",
                }
            )
    session.add_all(UsageSession(**row) for row in rows)
    session.flush()
