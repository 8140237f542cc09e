"""Four languages in the window: switched from the menu at runtime (no restart) and remembered
per user; every page walked in Hungarian, Serbian Latin and Serbian Cyrillic shows no English
text that the catalogues translate and fits a laptop screen; service refusals arrive in the
user's language."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from itc_desktop import i18n
from itc_desktop.db import Database
from itc_desktop.demo import fill_demo
from itc_desktop.i18n_catalog import Key, catalogue
from itc_desktop.services import jobs as job_service
from itc_desktop.services.errors import NotFound
from itc_desktop.services.users import authenticate
from itc_desktop.ui.language import apply_language
from itc_desktop.ui.main_window import MainWindow
from tests.ui.language_walk import Untranslated, visible_texts


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    apply_language("en")


@pytest.fixture
def demo_db(db: Database) -> Database:
    fill_demo(db)
    return db


def sign_in(db: Database, username: str = "admin", password: str = "itc-admin-2026"):  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        return authenticate(session, username, password)


def test_the_language_menu_switches_at_once_and_is_remembered(
    qtbot, demo_db: Database, runner
) -> None:  # type: ignore[no-untyped-def]
    manager = sign_in(demo_db, "manager", "itc-manager-2026")
    window = MainWindow(demo_db, manager, runner=runner)
    qtbot.addWidget(window)
    window.show()
    window.show_page("jobs")
    hungarian = catalogue("hu")
    assert window.sidebar.item(0).text() == "Dashboard"
    window.language_actions["hu"].trigger()
    assert i18n.current_language() == "hu"
    assert window.sidebar.item(0).text() == hungarian[Key("pages", "Dashboard")]
    assert window.current_page_key() == "jobs"  # the same page, now in Hungarian
    jobs = window.page_widget("jobs")
    model = jobs.view.model()
    dues = [model.index(r, 5).data() for r in range(model.rowCount())]
    assert any(re.fullmatch(r"\d{4}\. \d{2}\. \d{2}\.", d or "") for d in dues)  # 2026. 12. 18.
    assert window.language_actions["hu"].isChecked()
    window.language_actions["sr-Cyrl"].trigger()
    cyrillic = catalogue("sr-Cyrl")[Key("pages", "Dashboard")]
    assert window.sidebar.item(0).text() == cyrillic
    assert any("\u0400" <= ch <= "\u04ff" for ch in cyrillic)
    window.close()
    # The next sign-in of this user opens in the language chosen last.
    apply_language("en")
    again = MainWindow(demo_db, manager, runner=runner)
    qtbot.addWidget(again)
    assert again.sidebar.item(0).text() == cyrillic
    # Another user keeps their own (English).
    apply_language("en")
    other = MainWindow(demo_db, sign_in(demo_db), runner=runner)
    qtbot.addWidget(other)
    assert other.sidebar.item(0).text() == "Dashboard"


@pytest.mark.parametrize("lang", ["hu", "sr", "sr-Cyrl"])
def test_every_page_is_translated(qtbot, demo_db: Database, runner, lang: str) -> None:  # type: ignore[no-untyped-def]
    admin = sign_in(demo_db)
    window = MainWindow(demo_db, admin, runner=runner)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.set_language(lang)
    finder = Untranslated(lang)
    left: dict[str, list[str]] = {}
    for key in window.page_keys():
        window.show_page(key)
        qtbot.wait(10)
        found = finder.find(visible_texts(window))
        if found:
            left[key] = found
    assert not left, "\n".join(f"{page}: {texts}" for page, texts in left.items())
    # Every page still fits a 1366-pixel laptop screen with the window's frame: the longer
    # words of a language must not widen a bar, and so the window, beyond it (the bookings
    # bar needed 1,620 pixels; the Reports page grew the window to 1,480 when first shown).
    assert window.width() <= 1340, f"{lang}: the window grew to {window.width()} pixels"


def test_a_refusal_from_the_services_arrives_in_the_users_language(demo_db: Database) -> None:
    admin = sign_in(demo_db)
    apply_language("hu")
    with demo_db.reader() as session, pytest.raises(NotFound) as caught:
        job_service.get_job(session, admin, 999_999)
    english = "No job with id {id}."
    assert str(caught.value) != english.format(id=999_999)
    assert str(caught.value) == catalogue("hu")[Key("itc", english)].format(id=999_999)
