"""Reading and verifying the audit trail (the recording itself is models.audit)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.audit import GENESIS_HASH, AuditEntry, entry_hash
from itc_desktop.services.permissions import Permission, require


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    checked: int
    first_bad_id: int | None = None
    problem: str = ""

    def describe(self) -> str:
        if self.ok:
            return _("OK: {n} audit entries verified.", n=self.checked)
        return _(
            "BROKEN at audit entry {id}: {problem} ({n} entries before it verified).",
            id=self.first_bad_id,
            problem=self.problem,
            n=self.checked,
        )


def verify_chain(session: Session, batch: int = 5000) -> ChainCheck:
    """Walks the chain in id order; names the first entry whose content or link is wrong."""
    prev = GENESIS_HASH
    checked = 0
    last_id = 0
    while True:
        rows = session.execute(
            select(AuditEntry.__table__)
            .where(AuditEntry.id > last_id)
            .order_by(AuditEntry.id)
            .limit(batch)
        ).all()
        if not rows:
            return ChainCheck(ok=True, checked=checked)
        for row in rows:
            if row.prev_hash != prev:
                return ChainCheck(
                    False, checked, row.id, _("it does not follow the entry before it")
                )
            expected = entry_hash(
                row.ts,
                row.user_id,
                row.username,
                row.table_name,
                row.row_id,
                row.action,
                row.changes,
                row.prev_hash,
            )
            if expected != row.hash:
                return ChainCheck(False, checked, row.id, _("its content was altered"))
            prev = row.hash
            checked += 1
            last_id = row.id


@dataclass(frozen=True)
class AuditFilter:
    table_name: str | None = None
    username: str | None = None
    start: datetime | None = None
    end: datetime | None = None


def list_entries(
    session: Session,
    actor: Actor | None,
    where: AuditFilter = AuditFilter(),
    *,
    before_id: int | None = None,
    limit: int = 200,
) -> list[AuditEntry]:
    """Newest first, a page at a time (keyset paging on id: pass the last id shown)."""
    require(actor, Permission.VIEW_AUDIT)
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if where.table_name:
        query = query.where(AuditEntry.table_name == where.table_name)
    if where.username:
        query = query.where(AuditEntry.username == where.username)
    if where.start:
        query = query.where(AuditEntry.ts >= where.start)
    if where.end:
        query = query.where(AuditEntry.ts < where.end)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    return list(session.scalars(query))


def audited_tables(session: Session, actor: Actor | None) -> list[str]:
    require(actor, Permission.VIEW_AUDIT)
    return list(
        session.scalars(select(AuditEntry.table_name).distinct().order_by(AuditEntry.table_name))
    )
