"""Hostile attachments: a program dressed as a PDF, an empty file, one byte over the limit,
folder parts and control characters in the name, very long Unicode names, a plain zip dressed
as an office file. Each is refused with the field and the reason, and nothing is stored."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from itc_desktop.db import Actor, Database
from itc_desktop.models.audit import AuditEntry
from itc_desktop.models.equipment import EquipmentDocument
from itc_desktop.services import equipment_documents as documents
from itc_desktop.services.errors import ValidationError
from tests.services.equipment_support import make_equipment

PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 48 + b"PE\x00\x00"
LIMIT = documents.MAX_DOCUMENT_BYTES


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _xlsx() -> bytes:
    buffer = io.BytesIO()
    Workbook().save(buffer)
    return buffer.getvalue()


DOCX = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
ODT = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})


@pytest.fixture
def lathe(db: Database, manager: Actor) -> int:
    return make_equipment(db, manager)


def _stored(db: Database) -> tuple[int, int]:
    with db.reader() as session:
        return (
            session.scalar(select(func.count(EquipmentDocument.id))) or 0,
            session.scalar(select(func.count(AuditEntry.id))) or 0,
        )


def _add(db: Database, actor: Actor, equipment_id: int, name: str, content: bytes) -> int:
    with db.transaction(actor) as session:
        return documents.add_document(session, actor, equipment_id, name, content)


REFUSED: list[tuple[str, bytes, str, str]] = [
    ("manual.pdf", EXE, "File type", "the content of manual.pdf is not a .pdf file"),
    ("setup.exe", EXE, "File type", ".exe files are not accepted"),
    ("manual.pdf.exe", PDF, "File type", ".exe files are not accepted"),
    ("empty.pdf", b"", "File", "the file is empty"),
    ("empty.txt", b"", "File", "the file is empty"),
    ("over.pdf", PDF + b"0" * (LIMIT - len(PDF) + 1), "File", "larger than the limit of 20 MB"),
    ("../..", PDF, "File type", "extension-less files are not accepted"),
    ("..\\..\\", PDF, "File type", "extension-less files are not accepted"),
    ("   ", PDF, "File name", "required"),
    ("a" * 252 + ".pdf", PDF, "File name", "at most 255 characters"),
    ("ő" * 252 + ".pdf", PDF, "File name", "at most 255 characters"),
    ("cert\x00.pdf", PDF, "File name", "contains control or invisible characters"),
    ("cert\n.pdf", PDF, "File name", "contains control or invisible characters"),
    ("invoice\u202efdp.pdf", PDF, "File name", "contains control or invisible characters"),
    ("report.docx", _zip({"setup.exe": EXE}), "File type", "is not a .docx file"),
    ("sheet.xlsx", DOCX, "File type", "is not a .xlsx file"),
    ("sheet.ods", ODT, "File type", "is not a .ods file"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "File type", "is not a .docx file"),
]


def test_refused_with_the_field_and_the_reason_and_nothing_stored(
    db: Database, manager: Actor, lathe: int
) -> None:
    """One database for all the cases: a fresh one each costs more than the checks."""
    before = _stored(db)
    for name, content, field, reason in REFUSED:
        with pytest.raises(ValidationError) as caught:
            _add(db, manager, lathe, name, content)
        assert reason in caught.value.errors.get(field, ""), (name, caught.value.errors)
        assert _stored(db) == before, name


ACCEPTED: list[tuple[str, bytes, str]] = [
    ("../../x.pdf", PDF, "x.pdf"),
    ("..\\..\\Windows\\System32\\x.pdf", PDF, "x.pdf"),
    ("C:\\Users\\Ana\\Desktop\\Kalibrációs jegyzőkönyv.pdf", PDF, "Kalibrációs jegyzőkönyv.pdf"),
    ("/etc/passwd.pdf", PDF, "passwd.pdf"),
    ("a" * 251 + ".pdf", PDF, "a" * 251 + ".pdf"),
    ("ő" * 251 + ".pdf", PDF, "ő" * 251 + ".pdf"),
    ("Сертификат ћ đ 🔧.pdf", PDF, "Сертификат ћ đ 🔧.pdf"),
    ("exactly.pdf", PDF + b"0" * (LIMIT - len(PDF)), "exactly.pdf"),
    ("report.docx", DOCX, "report.docx"),
    ("sheet.xlsx", _xlsx(), "sheet.xlsx"),
    ("notes.odt", ODT, "notes.odt"),
]


def test_accepted_under_the_name_without_its_folders(
    db: Database, manager: Actor, lathe: int
) -> None:
    for name, content, stored in ACCEPTED:
        document_id = _add(db, manager, lathe, name, content)
        with db.reader() as session:
            file_name, read_back = documents.document_content(session, manager, document_id)
        assert file_name == stored
        assert read_back == content, name


@given(st.text(max_size=300))
def test_any_typed_name_is_refused_or_stored_without_folders_or_control_characters(
    name: str,
) -> None:
    try:
        documents._check(name, PDF)
    except ValidationError as error:
        assert set(error.errors) <= {"File name", "File type"}
        return
    stored = documents.stored_name(name)
    assert stored.lower().endswith(".pdf") and 5 <= len(stored) <= 255
    assert "/" not in stored and "\\" not in stored and stored.isprintable()


@pytest.fixture
def _no_big_reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Records how much of an office file's archive is decompressed."""
    sizes: list[int] = []
    original = zipfile.ZipExtFile.read

    def read(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        sizes.append(n)
        return original(self, n)

    monkeypatch.setattr(zipfile.ZipExtFile, "read", read)
    yield sizes


def test_an_office_file_check_never_unpacks_the_archive(_no_big_reads: list[int]) -> None:
    """A zip bomb dressed as .ods costs the directory and a few bytes, not gigabytes."""
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", b"0" * 50_000_000)
    with pytest.raises(ValidationError, match=r"is not a \.ods file"):
        documents._check("bomb.ods", bomb.getvalue())
    assert _no_big_reads and all(0 < n < 100 for n in _no_big_reads)
