"""Documents of a piece of equipment (manuals, calibration certificates, drawings), stored in
the database so a backup carries them. Size-limited and checked against their content."""

from __future__ import annotations

import hashlib
import io
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.equipment import Calibration, EquipmentDocument
from itc_desktop.models.users import User
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services.errors import NotFound, ValidationError
from itc_desktop.services.permissions import Permission, require

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
ZIP = b"PK\x03\x04"

# Accepted types: extension -> (MIME type, the bytes the content must start with).
DOCUMENT_TYPES: dict[str, tuple[str, tuple[bytes, ...]]] = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".txt": ("text/plain", ()),
    ".csv": ("text/csv", ()),
    ".docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        (ZIP,),
    ),
    ".xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        (ZIP,),
    ),
    ".odt": ("application/vnd.oasis.opendocument.text", (ZIP,)),
    ".ods": ("application/vnd.oasis.opendocument.spreadsheet", (ZIP,)),
}


@dataclass(frozen=True)
class DocumentRow:
    id: int
    equipment_id: int
    file_name: str
    mime_type: str
    size_bytes: int
    sha256: str
    description: str
    uploaded_by: str | None
    uploaded_at: datetime


# Office files are zip archives: the part that makes a zip a document of that kind.
ZIP_MARKERS: dict[str, str] = {".docx": "word/document.xml", ".xlsx": "xl/workbook.xml"}


def stored_name(file_name: str) -> str:
    """The name without any folder part (`../../x.pdf` and `C:\\x.pdf` are `x.pdf`)."""
    return PurePath(file_name.replace("\\", "/")).name.strip()


def _is_office_file(content: bytes, suffix: str, mime: str) -> bool:
    """Whether a zip is the document its suffix says: an OOXML file has its content types and
    main part, an OpenDocument file names its MIME type in its `mimetype` entry. Only the
    archive's directory and that short entry are read, never the rest."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            if suffix in ZIP_MARKERS:
                names = set(archive.namelist())
                return {"[Content_Types].xml", ZIP_MARKERS[suffix]} <= names
            with archive.open("mimetype") as entry:
                return entry.read(len(mime) + 1) == mime.encode()
    except (zipfile.BadZipFile, KeyError, RuntimeError, ValueError, OSError):
        return False


def _check(file_name: str, content: bytes) -> str:
    """The MIME type of an acceptable document; ValidationError naming what is wrong."""
    errors: dict[str, str] = {}
    name = stored_name(file_name)
    suffix = PurePath(name).suffix.lower()
    mime = ""
    if not name:
        errors[_("File name")] = _("required")
    elif len(name) > 255:
        errors[_("File name")] = _("at most {n} characters", n=255)
    elif any(unicodedata.category(char) in ("Cc", "Cf") for char in name):
        # NUL, line breaks, and invisible marks such as U+202E that show "fdp.exe" backwards.
        errors[_("File name")] = _(
            "{name} contains control or invisible characters", name=repr(name)
        )
    if suffix not in DOCUMENT_TYPES:
        errors[_("File type")] = _(
            "{suffix} files are not accepted; accepted: {list}",
            suffix=suffix or _("extension-less"),
            list=", ".join(sorted(DOCUMENT_TYPES)),
        )
    else:
        mime, signatures = DOCUMENT_TYPES[suffix]
        if (signatures and not content.startswith(signatures)) or (
            signatures == (ZIP,) and not _is_office_file(content, suffix, mime)
        ):
            errors[_("File type")] = _(
                "the content of {name} is not a {suffix} file", name=name, suffix=suffix
            )
        elif not signatures:
            try:
                content.decode("utf-8")
            except UnicodeDecodeError:
                errors[_("File type")] = _("{name} is not UTF-8 text", name=name)
    if not content:
        errors[_("File")] = _("the file is empty")
    elif len(content) > MAX_DOCUMENT_BYTES:
        errors[_("File")] = _(
            "{size:.1f} MB is larger than the limit of {limit} MB",
            size=len(content) / 1024 / 1024,
            limit=MAX_DOCUMENT_BYTES // 1024 // 1024,
        )
    if errors:
        raise ValidationError(errors)
    return mime


def add_document(
    session: Session,
    actor: Actor | None,
    equipment_id: int,
    file_name: str,
    content: bytes,
    description: str = "",
) -> int:
    actor = require(actor, Permission.ADD_EQUIPMENT_DOCUMENTS)
    equipment_service.get(session, equipment_id)
    mime = _check(file_name, content)
    document = EquipmentDocument(
        equipment_id=equipment_id,
        file_name=stored_name(file_name),
        mime_type=mime,
        size_bytes=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        description=description.strip()[:500],
        content=content,
        uploaded_by_id=actor.id,
    )
    session.add(document)
    session.flush()
    return document.id


def list_documents(session: Session, actor: Actor | None, equipment_id: int) -> list[DocumentRow]:
    """Newest first, without the content."""
    require(actor, Permission.VIEW_EQUIPMENT)
    rows = session.execute(
        select(EquipmentDocument, User.full_name)
        .outerjoin(User, User.id == EquipmentDocument.uploaded_by_id)
        .where(EquipmentDocument.equipment_id == equipment_id)
        .order_by(EquipmentDocument.uploaded_at.desc(), EquipmentDocument.id.desc())
    ).all()
    return [
        DocumentRow(
            id=d.id,
            equipment_id=d.equipment_id,
            file_name=d.file_name,
            mime_type=d.mime_type,
            size_bytes=d.size_bytes,
            sha256=d.sha256,
            description=d.description,
            uploaded_by=name,
            uploaded_at=d.uploaded_at,
        )
        for d, name in rows
    ]


def document_content(session: Session, actor: Actor | None, document_id: int) -> tuple[str, bytes]:
    """(file name, bytes) to save or open."""
    require(actor, Permission.VIEW_EQUIPMENT)
    row = session.execute(
        select(EquipmentDocument.file_name, EquipmentDocument.content).where(
            EquipmentDocument.id == document_id
        )
    ).first()
    if row is None:
        raise NotFound(_("There is no document with id {id}.", id=document_id))
    return row.file_name, bytes(row.content)


def delete_document(session: Session, actor: Actor | None, document_id: int) -> None:
    """Managers only; a calibration that pointed to it keeps its record without the file."""
    require(actor, Permission.MANAGE_EQUIPMENT)
    document = session.get(EquipmentDocument, document_id)
    if document is None:
        raise NotFound(_("There is no document with id {id}.", id=document_id))
    for calibration in session.scalars(
        select(Calibration).where(Calibration.certificate_document_id == document_id)
    ):
        calibration.certificate_document_id = None
    session.flush()
    session.delete(document)
    session.flush()
