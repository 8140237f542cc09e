"""Translations: the .ts files compiled by lrelease into the cache on first use (and again
when the .ts is newer), installed and removed at runtime; every kiosk text translated into
Hungarian, Serbian Latin and Serbian Cyrillic, with the placeholders kept and the Cyrillic
the exact transliteration of the Latin."""

from __future__ import annotations

import ast
import os
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from itc_desktop.i18n_catalog import catalogue, extract, read_ts
from itc_desktop.ui import translation
from itc_desktop.ui.translation import compiled_qm, current_language, load_language, ts_file

KIOSK_SOURCES = Path(translation.__file__).parent / "kiosk"


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    load_language(qapp, "en")


def kiosk_strings() -> list[str]:
    """Every text the kiosk passes to _tr() or marks with QT_TRANSLATE_NOOP("Kiosk", ...)."""
    found: list[str] = []
    for path in sorted(KIOSK_SOURCES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            args = node.args
            if name == "_tr" and len(args) == 1 and isinstance(args[0], ast.Constant):
                found.append(args[0].value)
            elif name == "QT_TRANSLATE_NOOP" and len(args) == 2:
                assert isinstance(args[0], ast.Constant) and args[0].value == "Kiosk"
                assert isinstance(args[1], ast.Constant)
                found.append(args[1].value)
    return list(dict.fromkeys(found))


def ts_messages(code: str) -> dict[str, str]:
    root = ET.parse(ts_file(code)).getroot()
    (context,) = [c for c in root.iter("context") if c.findtext("name") == "Kiosk"]
    return {
        m.findtext("source") or "": m.findtext("translation") or "" for m in context.iter("message")
    }


def ts_messages_all(code: str) -> dict[tuple[str, str], str]:
    return {(key.context, key.source): text for key, text in read_ts(ts_file(code)).items()}


def test_the_kiosk_has_its_texts_to_translate() -> None:
    strings = kiosk_strings()
    assert len(strings) > 40
    assert "We are testing your parts." in strings  # a status sentence
    assert "Check the status of your job" in strings
    # The program's catalogue tool (issue 10) sees the same texts, so updating the .ts files
    # never marks the kiosk's translations as vanished.
    messages, unresolved = extract()
    assert {m.key.source for m in messages if m.key.context == "Kiosk"} == set(strings)
    assert not [place for place in unresolved if "/kiosk/" in place]


@pytest.mark.parametrize("code", ["hu", "sr", "sr-Cyrl"])
def test_every_kiosk_text_is_translated_with_its_placeholders(code: str) -> None:
    messages = ts_messages(code)
    for source in kiosk_strings():
        assert source in messages, (code, source)
        translated = messages[source]
        assert translated.strip() and translated != source, (code, source)
        assert re.findall(r"\{\w+\}", translated) == re.findall(r"\{\w+\}", source)
    assert set(messages) == set(kiosk_strings()), "texts no longer used"


_PAIRS = {"lj": "љ", "Lj": "Љ", "nj": "њ", "Nj": "Њ", "dž": "џ", "Dž": "Џ"}
_SINGLE = dict(zip("abcčćdđefghijklmnoprsštuvzž", "абцчћдђефгхијклмнопрсштувзж", strict=True))
_SINGLE |= {k.upper(): v.upper() for k, v in list(_SINGLE.items())}
_KEEP = re.compile(r"\{\w+\}|ITC-\d{4}-\d{4}|QR")


def to_cyrillic(latin: str) -> str:
    out, i = [], 0
    while i < len(latin):
        keep = _KEEP.match(latin, i)
        if keep:
            out.append(keep.group())
            i = keep.end()
        elif latin[i : i + 2] in _PAIRS:
            out.append(_PAIRS[latin[i : i + 2]])
            i += 2
        else:
            out.append(_SINGLE.get(latin[i], latin[i]))
            i += 1
    return "".join(out)


def test_serbian_cyrillic_is_the_transliteration_of_the_latin() -> None:
    assert to_cyrillic("Zaustavljen nalog, džep, Đorđe") == "Заустављен налог, џеп, Ђорђе"
    latin, cyrillic = ts_messages("sr"), ts_messages("sr-Cyrl")
    for source, text in latin.items():
        assert cyrillic[source] == to_cyrillic(text), source
        left = _KEEP.sub("", cyrillic[source])
        assert not re.search(r"[A-Za-zčćđšžČĆĐŠŽ]", left), cyrillic[source]


def test_pressing_a_language_installs_it_and_english_removes_it(app: QApplication) -> None:
    assert load_language(app, "hu")
    assert current_language(app) == "hu"
    assert QCoreApplication.translate("Kiosk", "Done") == "Kész"
    assert load_language(app, "sr-Cyrl")
    assert QCoreApplication.translate("Kiosk", "Done") == "Готово"
    assert load_language(app, "en")
    assert current_language(app) == "en"
    assert QCoreApplication.translate("Kiosk", "Done") == "Done"


def test_an_unknown_language_changes_nothing(app: QApplication) -> None:
    assert load_language(app, "sr")
    assert not load_language(app, "de")
    assert current_language(app) == "sr"
    assert QCoreApplication.translate("Kiosk", "Done") == "Gotovo"


def test_compiled_once_into_the_cache_and_again_when_the_ts_is_newer(tmp_path: Path) -> None:
    ts = tmp_path / "itc_hu.ts"
    shutil.copy(ts_file("hu"), ts)
    out = tmp_path / "cache"
    out.mkdir()
    qm = compiled_qm(ts, out)
    assert qm is not None and qm.parent == out and qm.stat().st_size > 1000
    first = qm.stat().st_mtime
    assert compiled_qm(ts, out) == qm and qm.stat().st_mtime == first  # not compiled again
    os.utime(ts, (first + 10, first + 10))
    assert compiled_qm(ts, out) == qm and qm.stat().st_mtime > first
    assert compiled_qm(tmp_path / "itc_xx.ts", out) is None
    assert not list(out.glob("*.partial"))


def test_a_broken_ts_file_is_refused_and_leaves_no_file(tmp_path: Path) -> None:
    ts = tmp_path / "itc_hu.ts"
    ts.write_text("<TS><context><name>Kiosk", encoding="utf-8")
    assert compiled_qm(ts, tmp_path) is None
    assert not list(tmp_path.glob("*.qm*"))


def test_the_cache_follows_itc_home() -> None:
    assert translation.cache_dir().is_relative_to(Path(os.environ["ITC_HOME"]))
    assert translation.lrelease_program() is not None


def test_serbian_cyrillic_covers_the_whole_program_derived_from_the_latin(
    app: QApplication,
) -> None:
    latin = ts_messages_all("sr")
    (context, source), text = next(
        (key, value) for key, value in latin.items() if key[0] not in ("Kiosk", "itc")
    )
    assert load_language(app, "sr-Cyrl")
    shown = QCoreApplication.translate(context, source)
    assert shown == to_cyrillic(text) and shown != text


@pytest.mark.parametrize("code", ["hu", "sr", "sr-Cyrl"])
def test_counted_messages_are_translated_for_every_count(app: QApplication, code: str) -> None:
    """`tr("%n piece(s) of equipment", "", n)`: Qt picks one of the language's plural forms by
    n (Serbian has three: 1, 2–4, 5 and more). Every form must be there: with one plain
    translation, Serbian showed "15 piece(s) of equipment" in English."""
    latin = catalogue("sr" if code == "sr-Cyrl" else code)
    counted = {key: text for key, text in catalogue(code).items() if "%n" in key.source}
    assert len(counted) >= 10 and len(counted) == sum("%n" in k.source for k in latin)
    assert load_language(app, code)
    for key, text in counted.items():
        for n in (1, 2, 3, 5, 11, 21, 104):
            shown = QCoreApplication.translate(key.context, key.source, "", n)
            assert shown == text.replace("%n", str(n)), (code, key.source, n)


def test_hand_written_cyrillic_wins_over_the_derived_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from itc_desktop import i18n_catalog

    monkeypatch.setattr(i18n_catalog, "translations_dir", lambda: tmp_path)
    monkeypatch.setattr(translation, "translations_dir", lambda: tmp_path)
    latin = tmp_path / "itc_sr.ts"
    hand = tmp_path / "itc_sr_Cyrl.ts"
    head = '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1">'
    latin.write_text(
        f"{head}<context><name>X</name>"
        "<message><source>Drawer</source><translation>Fioka</translation></message>"
        "<message><source>Gone</source><translation type='vanished'>Nema</translation></message>"
        "<message><source>Later</source><translation type='unfinished'/></message>"
        "<message><source>Injection</source><translation>Injekcija</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    hand.write_text(
        f"{head}<context><name>X</name><message><source>Injection</source>"
        "<translation>Инјекција</translation></message></context></TS>",
        encoding="utf-8",
    )
    out = tmp_path / "cache"
    out.mkdir()
    derived = translation.derived_cyrillic_ts(out)
    assert derived is not None
    found = {
        m.findtext("source"): m.findtext("translation")
        for m in ET.parse(derived).getroot().iter("message")
    }
    # nj in "Injekcija" is two letters (н + ј), not њ: the hand-written entry says so.
    assert found == {"Drawer": "Фиока", "Injection": "Инјекција"}
    first = derived.stat().st_mtime
    assert translation.derived_cyrillic_ts(out) == derived
    assert derived.stat().st_mtime == first  # not rebuilt while the sources are older
    os.utime(latin, (first + 10, first + 10))
    translation.derived_cyrillic_ts(out)
    assert derived.stat().st_mtime > first
    assert compiled_qm(derived, out) is not None
    latin.unlink()
    assert translation.derived_cyrillic_ts(out) is None


def test_an_installed_wheel_uses_the_translations_compiled_at_build_time(
    app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    qm = compiled_qm(ts_file("hu"), tmp_path)
    assert qm is not None
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    shutil.copy(qm, shipped / "itc_hu.qm")  # as the wheel has it: no .ts needed, no compiling
    monkeypatch.setattr(translation, "translations_dir", lambda: shipped)
    monkeypatch.setattr(translation, "compiled_qm", lambda *a, **k: pytest.fail("compiled"))
    try:
        assert load_language(app, "hu")
        assert QCoreApplication.translate("pages", "Dashboard") != "Dashboard"
    finally:
        load_language(app, "en")
