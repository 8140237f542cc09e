"""Demo test results: tensile curves (generated like a testing machine's raw record),
Vickers and Rockwell hardness, Charpy sets and dimensional inspections on the demo jobs, in
every state — drafts, reviewed, approved — and one correction as a second revision.

Everything goes through the results service (gates, computation, audit trail); the tests are
dated inside the instruments' calibration periods and the performers' qualifications."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import select

from itc_desktop.db import Actor
from itc_desktop.models.base import utcnow
from itc_desktop.models.equipment import Equipment
from itc_desktop.models.jobs import Job
from itc_desktop.services import results as result_service
from itc_desktop.services import specimens as specimen_service
from itc_desktop.services.result_inputs import (
    Characteristic,
    DimensionalInputs,
    FloatArray,
    HardnessInputs,
    ImpactInputs,
    LimitSpec,
    TensileInputs,
)
from itc_desktop.services.results import RawFile, RecordInput

if TYPE_CHECKING:
    from itc_desktop.demo import DemoContext


@dataclass(frozen=True)
class Material:
    """What a generated tensile curve looks like: E, Rp0.2 (or ReH/ReL with a Lüders
    plateau), Rm, Ag and A in %."""

    E: float
    Rp: float
    Rm: float
    Ag: float
    A: float
    ReH: float | None = None
    luders: float = 0.0  # plateau length in % strain (discontinuous yielding)


def tensile_curve(
    material: Material, S0: float, L0: float, rng: np.random.Generator, points: int = 2500
) -> dict[str, FloatArray]:
    """Force (N), extension (mm) and time (s) of a tensile test: Ramberg–Osgood hardening
    (Rp0.2 exact), an optional upper/lower yield point with a Lüders plateau, necking after
    Rm down to fracture, and the machine's noise."""
    m = material
    # Hardening: ε_p = 0.002·(σ/Rp)^n reaches Ag at Rm.
    n = np.log(m.Ag / 100 / 0.002) / np.log(m.Rm / m.Rp)
    sigma = np.linspace(0.0, m.Rm, points // 2)
    eps = sigma / m.E + 0.002 * (sigma / m.Rp) ** n
    if m.ReH is not None:
        # Elastic up to ReH, drop to ReL (= Rp), plateau, then hardening from ReL.
        rise = np.linspace(0.0, m.ReH, points // 8)
        plateau_eps = np.linspace(m.ReH / m.E, m.ReH / m.E + m.luders / 100, points // 8)
        plateau = m.Rp + 0.004 * m.Rp * np.sin(np.linspace(0, 18 * np.pi, points // 8))
        hardening = sigma > m.Rp
        eps_h = plateau_eps[-1] + (eps[hardening] - eps[hardening][0])
        sigma = np.concatenate([rise, plateau, sigma[hardening]])
        eps = np.concatenate([rise / m.E, plateau_eps, eps_h])
    # Necking: from Rm down to 80 % of Rm at A, then the fracture.
    eps_u = eps[-1]
    eps_f = m.A / 100 + 0.8 * m.Rm / m.E
    neck = np.linspace(0.0, 1.0, points // 3)[1:]
    eps = np.concatenate([eps, eps_u + (eps_f - eps_u) * neck, [eps_f + 0.0005, eps_f + 0.001]])
    sigma = np.concatenate([sigma, m.Rm * (1 - 0.2 * neck**2), [0.3 * m.Rm, 0.02 * m.Rm]])
    force = sigma * S0 + rng.normal(0.0, 0.0008 * m.Rm * S0, sigma.size)
    force[0] = 0.0
    extension = eps * L0 + rng.normal(0.0, 0.0002, eps.size)
    return {
        "force": force,
        "extension": extension,
        "time": np.arange(eps.size, dtype=np.float64) * 0.05,
    }


def _csv(columns: dict[str, FloatArray]) -> bytes:
    """The curve as the machine's export file (what the record's SHA-256 is taken of)."""
    lines = ["Time;Force;Extension", "s;N;mm"]
    lines += [
        f"{t:.2f};{f:.1f};{e:.4f}"
        for t, f, e in zip(columns["time"], columns["force"], columns["extension"], strict=True)
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


# Materials of the demo jobs' tensile tests (typical values of the grades).
_S355 = Material(E=206000, Rp=385, Rm=545, Ag=14.0, A=26.0)
_S460MC = Material(E=207000, Rp=505, Rm=600, Ag=9.0, A=19.0)
_GJS400 = Material(E=169000, Rp=265, Rm=418, Ag=11.0, A=17.0)
_B500B = Material(E=200000, Rp=548, Rm=655, Ag=9.5, A=19.5, ReH=566, luders=1.6)


def _as(ctx: DemoContext, username: str) -> Actor:
    actor = ctx.users[username]
    ctx.session.info["actor_id"], ctx.session.info["actor_name"] = actor.id, actor.username
    return actor


class _Lab:
    """Looks up demo jobs, specimens and instruments; records results through the service."""

    def __init__(self, ctx: DemoContext):
        self.ctx = ctx
        self.session = ctx.session
        self.np_rng = np.random.default_rng(ctx.rng.randrange(2**32))
        self.now = utcnow().replace(minute=0, second=0, microsecond=0)
        self.instruments = {
            tag: id_ for tag, id_ in self.session.execute(select(Equipment.asset_tag, Equipment.id))
        }

    def job(self, title: str) -> tuple[int, list[int]]:
        job_id = self.session.scalar(select(Job.id).where(Job.title == title))
        assert job_id is not None, title
        specimens = specimen_service.list_specimens(self.session, self.ctx.users["manager"], job_id)
        return job_id, [s.id for s in specimens]

    def at(self, days_ago: float, hour: int = 9) -> datetime:
        """That day at that hour (UTC), but never later than an hour ago."""
        moment = (self.now - timedelta(days=days_ago)).replace(hour=hour)
        return min(moment, self.now - timedelta(hours=1))

    def after(self, moment: datetime, delay: timedelta) -> datetime:
        return min(moment + delay, utcnow())

    def record(
        self,
        *,
        job_id: int,
        specimen_id: int | None,
        tag: str,
        by: str,
        days_ago: float,
        method: str,
        inputs: object,
        limits: dict[str, LimitSpec] | None = None,
        raw: RawFile | None = None,
        state: str = "draft",
        reviewer: str = "jovana",
        approver: str = "manager",
        remarks: str = "",
        deviations: str = "",
    ) -> int:
        performer = _as(self.ctx, by)
        performed_at = self.at(days_ago, hour=8 + self.ctx.rng.randrange(7))
        data = RecordInput(
            job_id=job_id,
            specimen_id=specimen_id,
            method=method,
            equipment_id=self.instruments[tag],
            performed_by_id=performer.id,
            performed_at=performed_at,
            inputs=inputs,  # type: ignore[arg-type]
            limits=limits or {},
            temperature_c=round(21.0 + self.ctx.rng.uniform(-1.5, 2.0), 1),
            humidity_pct=round(self.ctx.rng.uniform(38, 55)),
            deviations=deviations,
            remarks=remarks,
        )
        record_id = result_service.create_record(self.session, performer, data, raw)
        if state in ("reviewed", "approved"):
            result_service.review_record(
                self.session,
                _as(self.ctx, reviewer),
                record_id,
                at=self.after(performed_at, timedelta(hours=3)),
            )
        if state == "approved":
            result_service.approve_record(
                self.session,
                _as(self.ctx, approver),
                record_id,
                at=self.after(performed_at, timedelta(days=1)),
            )
        return record_id

    def tensile(
        self, material: Material, name: str, d0: float = 10.0, L0: float = 50.0
    ) -> tuple[TensileInputs, RawFile]:
        S0 = np.pi * d0 * d0 / 4
        columns = tensile_curve(material, S0, L0, self.np_rng)
        inputs = TensileInputs(shape="round", diameter_mm=d0, gauge_length_mm=L0)
        return inputs, RawFile(name=name, content=_csv(columns), columns=columns)


_TENSILE = "ISO 6892-1:2019 method B"
_VICKERS = "ISO 6507-1:2023"
_ROCKWELL = "ISO 6508-1:2023"
_CHARPY = "ISO 148-1:2016"
_DIMENSIONAL = "ISO 14253-1:2017, drawing tolerances ISO 2768-mK"


def demo_results(ctx: DemoContext) -> None:
    lab = _Lab(ctx)
    _weld_joints(lab)
    _quench_and_temper(lab)
    _pressure_vessel_charpy(lab)
    _printed_manifold(lab)
    _casting(lab)
    _crane_beam(lab)
    _bracket_series(lab)
    _charpy_welded(lab)
    _induction_pins(lab)
    _reinforcing_bar(lab)


def _s355_limits() -> dict[str, LimitSpec]:
    source = "EN 10025-2 S355J2+N, t ≤ 16 mm"
    return {
        "Rp0.2": LimitSpec(lower=355, source=source),
        "Rm": LimitSpec(470, 630, source=source),
        "A": LimitSpec(lower=22, source=source),
    }


def _weld_joints(lab: _Lab) -> None:
    job_id, specimens = lab.job("Tensile tests of S355J2 welded joints")
    first = 0
    for n, specimen_id in enumerate(specimens[:3]):
        inputs, raw = lab.tensile(_S355, f"S355J2_joint_{n + 1}.csv")
        record_id = lab.record(
            job_id=job_id, specimen_id=specimen_id, tag="ITC-0007", by="jovana",
            days_ago=118 - n, method=_TENSILE, inputs=inputs, limits=_s355_limits(), raw=raw,
            state="approved", reviewer="technician",
        )  # fmt: skip
        first = first or record_id
    # A correction: the first specimen's diameter was re-measured after approval.
    manager = _as(lab.ctx, "manager")
    revised = result_service.revise_record(
        lab.session, manager, first, "d0 re-measured: 9.98 mm, not 10.00 mm (caliper reading)"
    )
    view = result_service.get_record(lab.session, manager, revised)
    data = RecordInput(
        job_id=view.job_id, specimen_id=view.specimen_id, method=view.method,
        equipment_id=view.equipment_id, performed_by_id=view.performed_by_id,
        performed_at=view.performed_at,
        inputs=TensileInputs(shape="round", diameter_mm=9.98, gauge_length_mm=50.0),
        limits=view.limits, temperature_c=view.temperature_c, humidity_pct=view.humidity_pct,
    )  # fmt: skip
    result_service.update_record(lab.session, _as(lab.ctx, "jovana"), revised, data)
    result_service.review_record(
        lab.session, _as(lab.ctx, "technician"), revised, at=lab.at(100, 10)
    )
    result_service.approve_record(lab.session, manager, revised, at=lab.at(99, 11))
    # Macro and hardness of the joint.
    lab.record(
        job_id=job_id, specimen_id=specimens[3], tag="ITC-0008", by="technician", days_ago=114,
        method=_VICKERS,
        inputs=HardnessInputs(
            method="HV", scale="10",
            readings=((0.3052, 0.3071), (0.2921, 0.2940), (0.2874, 0.2859), (0.2999, 0.3013)),
        ),
        limits={"hardness": LimitSpec(upper=380, source="ISO 15614-1 Table 2, group 1.2")},
        state="approved", reviewer="jovana",
        remarks="Traverse: base metal, HAZ, weld metal, HAZ.",
    )  # fmt: skip


def _quench_and_temper(lab: _Lab) -> None:
    job_id, specimens = lab.job("Hardness after quench and temper, flanges")
    for n, specimen_id in enumerate(specimens[:4]):
        d = 0.2630 + 0.0015 * n
        readings = tuple(
            (round(d + lab.ctx.rng.uniform(-0.002, 0.002), 4),
             round(d + lab.ctx.rng.uniform(-0.002, 0.002), 4))
            for _i in range(5)
        )  # fmt: skip
        lab.record(
            job_id=job_id, specimen_id=specimen_id, tag="ITC-0008", by="technician",
            days_ago=62 - n, method=_VICKERS,
            inputs=HardnessInputs(method="HV", scale="10", readings=readings),
            limits={"hardness_mean": LimitSpec(240, 290, uncertainty=6, rule="guard_band",
                                               source="Customer drawing FL-2041 rev. C")},
            state="approved", reviewer="milos",
        )  # fmt: skip


def _pressure_vessel_charpy(lab: _Lab) -> None:
    job_id, specimens = lab.job("Charpy tests of a pressure-vessel plate")
    limits = {
        "energy_mean": LimitSpec(lower=40, source="EN 10028-3 P355NL1, −40 °C, transverse"),
        "energy_min": LimitSpec(lower=28, source="EN 10028-3: no single value below 70 %"),
    }
    sets = ((68, 74, 71), (59, 63, 66), (81, 77, 86))
    for n, (specimen_id, energies) in enumerate(zip(specimens, sets, strict=False)):
        lab.record(
            job_id=job_id, specimen_id=specimen_id, tag="ITC-0009", by="technician",
            days_ago=14 - n, method=_CHARPY,
            inputs=ImpactInputs(notch="V", striker_radius_mm=2, initial_energy_J=300,
                                test_temperature_C=-40, energies_J=energies),
            limits=limits, state="approved" if n < 2 else "reviewed", reviewer="jovana",
        )  # fmt: skip


def _first_article(
    name: str, nominal: float, tol: tuple[float, float], measured: float
) -> Characteristic:
    return Characteristic(
        name=name, nominal=nominal, lower_tol=tol[0], upper_tol=tol[1],
        measurements=(measured,), uncertainty=0.002, rule="simple",
    )  # fmt: skip


def _printed_manifold(lab: _Lab) -> None:
    job_id, specimens = lab.job("Printed manifold block, 316L")
    characteristics = (
        _first_article("Length 120 ±0.3", 120.0, (0.3, 0.3), 120.12),
        _first_article("Bore Ø12 H8", 12.0, (0.0, 0.027), 12.018),
        _first_article("Port distance 45 ±0.1", 45.0, (0.1, 0.1), 45.06),
        _first_article("Flatness ≤ 0.05 (top face)", 0.0, (0.0, 0.05), 0.031),
    )
    lab.record(
        job_id=job_id, specimen_id=specimens[0] if specimens else None, tag="ITC-0010",
        by="gergo", days_ago=9, method=_DIMENSIONAL,
        inputs=DimensionalInputs(characteristics), state="approved", reviewer="technician",
    )  # fmt: skip


def _casting(lab: _Lab) -> None:
    job_id, specimens = lab.job("Casting qualification: tensile and analysis")
    source = "EN 1563 EN-GJS-400-15, separately cast samples"
    limits = {
        "Rp0.2": LimitSpec(lower=250, source=source),
        "Rm": LimitSpec(lower=400, source=source),
        "A": LimitSpec(lower=15, uncertainty=1.0, rule="guard_band", source=source),
    }
    for n, specimen_id in enumerate(specimens[:2]):
        material = _GJS400 if n == 0 else Material(E=168000, Rp=259, Rm=409, Ag=10.0, A=15.4)
        inputs, raw = lab.tensile(material, f"GJS400_{n + 1}.TXT", d0=14.0, L0=70.0)
        lab.record(
            job_id=job_id, specimen_id=specimen_id, tag="ITC-0007", by="jovana",
            days_ago=3 - n, method=_TENSILE, inputs=inputs, limits=limits, raw=raw,
            state="reviewed" if n == 0 else "draft", reviewer="milos",
        )  # fmt: skip


def _crane_beam(lab: _Lab) -> None:
    job_id, specimens = lab.job("Weld procedure test for a crane beam")
    source = "EN 10149-2 S460MC"
    limits = {
        "Rp0.2": LimitSpec(lower=460, source=source),
        "Rm": LimitSpec(520, 670, source=source),
    }
    for n, specimen_id in enumerate(specimens[:2]):
        inputs, raw = lab.tensile(_S460MC, f"S460MC_transverse_{n + 1}.csv", d0=8.0, L0=40.0)
        lab.record(
            job_id=job_id, specimen_id=specimen_id, tag="ITC-0007", by="milos", days_ago=2,
            method=_TENSILE, inputs=inputs, limits=limits, raw=raw,
            deviations="Proportional specimen d0 = 8 mm (plate thickness 8 mm)." if n == 0 else "",
        )  # fmt: skip
    lab.record(
        job_id=job_id, specimen_id=specimens[2], tag="ITC-0008", by="technician", days_ago=1,
        method=_VICKERS,
        inputs=HardnessInputs(
            method="HV", scale="10",
            readings=((0.2750, 0.2771), (0.2702, 0.2865), (0.2688, 0.2701)),
        ),
        limits={"hardness": LimitSpec(upper=380, source="ISO 15614-1 Table 2")},
        remarks="Indentation 2 near the fusion line; diagonals unequal, to be repeated.",
    )  # fmt: skip


def _bracket_series(lab: _Lab) -> None:
    job_id, _specimens = lab.job("Bracket series with inspection report")
    rng = lab.np_rng
    hole = tuple(float(x) for x in np.round(rng.normal(10.06, 0.012, 25), 3))
    width = tuple(float(x) for x in np.round(rng.normal(60.02, 0.05, 25), 2))
    characteristics = (
        Characteristic(name="Hole Ø10 +0.1/0", nominal=10.0, lower_tol=0.0, upper_tol=0.1,
                       measurements=hole, uncertainty=0.004, subgroup_size=5),
        Characteristic(name="Width 60 ±0.2", nominal=60.0, lower_tol=0.2, upper_tol=0.2,
                       measurements=width, uncertainty=0.02, rule="guard_band",
                       subgroup_size=5),
    )  # fmt: skip
    lab.record(
        job_id=job_id, specimen_id=None, tag="ITC-0010", by="gergo", days_ago=4,
        method=_DIMENSIONAL, inputs=DimensionalInputs(characteristics), state="reviewed",
        reviewer="technician", remarks="25 parts of lot 1, five per shift (subgroups of 5).",
    )  # fmt: skip


def _charpy_welded(lab: _Lab) -> None:
    job_id, specimens = lab.job("Charpy tests of a welded joint at −20 °C")
    limits = {
        "energy_mean": LimitSpec(lower=27, source="EN 10025-2 S355J2: 27 J at −20 °C"),
        "energy": LimitSpec(lower=19, source="ISO 15614-1: single value ≥ 70 %"),
    }
    for n, (specimen_id, energies) in enumerate(
        zip(specimens[:2], ((46, 39, 52), (31, 17, 29)), strict=False)
    ):
        lab.record(
            job_id=job_id, specimen_id=specimen_id, tag="ITC-0009", by="jovana", days_ago=5 - n,
            method=_CHARPY,
            inputs=ImpactInputs(notch="V", striker_radius_mm=2, initial_energy_J=300,
                                test_temperature_C=-20, energies_J=energies),
            limits=limits, remarks="Notch in the weld metal centre." if n == 0 else
            "Notch at the fusion line + 2 mm.",
        )  # fmt: skip


def _induction_pins(lab: _Lab) -> None:
    job_id, specimens = lab.job("Hardness profile of induction-hardened pins")
    lab.record(
        job_id=job_id, specimen_id=specimens[0], tag="ITC-0008", by="milos", days_ago=1,
        method=_ROCKWELL,
        inputs=HardnessInputs(method="HR", scale="HRC", readings=((56.5,), (57.2,), (55.9,))),
        limits={"hardness_mean": LimitSpec(55, 60, source="Drawing P-25-07: 55–60 HRC")},
        state="reviewed", reviewer="technician",
    )  # fmt: skip


def _reinforcing_bar(lab: _Lab) -> None:
    """Discontinuous yielding: ReH and ReL are reported instead of Rp0.2."""
    job_id, specimens = lab.job("Tensile tests of reinforcing bar")
    source = "EN 10080 / SRPS U.M1.091 B500B"
    limits = {"ReH": LimitSpec(500, 650, source=source), "Agt": LimitSpec(lower=5, source=source)}
    inputs, raw = lab.tensile(_B500B, "B500B_16_1.TXT", d0=16.0, L0=80.0)
    lab.record(
        job_id=job_id, specimen_id=specimens[0], tag="ITC-0007", by="technician", days_ago=0.3,
        method=_TENSILE, inputs=inputs, limits=limits, raw=raw,
    )  # fmt: skip
