"""Demo data for the center: realistic, with Hungarian and Serbian names, reproducible by seed.

Each part of the domain adds a step to DEMO_STEPS; `fill_demo` runs them in order inside one
transaction, so a failed fill leaves the database as it was."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from itc_desktop.db import Actor, Database
from itc_desktop.demo_bookings import demo_bookings
from itc_desktop.demo_equipment import demo_equipment
from itc_desktop.demo_jobs import demo_companies_and_jobs
from itc_desktop.demo_results import demo_results
from itc_desktop.services import settings as settings_service
from itc_desktop.services import users as user_service

# Documented in README and shown on the login dialog in demo mode only.
DEMO_ACCOUNTS: tuple[tuple[str, str, str, str], ...] = (
    ("admin", "Kovács Ildikó", "admin", "itc-admin-2026"),
    ("manager", "Petrović Đorđe", "manager", "itc-manager-2026"),
    ("technician", "Szőke Bence", "technician", "itc-tech-2026"),
)

_MORE_STAFF = (
    ("jovana", "Jovanović Jovana", "technician"),
    ("gergo", "Tóth Gergő", "technician"),
    ("milos", "Милош Станковић", "technician"),
    ("zsuzsa", "Németh Zsuzsanna", "manager"),
)


@dataclass
class DemoContext:
    session: Session
    rng: random.Random
    users: dict[str, Actor] = field(default_factory=dict)


DemoStep = Callable[[DemoContext], None]


def _users(ctx: DemoContext) -> None:
    first = DEMO_ACCOUNTS[0]
    admin = user_service.create_first_admin(ctx.session, first[0], first[1], first[3])
    ctx.session.info["actor_id"], ctx.session.info["actor_name"] = admin.id, admin.username
    ctx.users[admin.username] = admin
    for username, name, role, password in DEMO_ACCOUNTS[1:]:
        ctx.users[username] = user_service.create_user(
            ctx.session, admin, username, name, role, password, f"{username}@itc-lab.example"
        )
    for username, name, role in _MORE_STAFF:
        ctx.users[username] = user_service.create_user(
            ctx.session, admin, username, name, role, f"demo-{username}-2026"
        )


def _center(ctx: DemoContext) -> None:
    settings_service.update_center(
        ctx.session,
        ctx.users["admin"],
        settings_service.CenterSettings(
            name="Innovation and Technology Center for Metal Industry",
            address=(
                "Szabadka út 12, 6723 Szeged, Hungary · Subotički put 7, 24000 Subotica, Srbija"
            ),
            default_currency="EUR",
            time_zone="Europe/Budapest",
        ),
    )


DEMO_STEPS: list[DemoStep] = [
    _users,
    _center,
    demo_equipment,
    demo_companies_and_jobs,
    demo_bookings,
    demo_results,
]


def is_empty(db: Database) -> bool:
    with db.reader() as session:
        return user_service.needs_first_admin(session)


def fill_demo(db: Database, seed: int = 2026) -> bool:
    """Fills an empty database; returns False (and changes nothing) if it holds users."""
    with db.transaction() as session:
        if not user_service.needs_first_admin(session):
            return False
        ctx = DemoContext(session=session, rng=random.Random(seed))
        for step in DEMO_STEPS:
            step(ctx)
    return True
