"""The translation catalogues: which messages the program has, and their translations.

One source of truth per string: `resources/translations/itc_<lang>.ts` (Qt's XML format) holds
the Hungarian and Serbian (Latin) translations of every message — the Qt texts (`self.tr`,
`QCoreApplication.translate`, `QT_TRANSLATE_NOOP`, a module's `_tr` helper, a table model's
`HEADERS`, the headers given to a `RecordsTableModel`) under their Qt context, and the
Qt-free texts of services, reports and commands (`_()`, `N_()`) under the context `itc`.
Serbian Cyrillic is never written by hand: `to_cyrillic` derives it from the Latin text, in
this one place.

`extract()` reads the source with `ast` (no import, no Qt); `update_catalogues()` adds new
messages to the .ts files, keeps every translation, and marks vanished ones obsolete. Run it
with `python -m itc_desktop.i18n_catalog` after changing user-visible texts."""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

QT_FREE_CONTEXT = "itc"
WRITTEN_LANGUAGES = ("hu", "sr")  # sr-Cyrl is derived from sr
TS_LANGUAGE = {"hu": "hu_HU", "sr": "sr_RS@latin", "sr-Cyrl": "sr_RS"}
# How many plural forms Qt's translator has for each language: a `tr("… %n …", "", n)` message
# is looked up in form 0, 1 or 2 by n (Serbian: 1, 2–4, 5+; Hungarian: one for all). The
# translations are written to read right for any n ("%n kom. opreme"), so each form is the
# same text; a message with one plain translation was found for n = 1 only in Serbian.
PLURAL_FORMS = {"hu": 1, "sr": 3, "sr-Cyrl": 3}

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%\d+|%n")


@dataclass(frozen=True)
class Key:
    context: str
    source: str


@dataclass
class Message:
    key: Key
    where: list[str] = field(default_factory=list)  # "path:line"


# --------------------------------------------------------------------------- extraction


