"""Loading the program's translations (resources/translations/itc_<lang>.ts) into Qt.

The .ts files are the source of truth; each is compiled with PySide6's lrelease on first use
into the user cache folder (again whenever the .ts is newer than the .qm), then installed as
a QTranslator. Serbian Cyrillic is derived from the Serbian Latin file (i18n_catalog's
`to_cyrillic`), with the entries of itc_sr_Cyrl.ts taking precedence where written by hand.
Switching language posts QEvent.LanguageChange to every widget, which retranslates its texts
in changeEvent.

    load_language(app, "hu")   # True when Hungarian is now installed
    load_language(app, "en")   # back to the source texts

Used by the kiosk and by the program's language menu (ui/language.py)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QProcess, QTranslator

from itc_desktop.config import APP_AUTHOR, APP_NAME, ENV_HOME
from itc_desktop.i18n_catalog import catalogue, write_ts
from itc_desktop.paths import resource_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
# Code -> the language's own name, as a language button shows it.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "hu": "Magyar",
    "sr": "Srpski",
    "sr-Cyrl": "Српски",
}

_TRANSLATOR_PROPERTY = "itc_language"
_installed: dict[int, QTranslator] = {}  # id(app) -> the translator now installed


def translations_dir() -> Path:
    return resource_path("translations")


def ts_file(code: str) -> Path:
    """itc_hu.ts, itc_sr.ts, itc_sr_Cyrl.ts."""
    return translations_dir() / f"itc_{code.replace('-', '_')}.ts"


def cache_dir() -> Path:
    """Where compiled .qm files live: the user cache folder (under ITC_HOME when set)."""
    home = os.environ.get(ENV_HOME)
    base = Path(home) / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    path = base / "translations"
    path.mkdir(parents=True, exist_ok=True)
    return path


def lrelease_program() -> Path | None:
    """PySide6's lrelease: the binary inside the PySide6 package, else the pyside6-lrelease
    wrapper beside the Python interpreter."""
    import PySide6

    exe = ".exe" if sys.platform == "win32" else ""
    candidates = [
        Path(PySide6.__file__).resolve().parent / f"lrelease{exe}",
        Path(sys.executable).parent / f"pyside6-lrelease{exe}",
        Path(sys.executable).parent / "Scripts" / f"pyside6-lrelease{exe}",
    ]
    return next((c for c in candidates if c.is_file()), None)


def compiled_qm(ts: Path, out_dir: Path | None = None) -> Path | None:
    """The .qm of `ts`, compiled when missing or older than the .ts; None when the .ts is
    missing or cannot be compiled (the reason is logged)."""
    if not ts.is_file():
        log.warning("no translation file %s", ts)
        return None
    qm = (out_dir or cache_dir()) / f"{ts.stem}.qm"
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    program = lrelease_program()
    if program is None:
        log.warning("lrelease not found; cannot compile %s", ts)
        return None
    partial = qm.with_name(f"{qm.name}.{os.getpid()}.partial")
    # QProcess runs the program directly (no shell), the same on Windows and Linux.
    code = QProcess.execute(str(program), ["-silent", str(ts), "-qm", str(partial)])
    if code != 0 or not partial.is_file():
        log.warning("lrelease failed (%s) on %s", code, ts)
        partial.unlink(missing_ok=True)
        return None
    os.replace(partial, qm)
    return qm


def derived_cyrillic_ts(out_dir: Path | None = None) -> Path | None:
    """A .ts of Serbian Cyrillic (i18n_catalog.catalogue("sr-Cyrl"): the Latin transliterated,
    the hand-written entries over it). Rebuilt when a source is newer; None without the Latin."""
    latin, hand = ts_file("sr"), ts_file("sr-Cyrl")
    if not latin.is_file():
        return None
    target = (out_dir or cache_dir()) / "itc_sr_Cyrl.derived.ts"
    newest = max(p.stat().st_mtime for p in (latin, hand) if p.is_file())
    if target.is_file() and target.stat().st_mtime >= newest:
        return target
    messages = catalogue("sr-Cyrl")
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    write_ts(partial, "sr-Cyrl", list(messages), messages)
    os.replace(partial, target)
    return target


def current_language(app: QCoreApplication) -> str:
    value = app.property(_TRANSLATOR_PROPERTY)
    return str(value) if value else SOURCE_LANGUAGE


def load_language(app: QCoreApplication, code: str) -> bool:
    """Installs the translation of `code` (replacing the one installed before); "en" removes
    it. Returns False, leaving the language as it was, when `code` is unknown or its file
    cannot be loaded."""
    if code not in LANGUAGES:
        return False
    translator: QTranslator | None = None
    if code != SOURCE_LANGUAGE:
        shipped = translations_dir() / f"itc_{code.replace('-', '_')}.qm"
        if shipped.is_file():  # an installed wheel: compiled at build time
            qm: Path | None = shipped
        else:
            ts = derived_cyrillic_ts() if code == "sr-Cyrl" else ts_file(code)
            qm = compiled_qm(ts) if ts is not None else None
        translator = QTranslator(app)
        if qm is None or not translator.load(str(qm)):
            log.warning("cannot load the %s translation", code)
            translator.deleteLater()
            return False
    old = _installed.pop(id(app), None)
    if old is not None:
        app.removeTranslator(old)
        old.deleteLater()
    if translator is not None:
        app.installTranslator(translator)
        _installed[id(app)] = translator
    app.setProperty(_TRANSLATOR_PROPERTY, code)
    return True
