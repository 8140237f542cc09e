"""Unsaved form drafts on disk (#12): what a user typed into a long form is kept in their
drafts folder while the form is open, so a crash or a power cut does not lose it; a save or
a cancel removes it. One JSON file per form, per database and per user of the program."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from itc_desktop.config import user_data_dir
from itc_desktop.i18n import _

FORMAT = 1


class DraftUnreadable(Exception):
    """The draft file exists but cannot be used (damaged, or written by another version)."""


@dataclass(frozen=True)
class Draft:
    saved_at: datetime  # UTC
    values: dict[str, Any]


def _safe(part: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", part) or "_"


class DraftStore:
    """The drafts of one user of one database: `<data folder>/drafts/<database>/<user>/`.
    The database is named by a hash of its location (two lab files never share drafts)."""

    def __init__(self, folder: Path):
        self.folder = folder

    @classmethod
    def for_user(cls, database_location: str, username: str) -> DraftStore:
        database = hashlib.sha256(database_location.encode("utf-8")).hexdigest()[:16]
        return cls(user_data_dir() / "drafts" / database / _safe(username))

    def path(self, form: str, key: str) -> Path:
        return self.folder / f"{_safe(form)}--{_safe(key)}.json"

    def save(self, form: str, key: str, values: Mapping[str, Any]) -> None:
        """Written beside the draft first and moved over it: a crash while writing leaves the
        previous draft, never half a file."""
        path = self.path(form, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "format": FORMAT,
            "saved_at": datetime.now(UTC).isoformat(),
            "values": dict(values),
        }
        partial = path.with_name(path.name + ".partial")
        with open(partial, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)

    def load(self, form: str, key: str) -> Draft | None:
        """The draft of the form, None when there is none; DraftUnreadable when the file is
        there but cannot be used."""
        path = self.path(form, key)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as error:
            raise DraftUnreadable(str(error)) from error
        try:
            payload = json.loads(text)
            if payload.get("format") != FORMAT:
                raise DraftUnreadable(_("it was written by another version of the program"))
            saved_at = datetime.fromisoformat(payload["saved_at"])
            values = payload["values"]
            if not isinstance(values, dict) or saved_at.tzinfo is None:
                raise ValueError("values")
        except DraftUnreadable:
            raise
        except (ValueError, KeyError, TypeError, AttributeError):
            raise DraftUnreadable(_("the file is damaged")) from None
        return Draft(saved_at, values)

    def discard(self, form: str, key: str) -> None:
        self.path(form, key).unlink(missing_ok=True)
