"""Where the database and the log live: command-line options, environment, user folders."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from itc_desktop.i18n import _

APP_NAME = "ITC Lab"
APP_AUTHOR = "ITC"
ENV_DATABASE_URL = "ITC_DATABASE_URL"
# Redirects every per-user folder (data, logs, backups) — for portable installs and tests.
ENV_HOME = "ITC_HOME"
# Hours between the automatic start-up backups of a SQLite database; 0 turns them off.
ENV_BACKUP_HOURS = "ITC_BACKUP_HOURS"
DEFAULT_BACKUP_HOURS = 24.0


def user_data_dir(env: Mapping[str, str] = os.environ) -> Path:
    home = env.get(ENV_HOME)
    path = Path(home) / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_log_dir(env: Mapping[str, str] = os.environ) -> Path:
    home = env.get(ENV_HOME)
    path = Path(home) / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_backup_dir(env: Mapping[str, str] = os.environ) -> Path:
    """The automatic backups, one subfolder per database file (created when first used)."""
    return user_data_dir(env) / "backups"


def backup_interval_hours(env: Mapping[str, str] = os.environ) -> float:
    """ITC_BACKUP_HOURS, else a day. Raises ValueError naming the variable for a bad value."""
    raw = env.get(ENV_BACKUP_HOURS, "").strip()
    if not raw:
        return DEFAULT_BACKUP_HOURS
    try:
        hours = float(raw)
    except ValueError:
        hours = -1.0
    if not hours >= 0 or hours == float("inf"):
        raise ValueError(
            _(
                "{name}={value}: expected a number of hours (0 = off)",
                name=ENV_BACKUP_HOURS,
                value=raw,
            )
        )
    return hours


def sqlite_url(path: Path | str) -> str:
    """The SQLAlchemy URL of a database file. SQLAlchemy decodes %XX in the path and reads a
    '?' as the start of the options, so those two characters are encoded."""
    posix = Path(path).expanduser().resolve().as_posix()
    return "sqlite:///" + posix.replace("%", "%25").replace("?", "%3F")


def resolve_database_url(
    db: str | None = None, *, demo: bool = False, env: Mapping[str, str] = os.environ
) -> str:
    """`--db` (a file path or any SQLAlchemy URL) wins, then `--demo`, then
    ITC_DATABASE_URL, then the SQLite file in the user data folder."""
    if db:
        return db if "://" in db else sqlite_url(db)
    if demo:
        return sqlite_url(user_data_dir(env) / "itc-lab-demo.sqlite")
    if env.get(ENV_DATABASE_URL):
        return env[ENV_DATABASE_URL]
    return sqlite_url(user_data_dir(env) / "itc-lab.sqlite")
