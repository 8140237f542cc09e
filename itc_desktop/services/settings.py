"""Settings of the center (admin-edited) and each user's own preferences."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.settings import Setting
from itc_desktop.models.users import UserPreference
from itc_desktop.services.errors import PermissionDenied, ValidationError
from itc_desktop.services.permissions import Permission, require

CURRENCIES = ("EUR", "HUF", "RSD")
MAX_LOGO_BYTES = 512 * 1024


@dataclass
class CenterSettings:
    name: str = "Innovation and Technology Center for Metal Industry"
    address: str = ""
    default_currency: str = "EUR"
    time_zone: str = "Europe/Budapest"
    logo_png_base64: str = ""  # empty: the default logo shipped in resources/


_CENTER_KEY = "center."


def get_center(session: Session) -> CenterSettings:
    rows = session.scalars(select(Setting).where(Setting.key.startswith(_CENTER_KEY)))
    stored = {row.key.removeprefix(_CENTER_KEY): json.loads(row.value) for row in rows}
    known = {f.name for f in fields(CenterSettings)}
    return CenterSettings(**{k: v for k, v in stored.items() if k in known})


def update_center(session: Session, actor: Actor | None, settings: CenterSettings) -> None:
    require(actor, Permission.EDIT_SETTINGS)
    errors: dict[str, str] = {}
    if not settings.name.strip():
        errors[_("Name")] = _("required")
    if settings.default_currency not in CURRENCIES:
        errors[_("Default currency")] = _("one of {list}", list=", ".join(CURRENCIES))
    try:
        ZoneInfo(settings.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        errors[_("Time zone")] = _("unknown time zone {zone}", zone=settings.time_zone)
    if len(settings.logo_png_base64) * 3 // 4 > MAX_LOGO_BYTES:
        errors[_("Logo")] = _("larger than {kb} KB", kb=MAX_LOGO_BYTES // 1024)
    if errors:
        raise ValidationError(errors)
    for key, value in asdict(settings).items():
        _put(session, _CENTER_KEY + key, value)


def _put(session: Session, key: str, value: Any) -> None:
    encoded = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    elif row.value != encoded:
        row.value = encoded


def get_preference(session: Session, actor: Actor | None, key: str, default: str = "") -> str:
    if actor is None:
        raise PermissionDenied(_("Sign in first."))
    value = session.scalar(
        select(UserPreference.value).where(
            UserPreference.user_id == actor.id, UserPreference.key == key
        )
    )
    return default if value is None else value


def set_preference(session: Session, actor: Actor | None, key: str, value: str) -> None:
    if actor is None:
        raise PermissionDenied(_("Sign in first."))
    row = session.scalar(
        select(UserPreference).where(UserPreference.user_id == actor.id, UserPreference.key == key)
    )
    if row is None:
        session.add(UserPreference(user_id=actor.id, key=key, value=value))
    else:
        row.value = value
