"""The drafts folder (#12) without a window: what is saved comes back, drafts are kept apart
per database and per user, a crash in the middle of writing leaves the previous draft, and a
damaged or foreign file is refused with the reason."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from itc_desktop.config import user_data_dir
from itc_desktop.drafts import DraftStore, DraftUnreadable

VALUES = {
    "title": "Hegesztett tartó — zavarena greda — Заварена греда",
    "quantity": 3,
    "company": {"data": 7, "text": "Kőszegi Fémmegmunkáló Kft."},
    "readings": [["0,280", "0,282", ""], ["0,279", "0,281", ""]],
}


def test_a_saved_draft_comes_back_with_its_time() -> None:
    store = DraftStore.for_user("/srv/lab/itc-lab.sqlite", "technician")
    assert store.folder.is_relative_to(user_data_dir() / "drafts")
    assert store.load("job", "new") is None
    before = datetime.now(UTC)
    store.save("job", "new", VALUES)
    draft = store.load("job", "new")
    assert draft is not None and draft.values == VALUES
    assert before - timedelta(seconds=1) <= draft.saved_at <= datetime.now(UTC)
    store.discard("job", "new")
    assert store.load("job", "new") is None
    store.discard("job", "new")  # already gone: nothing to do


def test_drafts_are_kept_apart_per_database_and_per_user() -> None:
    lab = DraftStore.for_user("/srv/lab/itc-lab.sqlite", "technician")
    other_file = DraftStore.for_user("/srv/lab/copy.sqlite", "technician")
    other_user = DraftStore.for_user("/srv/lab/itc-lab.sqlite", "manager")
    odd_name = DraftStore.for_user("/srv/lab/itc-lab.sqlite", "../../technician")
    lab.save("result-hardness", "12", VALUES)
    assert other_file.load("result-hardness", "12") is None
    assert other_user.load("result-hardness", "12") is None
    assert odd_name.folder.parent == lab.folder.parent  # a name never leaves the folder
    assert odd_name.load("result-hardness", "12") is None


def test_a_crash_while_writing_leaves_the_previous_draft() -> None:
    store = DraftStore.for_user("/srv/lab/crash.sqlite", "technician")
    store.save("job", "new", VALUES)
    path = store.path("job", "new")
    # The next save died after writing half of its file beside the draft.
    path.with_name(path.name + ".partial").write_text('{"format": 1, "saved_', encoding="utf-8")
    draft = store.load("job", "new")
    assert draft is not None and draft.values == VALUES
    store.save("job", "new", {"title": "newer"})  # the next save replaces the leftover too
    draft = store.load("job", "new")
    assert draft is not None and draft.values == {"title": "newer"}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"format": 1, "saved_at": "2026-12', "the file is damaged"),
        ("\x00\x01binary", "the file is damaged"),
        (json.dumps({"format": 1, "saved_at": "2026-12-05T10:00:00", "values": {}}), "damaged"),
        (
            json.dumps({"format": 1, "saved_at": "2026-12-05T10:00:00+00:00", "values": []}),
            "damaged",
        ),
        (
            json.dumps({"format": 2, "saved_at": "2026-12-05T10:00:00+00:00", "values": {}}),
            "it was written by another version of the program",
        ),
    ],
    ids=["cut-short", "binary", "no-time-zone", "values-not-a-mapping", "newer-format"],
)
def test_a_damaged_or_foreign_draft_is_refused_with_the_reason(content: str, reason: str) -> None:
    store = DraftStore.for_user("/srv/lab/damaged.sqlite", "technician")
    store.folder.mkdir(parents=True, exist_ok=True)
    store.path("job", "new").write_text(content, encoding="utf-8")
    with pytest.raises(DraftUnreadable, match=reason):
        store.load("job", "new")
