"""Qt fixtures: background work inline, dialogs captured instead of blocking, windows and page
contexts for each role."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from itc_desktop.db import Actor, Database
from itc_desktop.ui import background
from itc_desktop.ui.background import BackgroundRunner
from itc_desktop.ui.errors import ErrorBox, UnexpectedErrorDialog
from itc_desktop.ui.main_window import MainWindow
from itc_desktop.ui.pages.registry import PageContext
from tests.ui.keyboard import type_text


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform says it cannot propagate size hints whenever a window is shown;
    # that is the test platform talking, not the program.
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))


@pytest.fixture(autouse=True)
def qt_language_back_to_english(qapp: object) -> Iterator[None]:
    """Qt's translator too: the next test starts with the source texts."""
    yield
    from itc_desktop.ui.translation import current_language, load_language

    if current_language(qapp) != "en":  # type: ignore[arg-type]
        load_language(qapp, "en")  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def inline_background_work(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every runner made during a UI test works inline unless the test asks otherwise."""
    monkeypatch.setattr(background, "SYNCHRONOUS", True)
    monkeypatch.setattr(background, "_default_runner", None)
    yield


@pytest.fixture
def typist() -> Callable[[QWidget, str], None]:
    return type_text


@pytest.fixture
def runner(qapp: object) -> BackgroundRunner:
    return BackgroundRunner(synchronous=True)


@dataclass
class Shown:
    """A message box that a test captured instead of letting it block."""

    kind: str
    title: str
    text: str
    details: str


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[Shown]:
    boxes: list[Shown] = []

    def capture(kind: str) -> Callable[[QMessageBox], int]:
        def exec_(box: QMessageBox) -> int:
            boxes.append(Shown(kind, box.windowTitle(), box.text(), box.detailedText()))
            return QMessageBox.StandardButton.Ok.value

        return exec_

    monkeypatch.setattr(ErrorBox, "exec", capture("error"))
    monkeypatch.setattr(UnexpectedErrorDialog, "exec", capture("unexpected"))
    return boxes


@pytest.fixture
def context_for(db: Database, runner: BackgroundRunner) -> Callable[[Actor], PageContext]:
    return lambda actor: PageContext(db=db, actor=actor, runner=runner)


@pytest.fixture
def open_window(qtbot, db: Database, runner: BackgroundRunner) -> Callable[[Actor], MainWindow]:
    def make(actor: Actor) -> MainWindow:
        window = MainWindow(db, actor, runner=runner)
        qtbot.addWidget(window)
        window.show()
        return window

    return make
