"""The program's language, switched at runtime: Qt's translator (ui/translation.py), the
Qt-free messages (`itc_desktop.i18n`), Qt's own dialog texts where Qt ships them, and the
default QLocale for numbers in spin boxes and date edits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from itc_desktop import i18n
from itc_desktop.ui.translation import LANGUAGES, load_language

PREF_LANGUAGE = "ui.language"
_LOCALES = {"en": "en_GB", "hu": "hu_HU", "sr": "sr_Latn_RS", "sr-Cyrl": "sr_Cyrl_RS"}
_qt_base: dict[int, QTranslator] = {}


def _load_qt_base(app: QCoreApplication, code: str) -> None:
    """Qt's own texts (the buttons of message boxes, file dialogs) where Qt has them."""
    old = _qt_base.pop(id(app), None)
    if old is not None:
        app.removeTranslator(old)
        old.deleteLater()
    if code == "en":
        return
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(_LOCALES[code]), "qtbase", "_", folder):
        app.installTranslator(translator)
        _qt_base[id(app)] = translator
    else:
        translator.deleteLater()


def apply_language(code: str) -> bool:
    """Makes `code` the language of everything shown from now on; False (nothing changed)
    for an unknown language or one whose catalogue cannot be loaded."""
    app = QCoreApplication.instance()
    if code not in LANGUAGES or app is None or not load_language(app, code):
        return False
    _load_qt_base(app, code)
    i18n.set_language(code)
    QLocale.setDefault(QLocale(_LOCALES[code]))
    return True


def language_names() -> dict[str, str]:
    """Code -> the language's own name (English, Magyar, Srpski, Српски)."""
    return dict(LANGUAGES)
