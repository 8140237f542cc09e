"""Equipment documents stored in the database: size limit, type check, audit without the bytes."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from itc_desktop.db import Actor, Database
from itc_desktop.models.audit import AuditEntry
from itc_desktop.services import calibration as calibration_service
from itc_desktop.services import equipment_documents as document_service
from itc_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from tests.services.equipment_support import lab_today, make_equipment, make_instrument

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n%%EOF\n"


def test_add_list_download_delete(db: Database, manager: Actor, technician: Actor) -> None:
    lathe = make_equipment(db, manager)
    with db.transaction(technician) as session:
        doc_id = document_service.add_document(
            session,
            technician,
            lathe,
            "C:\\Users\\bence\\Kezelési útmutató – eszterga.pdf",
            PDF,
            description="Operating manual (HU)",
        )
    with db.reader() as session:
        rows = document_service.list_documents(session, technician, lathe)
        name, content = document_service.document_content(session, technician, doc_id)
    assert [(r.file_name, r.mime_type, r.size_bytes, r.uploaded_by) for r in rows] == [
        ("Kezelési útmutató – eszterga.pdf", "application/pdf", len(PDF), "Szőke Bence")
    ]
    assert (name, content) == ("Kezelési útmutató – eszterga.pdf", PDF)
    with db.transaction(technician) as session, pytest.raises(PermissionDenied):
        document_service.delete_document(session, technician, doc_id)
    with db.transaction(manager) as session:
        document_service.delete_document(session, manager, doc_id)
    with db.reader() as session:
        assert document_service.list_documents(session, manager, lathe) == []
        with pytest.raises(NotFound):
            document_service.document_content(session, manager, doc_id)


def test_size_limit_with_a_clear_message(
    db: Database, manager: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    lathe = make_equipment(db, manager)
    too_big = PDF + b"0" * (document_service.MAX_DOCUMENT_BYTES - len(PDF) + 1)
    with db.transaction(manager) as session, pytest.raises(ValidationError) as caught:
        document_service.add_document(session, manager, lathe, "scan.pdf", too_big)
    assert caught.value.errors == {"File": "20.0 MB is larger than the limit of 20 MB"}
    exactly = too_big[:-1]
    with db.transaction(manager) as session:
        document_service.add_document(session, manager, lathe, "scan.pdf", exactly)
    with db.transaction(manager) as session, pytest.raises(ValidationError, match="empty"):
        document_service.add_document(session, manager, lathe, "empty.txt", b"")


def test_type_is_checked_against_the_content(db: Database, manager: Actor) -> None:
    lathe = make_equipment(db, manager)
    cases = {
        "virus.exe": ".exe files are not accepted",
        "fake.pdf": "the content of fake.pdf is not a .pdf file",
        "notes.txt": "notes.txt is not UTF-8 text",
        "README": "extension-less files are not accepted",
    }
    contents = {"virus.exe": b"MZ\x90", "fake.pdf": b"hello", "notes.txt": b"\xff\xfe\x00"}
    for name, message in cases.items():
        with db.transaction(manager) as session, pytest.raises(ValidationError) as caught:
            document_service.add_document(
                session, manager, lathe, name, contents.get(name, b"text")
            )
        assert message in caught.value.errors["File type"], name
    with db.transaction(manager) as session:
        document_service.add_document(
            session, manager, lathe, "Ђорђе напомене.txt", "Провера ✓".encode()
        )
        document_service.add_document(
            session, manager, lathe, "photo.PNG", b"\x89PNG\r\n\x1a\n" + b"\0" * 20
        )


def test_audit_keeps_metadata_not_the_bytes(db: Database, manager: Actor) -> None:
    lathe = make_equipment(db, manager)
    secret = PDF + b"UNIQUE-CONTENT-MARKER"
    with db.transaction(manager) as session:
        document_service.add_document(session, manager, lathe, "cert.pdf", secret)
    with db.reader() as session:
        changes = session.scalar(
            select(AuditEntry.changes).where(AuditEntry.table_name == "equipment_documents")
        )
    assert changes is not None
    assert re.search(r'"content": "\*\*\* [0-9a-f]{16}"', changes)  # a fingerprint only
    assert '"file_name": "cert.pdf"' in changes
    assert "UNIQUE-CONTENT-MARKER" not in changes and "bytes, sha256" not in changes


def test_calibration_certificate_attachment(db: Database, manager: Actor) -> None:
    instrument = make_instrument(db, manager, calibrated_days_ago=None)
    other = make_equipment(db, manager, "ITC-0002")
    today = lab_today(db)
    with db.transaction(manager) as session:
        cert = document_service.add_document(session, manager, instrument, "K-42.pdf", PDF)
        foreign = document_service.add_document(session, manager, other, "x.pdf", PDF)
        with pytest.raises(ValidationError, match="not a document of this equipment"):
            calibration_service.record_calibration(
                session,
                manager,
                instrument,
                calibrated_on=today,
                valid_until=today + timedelta(days=365),
                provider="MKEH",
                result="pass",
                certificate_document_id=foreign,
            )
        calibration_service.record_calibration(
            session,
            manager,
            instrument,
            calibrated_on=today,
            valid_until=today + timedelta(days=365),
            provider="MKEH",
            result="pass",
            certificate_document_id=cert,
        )
    with db.reader() as session:
        row = calibration_service.list_calibrations(session, manager, instrument)[0]
    assert row.certificate_file_name == "K-42.pdf"
    # Deleting the file keeps the calibration record.
    with db.transaction(manager) as session:
        document_service.delete_document(session, manager, cert)
    with db.reader() as session:
        row = calibration_service.list_calibrations(session, manager, instrument)[0]
    assert row.certificate_document_id is None and row.provider == "MKEH"
