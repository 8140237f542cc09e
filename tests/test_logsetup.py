"""The log: a rotating file in the user log folder (ITC_HOME in tests), set up once."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

import pytest

from itc_desktop.config import user_log_dir
from itc_desktop.logsetup import LOG_FILE_NAME, configure_logging


def _our_handlers() -> list[RotatingFileHandler]:
    path = str(user_log_dir() / LOG_FILE_NAME)
    return [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, RotatingFileHandler) and h.baseFilename == path
    ]


def test_the_log_is_a_rotating_file_in_the_user_log_folder() -> None:
    path = configure_logging()
    assert path == user_log_dir() / LOG_FILE_NAME
    configure_logging()  # a second call adds no second handler
    (handler,) = _our_handlers()
    assert (handler.maxBytes, handler.backupCount) == (2_000_000, 5)
    logging.getLogger("itc_desktop.test").error("Ćirilica и ékezet: a line for the log")
    handler.flush()
    assert "Ćirilica и ékezet: a line for the log" in path.read_text(encoding="utf-8")


def test_a_full_log_is_rotated_not_grown(monkeypatch: pytest.MonkeyPatch) -> None:
    path = configure_logging()
    (handler,) = _our_handlers()
    monkeypatch.setattr(handler, "maxBytes", 200)
    for n in range(20):
        logging.getLogger("itc_desktop.test").warning("line %d %s", n, "x" * 40)
    handler.flush()
    assert path.with_name(LOG_FILE_NAME + ".1").exists()
    assert path.stat().st_size <= 400
