"""The catalogues are complete: every message of the program (extracted from the source) has a
Hungarian, Serbian Latin and Serbian Cyrillic translation that keeps its placeholders and its
keyboard mnemonic, and the Cyrillic one really is Cyrillic."""

from __future__ import annotations

import re

import pytest

from itc_desktop.i18n_catalog import Key, Message, catalogue, extract, placeholders

MESSAGES, UNRESOLVED = extract()
_MNEMONIC = re.compile(r"&(?!&)(?=\w)")


def _mnemonics(text: str) -> int:
    return len(_MNEMONIC.findall(text.replace("&&", "")))


def test_every_tr_call_has_a_known_context() -> None:
    assert UNRESOLVED == []


def test_the_program_has_its_messages() -> None:
    assert len(MESSAGES) > 2000


def test_headers_given_to_a_records_table_are_messages_of_its_context() -> None:
    """RecordsTableModel(headers, context) translates its headers in that context: the
    calibration, override, maintenance and import tables showed English headers in every
    language while the extractor did not see them."""
    keys = {message.key for message in MESSAGES}
    for context, source in (
        ("CalibrationTab", "Calibrated"),
        ("CalibrationTab", "Justification"),
        ("ImportDialog", "Problem"),
    ):
        assert Key(context, source) in keys
    assert catalogue("hu")[Key("CalibrationTab", "Calibrated")] == "Kalibrálva"


@pytest.mark.parametrize("lang", ["hu", "sr", "sr-Cyrl"])
def test_every_message_is_translated_with_its_placeholders(lang: str) -> None:
    translations = catalogue(lang)
    missing: list[str] = []
    broken: list[str] = []
    for message in MESSAGES:
        text = translations.get(message.key)
        if not text:
            missing.append(_where(message))
        elif placeholders(text) != placeholders(message.key.source):
            broken.append(f"{_where(message)}: {text!r}")
        elif _mnemonics(message.key.source) == 1 and _mnemonics(text) != 1:
            broken.append(f"{_where(message)} (mnemonic): {text!r}")
    assert missing == [], f"{len(missing)} untranslated, e.g. {missing[:10]}"
    assert broken == [], f"{len(broken)} broken, e.g. {broken[:10]}"


def test_serbian_cyrillic_is_cyrillic() -> None:
    latin, cyrillic = catalogue("sr"), catalogue("sr-Cyrl")
    words = re.compile(r"\b[a-zčćđšž]{4,}\b")
    not_cyrillic = [
        key.source
        for key, text in latin.items()
        if words.search(re.sub(r"\{[^{}]*\}|\S+://\S+", "", text))
        and not re.search("[\u0400-\u04ff]", cyrillic[key])
    ]
    assert not_cyrillic == []


def _where(message: Message) -> str:
    return f"{message.where[0]} [{message.key.context}] {message.key.source[:50]!r}"