def _string(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _tr_helper_context(tree: ast.Module) -> str | None:
    """The context of a module's `def _tr(text): return QCoreApplication.translate("X", text)`."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr == "translate"
                    and inner.args
                ):
                    return _string(inner.args[0])
    return None


class _Finder(ast.NodeVisitor):
    def __init__(self, path: str, tr_context: str | None):
        self.path = path
        self.tr_context = tr_context
        self.classes: list[str] = []
        self.found: list[tuple[Key, int]] = []
        self.unresolved: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self._class_headers(node)
        self.generic_visit(node)
        self.classes.pop()

    def _class_headers(self, node: ast.ClassDef) -> None:
        """A table model's column titles, `HEADERS = ("Name", ...)`, translated where shown
        under the class's `CONTEXT` (a string attribute) or else its name."""
        attributes: dict[str, ast.expr] = {}
        for statement in node.body:
            if isinstance(statement, ast.Assign) and isinstance(statement.targets[0], ast.Name):
                attributes[statement.targets[0].id] = statement.value
        headers = attributes.get("HEADERS")
        if not isinstance(headers, ast.Tuple):
            return
        context = _string(attributes.get("CONTEXT")) or node.name
        for element in headers.elts:
            self._add(context, _string(element), element)

    def _add(self, context: str, source: str | None, node: ast.AST) -> None:
        if source:
            self.found.append((Key(context, source), getattr(node, "lineno", 0)))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        first = node.args[0] if node.args else None
        second = node.args[1] if len(node.args) > 1 else None
        if isinstance(func, ast.Attribute) and func.attr == "tr" and _string(first):
            if self.classes:
                self._add(self.classes[-1], _string(first), node)
            else:
                self.unresolved.append(f"{self.path}:{node.lineno}")
        elif (isinstance(func, ast.Attribute) and func.attr == "translate" and _string(second)) or (
            isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP" and _string(second)
        ):
            self._add(_string(first) or "", _string(second), node)
        elif (
            isinstance(func, ast.Name)
            and func.id == "RecordsTableModel"
            and isinstance(first, ast.Tuple)
            and _string(second)
        ):
            # RecordsTableModel(headers, context): the headers are translated in that context.
            for element in first.elts:
                self._add(_string(second) or "", _string(element), element)
        elif isinstance(func, ast.Name) and func.id in ("_", "N_") and _string(first):
            self._add(QT_FREE_CONTEXT, _string(first), node)
        elif isinstance(func, ast.Name) and func.id == "_tr" and _string(second):
            self._add(_string(first) or "", _string(second), node)  # _tr(context, text)
        elif (
            isinstance(func, ast.Name)
            and func.id == "_tr"
            and len(node.args) == 1
            and _string(first)
        ):
            if self.tr_context:
                self._add(self.tr_context, _string(first), node)
            else:
                self.unresolved.append(f"{self.path}:{node.lineno}")
        self.generic_visit(node)


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def extract(root: Path | None = None) -> tuple[list[Message], list[str]]:
    """Every translatable message under `root` (the package), in first-seen order, and the
    places where a `tr` call's context cannot be told from the source."""
    root = root or package_dir()
    messages: dict[Key, Message] = {}
    unresolved: list[str] = []
    for path in sorted(root.rglob("*.py")):
        if path.name == Path(__file__).name:
            continue
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        relative = path.relative_to(root.parent).as_posix()
        finder = _Finder(relative, _tr_helper_context(tree))
        finder.visit(tree)
        unresolved += finder.unresolved
        for key, line in finder.found:
            messages.setdefault(key, Message(key)).where.append(f"{relative}:{line}")
    return list(messages.values()), unresolved


# --------------------------------------------------------------------------- .ts files


def read_ts(path: Path) -> dict[Key, str]:
    """The finished translations of a .ts file (obsolete and empty ones left out)."""
    if not path.is_file():
        return {}
    translations: dict[Key, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            if element is None or element.get("type") in ("obsolete", "vanished"):
                continue
            text = element.findtext("numerusform") or element.text or ""
            if text.strip() and element.get("type") != "unfinished":
                translations[Key(name, source)] = text
    return translations


def is_plural(source: str) -> bool:
    """A message Qt translates with a count (`%n`): one translation per plural form."""
    return "%n" in source


def write_ts(path: Path, lang: str, keys: Iterable[Key], translations: dict[Key, str]) -> None:
    """Writes a .ts file with `keys` in order (untranslated ones marked unfinished) and the
    translations no longer used marked vanished, so nothing written by a translator is lost."""
    root = ET.Element("TS", version="2.1", language=TS_LANGUAGE[lang])
    contexts: dict[str, ET.Element] = {}

    def context_element(name: str) -> ET.Element:
        if name not in contexts:
            element = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = name
            contexts[name] = element
        return contexts[name]

    used = set()
    for key in keys:
        used.add(key)
        message = ET.SubElement(context_element(key.context), "message")
        ET.SubElement(message, "source").text = key.source
        translation = ET.SubElement(message, "translation")
        text = translations.get(key)
        if text is None:
            translation.set("type", "unfinished")
        if is_plural(key.source):
            message.set("numerus", "yes")
            for _form in range(PLURAL_FORMS[lang]):
                ET.SubElement(translation, "numerusform").text = text
        elif text is not None:
            translation.text = text
    for key, text in translations.items():
        if key not in used:
            message = ET.SubElement(context_element(key.context), "message")
            ET.SubElement(message, "source").text = key.source
            ET.SubElement(message, "translation", type="vanished").text = text
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def translations_dir() -> Path:
    from itc_desktop.paths import resource_path

    return resource_path("translations")


def ts_path(lang: str) -> Path:
    return translations_dir() / f"itc_{lang.replace('-', '_')}.ts"


def catalogue(lang: str) -> dict[Key, str]:
    """The translations of `lang`. sr-Cyrl is transliterated from sr; the few entries of
    itc_sr_Cyrl.ts (where a transliteration would be wrong) are written by hand and win."""
    if lang == "sr-Cyrl":
        derived = {key: to_cyrillic(text) for key, text in read_ts(ts_path("sr")).items()}
        return derived | read_ts(ts_path("sr-Cyrl"))
    return read_ts(ts_path(lang))


def update_catalogues() -> list[str]:
    """Brings hu and sr up to date with the source; returns the unresolved `tr` places."""
    messages, unresolved = extract()
    keys = [m.key for m in messages]
    for lang in WRITTEN_LANGUAGES:
        path = ts_path(lang)
        write_ts(path, lang, keys, read_ts(path) | _vanished(path))
    return unresolved


def _vanished(path: Path) -> dict[Key, str]:
    """Translations kept as vanished: they come back when their message does."""
    if not path.is_file():
        return {}
    kept: dict[Key, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            if element is not None and element.get("type") == "vanished" and element.text:
                kept[Key(name, message.findtext("source") or "")] = element.text
    return kept


# --------------------------------------------------------------------------- checks


def placeholders(text: str) -> list[str]:
    """`{name}`, `{value:.1f}`, `%1`: what a translation must keep."""
    return sorted(_PLACEHOLDER.findall(text))


# --------------------------------------------------------------------------- Serbian Cyrillic

_LATIN_TO_CYRILLIC = {
    "lj": "љ", "nj": "њ", "dž": "џ", "Lj": "Љ", "LJ": "Љ", "Nj": "Њ", "NJ": "Њ", "Dž": "Џ",
    "DŽ": "Џ", "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ", "e": "е",
    "f": "ф", "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н",
    "o": "о", "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з",
    "ž": "ж", "A": "А", "B": "Б", "C": "Ц", "Č": "Ч", "Ć": "Ћ", "D": "Д", "Đ": "Ђ", "E": "Е",
    "F": "Ф", "G": "Г", "H": "Х", "I": "И", "J": "Ј", "K": "К", "L": "Л", "M": "М", "N": "Н",
    "O": "О", "P": "П", "R": "Р", "S": "С", "Š": "Ш", "T": "Т", "U": "У", "V": "В", "Z": "З",
    "Ž": "Ж",
}  # fmt: skip
# Kept in Latin letters: placeholders, markup and entities, codes and units with digits,
# acronyms of two or three capitals (ISO, PDF, HV 10, ITC-2026-0001, Rp0.2, kWh, MPa), words
# with letters Serbian does not have (q, w, x, y: names and foreign words), the symbols of
# ISO 6892-1 and ISO 148-1 (Rm, ReH, Fm, Ag, A, E, R, Z; not the E of "E-pošta") and the hour
# (h), e-mail or web
# addresses; command lines (`quoted`, itc-desktop …, --options).
_KEEP = re.compile(
    r"\{[^{}]*\}|%\d+|%n|<[^<>]*>|&[a-z]+;|\S+@\S+|https?://\S+|\S+://\S+"
    r"|`[^`]*`|--[a-z][\w-]*|\b\w+_\w+\b"
    r"|\bitc-desktop(?:\s+(?:--?[\w-]+|[A-Z][A-Z_]+|db|kiosk|report|user|demo|audit|upgrade"
    r"|backup|current|copy|init-server|verify)\b)*"
    r"|\b\w*\d\w*\b"
    r"|\b[A-Z]{2,3}\b"
    r"|\b[a-z]+[A-Z]\w*\b"
    r"|\b\w*[qwxyQWXY]\w*\b"
    r"|\b(?:kWh|MPa|GPa|kN|kW|mm|cm|µm|kg|Hz|rpm)\b"
    r"|\b(?:Rm|ReH|ReL|Fm|Ag|Agt|At|A|E|R|Z)\b(?!-)|\bh\b"
)
_LETTER = re.compile(r"[LlNn][Jj]|[Dd][Žž]|.", re.DOTALL)


def _transliterate(text: str) -> str:
    return "".join(_LATIN_TO_CYRILLIC.get(piece, piece) for piece in _LETTER.findall(text))


def to_cyrillic(text: str) -> str:
    """Serbian Latin → Cyrillic (lj → љ, nj → њ, dž → џ), leaving placeholders, markup, codes,
    units and foreign words as they are."""
    out: list[str] = []
    position = 0
    for match in _KEEP.finditer(text):
        out.append(_transliterate(text[position : match.start()]))
        out.append(match.group(0))
        position = match.end()
    out.append(_transliterate(text[position:]))
    return "".join(out)


def main() -> int:
    unresolved = update_catalogues()
    for place in unresolved:
        print(f"cannot tell the tr() context: {place}", file=sys.stderr)
    messages, _unresolved = extract()
    for lang in WRITTEN_LANGUAGES:
        done = read_ts(ts_path(lang))
        missing = sum(1 for m in messages if m.key not in done)
        print(f"{lang}: {len(messages) - missing} of {len(messages)} translated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
