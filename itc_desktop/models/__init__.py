"""The ORM models; importing this package registers every table on Base.metadata."""

from itc_desktop.models.audit import GENESIS_HASH, AuditedSession, AuditEntry, entry_hash
from itc_desktop.models.base import Base, UTCDateTime, utcnow
from itc_desktop.models.bookings import Booking, BookingSeries, MaintenanceWindow
from itc_desktop.models.companies import Company, Contact
from itc_desktop.models.equipment import (
    Calibration,
    CalibrationOverride,
    Equipment,
    EquipmentDocument,
    EquipmentStatusChange,
    MaintenancePlan,
    MaintenanceRecord,
    Qualification,
    UsageSession,
)
from itc_desktop.models.jobs import (
    Job,
    JobCounter,
    JobEvent,
    JobMaterialCost,
    JobStep,
    Specimen,
)
from itc_desktop.models.reports import IssuedReport, ReportCounter
from itc_desktop.models.results import TestRecord, TestValue
from itc_desktop.models.settings import Setting
from itc_desktop.models.users import Role, User, UserPreference

__all__ = [
    "GENESIS_HASH",
    "AuditEntry",
    "AuditedSession",
    "Base",
    "Booking",
    "BookingSeries",
    "Calibration",
    "CalibrationOverride",
    "Company",
    "Contact",
    "Equipment",
    "EquipmentDocument",
    "EquipmentStatusChange",
    "IssuedReport",
    "Job",
    "JobCounter",
    "JobEvent",
    "JobMaterialCost",
    "JobStep",
    "MaintenancePlan",
    "MaintenanceRecord",
    "MaintenanceWindow",
    "Qualification",
    "ReportCounter",
    "Role",
    "Setting",
    "Specimen",
    "TestRecord",
    "TestValue",
    "UTCDateTime",
    "UsageSession",
    "User",
    "UserPreference",
    "entry_hash",
    "utcnow",
]
