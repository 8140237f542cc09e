"""The translation machinery: `_()` in the program's language and in a block's language,
Serbian Cyrillic derived from Latin, the extraction of messages from the source, the .ts round
trip that never loses a translation, and the user's date habits."""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path

import pytest

from itc_desktop import i18n
from itc_desktop.i18n import _, current_language, format_date, format_local_time, language
from itc_desktop.i18n_catalog import (
    QT_FREE_CONTEXT,
    Key,
    extract,
    placeholders,
    read_ts,
    to_cyrillic,
    write_ts,
)


@pytest.fixture
def fake_catalogues(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        i18n,
        "_catalogues",
        {
            "hu": {"unknown job {ref}": "ismeretlen megbízás: {ref}"},
            "sr": {"unknown job {ref}": "nepoznat posao {ref}"},
            "sr-Cyrl": {"unknown job {ref}": "непознат посао {ref}"},
        },
    )
    monkeypatch.setattr(i18n, "_program_language", "en")


def test_messages_follow_the_program_language_and_a_blocks_language(fake_catalogues: None) -> None:
    assert _("unknown job {ref}", ref="ITC-1") == "unknown job ITC-1"
    i18n.set_language("hu")
    assert current_language() == "hu"
    assert _("unknown job {ref}", ref="ITC-1") == "ismeretlen megbízás: ITC-1"
    with language("sr-Cyrl"):
        assert _("unknown job {ref}", ref="ITC-1") == "непознат посао ITC-1"
        with language("sr-Latn"):  # the report's spelling of Serbian Latin
            assert _("unknown job {ref}", ref="ITC-1") == "nepoznat posao ITC-1"
    assert _("unknown job {ref}", ref="ITC-1") == "ismeretlen megbízás: ITC-1"
    assert _("a message nobody translated") == "a message nobody translated"
    with pytest.raises(ValueError, match="unknown language"):
        i18n.set_language("de")


def test_a_blocks_language_stays_in_its_thread(fake_catalogues: None) -> None:
    seen: list[str] = []
    with language("hu"):
        worker = threading.Thread(target=lambda: seen.append(_("unknown job {ref}", ref="x")))
        worker.start()
        worker.join()
    assert seen == ["unknown job x"]  # another thread works in the program's language


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Ljubljana, Njegoš i džep", "Љубљана, Његош и џеп"),
        ("NACRT — NIJE VAŽEĆE, LJUBAV NJIVA DŽEP", "НАЦРТ — НИЈЕ ВАЖЕЋЕ, ЉУБАВ ЊИВА ЏЕП"),
        ("PDF, CSV i QR kod", "PDF, CSV и QR код"),  # acronyms stay
        ("&Sačuvaj izmene", "&Сачувај измене"),
        (
            "Rezervacija {name} za ITC-0001 (HV 10, Rp0.2) — %1",
            "Резервација {name} за ITC-0001 (HV 10, Rp0.2) — %1",
        ),
        ("Izveštaj ISO 6892-1: 12 kWh, 355 MPa", "Извештај ISO 6892-1: 12 kWh, 355 MPa"),
        ("Pošalji na <b>office@itc.rs</b>", "Пошаљи на <b>office@itc.rs</b>"),
        ("Đorđe Ćirić, Šabac, Žabalj", "Ђорђе Ћирић, Шабац, Жабаљ"),
        ("Wolfram i xenon", "Wolfram и xenon"),  # foreign words keep their letters
        (
            "Pokrenite `itc-desktop db init-server`, pa itc-desktop --db SOURCE db upgrade; "
            "ITC_DATABASE_URL={url} i --client-host",
            "Покрените `itc-desktop db init-server`, па itc-desktop --db SOURCE db upgrade; "
            "ITC_DATABASE_URL={url} и --client-host",
        ),  # command lines stay as typed
        # The symbols of the standards stay as printed in them; a word's E does not.
        ("Zatezna čvrstoća Rm", "Затезна чврстоћа Rm"),
        ("Ukupno izduženje pri Fm, Agt; Ag, A, At, Z", "Укупно издужење при Fm, Agt; Ag, A, At, Z"),
        (
            "Oznake: ■ Rp0.2 ili ReH, ▼ ReL; prava nagiba E",
            "Ознаке: ■ Rp0.2 или ReH, ▼ ReL; права нагиба E",
        ),
        ("Napon R (MPa)", "Напон R (MPa)"),
        ("Maks. rezervacija (h): {max} h", "Макс. резервација (h): {max} h"),
        ("&E-pošta: Ema", "&Е-пошта: Ема"),
    ],
)
def test_serbian_cyrillic_is_derived_from_latin(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic
    assert placeholders(to_cyrillic(latin)) == placeholders(latin)


def test_placeholders_are_found() -> None:
    assert placeholders("{n} of {total:.1f} at %1") == ["%1", "{n}", "{total:.1f}"]
    assert placeholders("no placeholders") == []


def test_extraction_finds_qt_and_qt_free_messages() -> None:
    messages, _unresolved = extract()
    keys = {m.key for m in messages}
    assert Key("ReportsPage", "Make a report") in keys  # self.tr in a class
    assert Key(QT_FREE_CONTEXT, "unknown job") in keys  # _() in a service
    assert Key(QT_FREE_CONTEXT, "Machine tool") in keys  # N_() where defined
    assert Key("errors", "Not allowed") in keys  # a module's _tr helper
    where = next(m.where for m in messages if m.key == Key("ReportsPage", "Make a report"))
    assert where[0].startswith("itc_desktop/ui/pages/reports.py:")


def test_ts_round_trip_keeps_every_translation(tmp_path: Path) -> None:
    path = tmp_path / "itc_hu.ts"
    kept, new, gone = Key("A", "Save"), Key("itc", "{n} rows"), Key("A", "Old text")
    write_ts(path, "hu", [kept, new], {kept: "Mentés", gone: "Régi szöveg"})
    assert read_ts(path) == {kept: "Mentés"}  # unfinished and vanished ones are not used
    text = path.read_text("utf-8")
    assert 'type="unfinished"' in text and 'type="vanished"' in text and "Régi szöveg" in text


def test_dates_in_the_users_habit() -> None:
    day = date(2026, 11, 28)
    assert format_date(day, "en") == "2026-11-28"
    assert format_date(day, "hu") == "2026. 11. 28."
    assert format_date(day, "sr") == "28.11.2026." == format_date(day, "sr-Cyrl")
    assert format_local_time(datetime(2026, 11, 28, 14, 7), "hu") == "2026. 11. 28. 14:07"


def test_table_dates_follow_the_program_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from zoneinfo import ZoneInfo

    from itc_desktop.ui.widgets.tables import date_text, local_text

    at = datetime(2026, 3, 5, 13, 7, tzinfo=ZoneInfo("UTC"))
    zone = ZoneInfo("Europe/Budapest")
    monkeypatch.setattr(i18n, "_program_language", "en")
    assert local_text(at, zone) == "2026-03-05 14:07" and date_text(at.date()) == "2026-03-05"
    i18n.set_language("hu")
    assert local_text(at, zone) == "2026. 03. 05. 14:07"
    i18n.set_language("sr-Cyrl")
    assert date_text(at.date()) == "05.03.2026."
    assert local_text(None, zone) == "" and date_text(None) == ""
