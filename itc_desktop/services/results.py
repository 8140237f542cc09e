"""Test records: entry with the calibration and qualification gates, review, approval, the
lock on approved records and corrections as new revisions (ISO/IEC 17025 §7.5, §7.8.8)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, delete, func, or_, select
from sqlalchemy.orm import Session, aliased, undefer

from itc_desktop.analysis.decision import Decision
from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.base import utcnow
from itc_desktop.models.equipment import Equipment
from itc_desktop.models.jobs import Job, JobStatus, Specimen
from itc_desktop.models.results import (
    RESULT_STATUS_LABELS,
    RESULT_TYPE_LABELS,
    ResultStatus,
    ResultType,
    TestRecord,
    TestValue,
)
from itc_desktop.models.users import User
from itc_desktop.services.calibration import check_instrument_usable
from itc_desktop.services.errors import (
    Conflict,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from itc_desktop.services.lazy_rows import LazyRows
from itc_desktop.services.permissions import Permission, can, require
from itc_desktop.services.qualifications import check_qualified
from itc_desktop.services.result_inputs import (
    Evaluation,
    FloatArray,
    Inputs,
    LimitSpec,
    evaluate,
    inputs_from_json,
    inputs_to_json,
    limits_from_json,
    limits_to_json,
    pack_curve,
    quantity_label,
    result_type_of,
    unpack_curve,
)
from itc_desktop.services.text_rules import check_texts
from itc_desktop.services.versions import check_version

# A clock a few minutes ahead on another PC must not make a test "in the future".
CLOCK_SKEW = timedelta(minutes=10)
TEMPERATURE_RANGE_C = (-50.0, 60.0)  # the room the test was done in, not the specimen


@dataclass(frozen=True)
class RawFile:
    """The machine's raw file of a tensile test: its name, its bytes (only the SHA-256 is
    kept) and its columns as read (force N, extension mm, strain, stress MPa, time s)."""

    name: str
    content: bytes
    columns: Mapping[str, FloatArray]

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass(frozen=True)
class RecordInput:
    job_id: int
    specimen_id: int | None
    method: str
    equipment_id: int
    performed_by_id: int
    performed_at: datetime
    inputs: Inputs
    limits: Mapping[str, LimitSpec] = field(default_factory=dict)
    temperature_c: float | None = None
    humidity_pct: float | None = None
    deviations: str = ""
    remarks: str = ""
    calibration_override_id: int | None = None

    @property
    def test_type(self) -> ResultType:
        return result_type_of(self.inputs)


@dataclass(frozen=True)
class ValueView:
    quantity: str
    label: str
    item: str
    unit: str
    value: float
    lower: float | None
    upper: float | None
    uncertainty: float | None
    k: float
    rule: str
    decision: str | None
    flags: tuple[str, ...]


@dataclass(frozen=True)
class RecordView:
    id: int
    job_id: int
    job_reference: str
    specimen_id: int | None
    specimen_code: str | None
    test_type: str
    type_label: str
    method: str
    equipment_id: int
    equipment_tag: str
    equipment_name: str
    calibration_override_id: int | None
    performed_by_id: int
    performed_by: str
    performed_at: datetime
    temperature_c: float | None
    humidity_pct: float | None
    deviations: str
    remarks: str
    inputs: Inputs
    limits: dict[str, LimitSpec]
    values: tuple[ValueView, ...]
    overall: str | None
    warnings: tuple[str, ...]
    raw_file_name: str
    raw_file_sha256: str
    status: str
    status_label: str
    reviewed_by: str | None
    reviewed_at: datetime | None
    approved_by: str | None
    approved_at: datetime | None
    revision: int
    supersedes_id: int | None
    revision_reason: str
    superseded_by_id: int | None
    version: int

    @property
    def locked(self) -> bool:
        return self.status == ResultStatus.APPROVED

    @property
    def current(self) -> bool:
        """False once a correction replaced this record."""
        return self.superseded_by_id is None


@dataclass(frozen=True)
class RecordRow:
    """One line of the results table."""

    id: int
    job_id: int
    job_reference: str
    specimen_code: str | None
    test_type: str
    method: str
    equipment_tag: str
    performed_by: str
    performed_at: datetime
    status: str
    overall: str | None
    revision: int
    superseded: bool


@dataclass(frozen=True)
class ResultFilter:
    """Empty fields do not filter. `period` is [from, to) in UTC on `performed_at`;
    `out_of_spec_only` keeps records with a failed or inconclusive value; superseded
    revisions are hidden unless `include_superseded`."""

    job_id: int | None = None
    test_type: str | None = None
    status: str | None = None
    equipment_id: int | None = None
    performed_from: datetime | None = None
    performed_to: datetime | None = None
    out_of_spec_only: bool = False
    include_superseded: bool = False


# --------------------------------------------------------------------------- checks


def _record(session: Session, record_id: int) -> TestRecord:
    record = session.get(TestRecord, record_id)
    if record is None:
        raise NotFound(_("There is no test record with id {id}.", id=record_id))
    return record


def _name(session: Session, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    user = session.get(User, user_id)
    return user.full_name if user is not None else None


def _checked(session: Session, data: RecordInput) -> None:
    """Validates the record's fields (not the computation, not the gates): raises
    ValidationError listing every wrong field."""
    errors: dict[str, str] = {}
    job = session.get(Job, data.job_id)
    if job is None:
        raise NotFound(_("No job with id {id}.", id=data.job_id))
    if job.status == JobStatus.CANCELLED:
        errors[_("Job")] = _("{reference} is cancelled", reference=job.reference)
    if data.specimen_id is None:
        if data.test_type != ResultType.DIMENSIONAL:
            errors[_("Specimen")] = _("choose the specimen that was tested")
    else:
        specimen = session.get(Specimen, data.specimen_id)
        if specimen is None or specimen.job_id != data.job_id:
            errors[_("Specimen")] = _(
                "the specimen is not one of {reference}", reference=job.reference
            )
    if not data.method.strip():
        errors[_("Method")] = _("name the method with its edition, e.g. ISO 6892-1:2019")
    if data.performed_at.tzinfo is None:
        raise ValueError("performed_at must be timezone-aware")
    if data.performed_at > utcnow() + CLOCK_SKEW:
        errors[_("Date and time")] = _("the test cannot be in the future")
    performer = session.get(User, data.performed_by_id)
    if performer is None or not performer.active:
        errors[_("Performed by")] = _("choose an active user")
    if data.temperature_c is not None and not (
        TEMPERATURE_RANGE_C[0] <= data.temperature_c <= TEMPERATURE_RANGE_C[1]
    ):
        errors[_("Temperature")] = _(
            "{t:g} °C is not a laboratory temperature ({lo:g} … {hi:g} °C)",
            t=data.temperature_c,
            lo=TEMPERATURE_RANGE_C[0],
            hi=TEMPERATURE_RANGE_C[1],
        )
    if data.humidity_pct is not None and not 0 <= data.humidity_pct <= 100:
        errors[_("Humidity")] = _("the relative humidity is 0 … 100 %")
    check_texts(
        errors,
        {_("Method"): data.method, _("Remarks"): data.remarks, _("Deviations"): data.deviations},
    )
    if session.get(Equipment, data.equipment_id) is None:
        raise NotFound(_("There is no equipment with id {id}.", id=data.equipment_id))
    if errors:
        raise ValidationError(errors)


def _gates(session: Session, actor: Actor, data: RecordInput) -> int | None:
    """The performer holds the qualification and the instrument was in calibration on the
    test date (or a manager's override allows it): returns the override used."""
    check_qualified(session, data.performed_by_id, data.equipment_id, data.performed_at)
    override = check_instrument_usable(
        session, data.equipment_id, data.performed_at, actor, data.calibration_override_id
    )
    return override.id if override is not None else None


def _evaluate(record: TestRecord | None, data: RecordInput, raw: RawFile | None) -> Evaluation:
    columns: dict[str, FloatArray] | None = None
    if raw is not None:
        columns = dict(raw.columns)
    elif record is not None and record.raw_curve is not None:
        columns = unpack_curve(record.raw_curve)
    if data.test_type != ResultType.TENSILE and raw is not None:
        raise ValidationError(_("only a tensile test takes a raw machine file"), _("File"))
    return evaluate(data.inputs, data.limits, columns)


def _write(
    session: Session,
    record: TestRecord,
    data: RecordInput,
    evaluation: Evaluation,
    override_id: int | None,
    raw: RawFile | None,
) -> None:
    record.job_id = data.job_id
    record.specimen_id = data.specimen_id
    record.test_type = data.test_type.value
    record.method = data.method.strip()
    record.equipment_id = data.equipment_id
    record.calibration_override_id = override_id
    record.performed_by_id = data.performed_by_id
    record.performed_at = data.performed_at
    record.temperature_c = data.temperature_c
    record.humidity_pct = data.humidity_pct
    record.deviations = data.deviations.strip()
    record.remarks = data.remarks.strip()
    record.inputs = inputs_to_json(data.inputs)
    record.limits = limits_to_json(data.limits)
    record.overall = evaluation.overall.value if evaluation.overall is not None else None
    record.warnings = "\n".join(evaluation.warnings)
    if raw is not None:
        record.raw_file_name = raw.name
        record.raw_file_sha256 = raw.sha256
        record.raw_curve = pack_curve(raw.columns)
    if record.id is None:
        session.add(record)
        session.flush()
    else:
        session.execute(delete(TestValue).where(TestValue.record_id == record.id))
    for position, value in enumerate(evaluation.values):
        spec = value.limits
        session.add(
            TestValue(
                record_id=record.id,
                position=position,
                quantity=value.quantity,
                item=value.item,
                unit=value.unit,
                value=value.value,
                lower_limit=spec.lower if spec else None,
                upper_limit=spec.upper if spec else None,
                uncertainty=spec.uncertainty if spec else None,
                k=spec.k if spec else 2.0,
                rule=spec.rule if spec else "simple",
                decision=value.decision.value if value.decision is not None else None,
                flags="\n".join(value.flags),
            )
        )
    session.flush()


# --------------------------------------------------------------------------- writing


def create_record(
    session: Session, actor: Actor | None, data: RecordInput, raw: RawFile | None = None
) -> int:
    """A new draft record, its values computed from the inputs (and the raw file)."""
    actor = require(actor, Permission.ENTER_RESULTS)
    _checked(session, data)
    evaluation = _evaluate(None, data, raw)
    override_id = _gates(session, actor, data)
    record = TestRecord(created_by_id=actor.id, status=ResultStatus.DRAFT.value)
    _write(session, record, data, evaluation, override_id, raw)
    return record.id


def _editable(session: Session, record_id: int, expected_version: int | None) -> TestRecord:
    record = _record(session, record_id)
    if record.status != ResultStatus.DRAFT:
        raise InvalidTransition(
            _(
                "Test record {id} is {status}: only a draft can be edited.",
                id=record.id,
                status=_(RESULT_STATUS_LABELS[record.status]).lower(),
            )
            + (
                " " + _("A correction of an approved record is a new revision.")
                if record.status == ResultStatus.APPROVED
                else ""
            )
        )
    check_version(record, expected_version, _("Test record {id}", id=record.id))
    return record


def update_record(
    session: Session,
    actor: Actor | None,
    record_id: int,
    data: RecordInput,
    raw: RawFile | None = None,
    *,
    expected_version: int | None = None,
) -> None:
    """Edits a draft; a reviewed or approved record is refused. Without a new raw file a
    tensile record is recomputed from its stored curve."""
    actor = require(actor, Permission.ENTER_RESULTS)
    record = _editable(session, record_id, expected_version)
    if data.test_type != record.test_type:
        raise ValidationError(_("the test type of a record cannot change"), _("Test type"))
    _checked(session, data)
    evaluation = _evaluate(record, data, raw)
    override_id = _gates(session, actor, data)
    _write(session, record, data, evaluation, override_id, raw)


def discard_draft(session: Session, actor: Actor | None, record_id: int) -> None:
    """Deletes a draft entered by mistake (the audit trail keeps what it was)."""
    actor = require(actor, Permission.ENTER_RESULTS)
    record = _editable(session, record_id, None)
    if actor.id not in (record.created_by_id, record.performed_by_id) and not can(
        actor, Permission.APPROVE_RESULTS
    ):
        raise PermissionDenied(_("Only who entered the record or a manager can discard it."))
    session.delete(record)
    session.flush()


def _moment(record: TestRecord, at: datetime | None) -> datetime:
    """When a review or approval happens: now, or (demo data, imports of past work) a given
    moment between the test and now."""
    now = utcnow()
    if at is None:
        return now
    if not record.performed_at <= at <= now + CLOCK_SKEW:
        raise ValidationError(_("must be between the test and now"), _("Date and time"))
    return at


def review_record(
    session: Session,
    actor: Actor | None,
    record_id: int,
    *,
    expected_version: int | None = None,
    at: datetime | None = None,
) -> None:
    """draft → reviewed: a second person checked the record; never the performer."""
    actor = require(actor, Permission.REVIEW_RESULTS)
    record = _editable(session, record_id, expected_version)
    if actor.id == record.performed_by_id:
        raise PermissionDenied(_("You performed this test; another person must review it."))
    record.status = ResultStatus.REVIEWED.value
    record.reviewed_by_id = actor.id
    record.reviewed_at = _moment(record, at)
    session.flush()


def return_to_draft(
    session: Session,
    actor: Actor | None,
    record_id: int,
    reason: str,
    *,
    expected_version: int | None = None,
) -> None:
    """reviewed → draft, with the reason (kept in the audit trail and the remarks)."""
    actor = require(actor, Permission.REVIEW_RESULTS)
    record = _record(session, record_id)
    if record.status != ResultStatus.REVIEWED:
        raise InvalidTransition(_("Only a reviewed record can go back to draft."))
    check_version(record, expected_version, _("Test record {id}", id=record.id))
    if len(reason.strip()) < 5:
        raise ValidationError(_("say what must be corrected"), _("Reason"))
    record.status = ResultStatus.DRAFT.value
    record.reviewed_by_id = None
    record.reviewed_at = None
    note = _("Returned to draft by {name}: {reason}", name=actor.full_name, reason=reason.strip())
    record.remarks = f"{record.remarks}\n{note}".strip()
    session.flush()


def approve_record(
    session: Session,
    actor: Actor | None,
    record_id: int,
    *,
    expected_version: int | None = None,
    at: datetime | None = None,
) -> None:
    """reviewed → approved (locked from then on); the approver is never the performer."""
    actor = require(actor, Permission.APPROVE_RESULTS)
    record = _record(session, record_id)
    if record.status != ResultStatus.REVIEWED:
        raise InvalidTransition(
            _("Test record {id} must be reviewed before it is approved.", id=record.id)
            if record.status == ResultStatus.DRAFT
            else _("Test record {id} is already approved.", id=record.id)
        )
    check_version(record, expected_version, _("Test record {id}", id=record.id))
    if actor.id == record.performed_by_id:
        raise PermissionDenied(_("You performed this test; another person must approve it."))
    approved_at = _moment(record, at)
    if record.reviewed_at is not None and approved_at < record.reviewed_at:
        raise ValidationError(_("the approval cannot precede the review"), _("Date and time"))
    record.status = ResultStatus.APPROVED.value
    record.approved_by_id = actor.id
    record.approved_at = approved_at
    session.flush()


def revise_record(session: Session, actor: Actor | None, record_id: int, reason: str) -> int:
    """A correction of an approved record: a new draft (revision + 1) with the same inputs
    and raw curve, pointing to the one it replaces, with the reason. The approved record
    itself stays as it was."""
    actor = require(actor, Permission.ENTER_RESULTS)
    old = session.scalars(
        select(TestRecord).options(undefer(TestRecord.raw_curve)).where(TestRecord.id == record_id)
    ).one_or_none()
    if old is None:
        raise NotFound(_("There is no test record with id {id}.", id=record_id))
    if old.status != ResultStatus.APPROVED:
        raise InvalidTransition(
            _("Only an approved record is corrected by a revision; edit the draft instead.")
        )
    newer = session.scalar(select(TestRecord.id).where(TestRecord.supersedes_id == old.id))
    if newer is not None:
        raise Conflict(
            _("Test record {id} was already corrected by record {new}.", id=old.id, new=newer)
        )
    if len(reason.strip()) < 5:
        raise ValidationError(_("say why the approved result is corrected"), _("Reason"))
    new = TestRecord(
        job_id=old.job_id,
        specimen_id=old.specimen_id,
        test_type=old.test_type,
        method=old.method,
        equipment_id=old.equipment_id,
        calibration_override_id=old.calibration_override_id,
        performed_by_id=old.performed_by_id,
        performed_at=old.performed_at,
        temperature_c=old.temperature_c,
        humidity_pct=old.humidity_pct,
        deviations=old.deviations,
        remarks=old.remarks,
        inputs=dict(old.inputs),
        limits=dict(old.limits),
        overall=old.overall,
        warnings=old.warnings,
        raw_file_name=old.raw_file_name,
        raw_file_sha256=old.raw_file_sha256,
        raw_curve=old.raw_curve,
        status=ResultStatus.DRAFT.value,
        created_by_id=actor.id,
        revision=old.revision + 1,
        supersedes_id=old.id,
        revision_reason=reason.strip(),
    )
    session.add(new)
    session.flush()
    for value in session.scalars(select(TestValue).where(TestValue.record_id == old.id)):
        session.add(
            TestValue(
                record_id=new.id,
                **{
                    c: getattr(value, c)
                    for c in (
                        "position",
                        "quantity",
                        "item",
                        "unit",
                        "value",
                        "lower_limit",
                        "upper_limit",
                        "uncertainty",
                        "k",
                        "rule",
                        "decision",
                        "flags",
                    )
                },
            )
        )
    session.flush()
    return new.id


# --------------------------------------------------------------------------- reading


def _value_view(v: TestValue) -> ValueView:
    return ValueView(
        quantity=v.quantity,
        label=quantity_label(v.quantity),
        item=v.item,
        unit=v.unit,
        value=v.value,
        lower=v.lower_limit,
        upper=v.upper_limit,
        uncertainty=v.uncertainty,
        k=v.k,
        rule=v.rule,
        decision=v.decision,
        flags=tuple(f for f in v.flags.split("\n") if f),
    )


def get_record(session: Session, actor: Actor | None, record_id: int) -> RecordView:
    require(actor, Permission.VIEW_RESULTS)
    r = _record(session, record_id)
    job = session.get(Job, r.job_id)
    specimen = session.get(Specimen, r.specimen_id) if r.specimen_id is not None else None
    equipment = session.get(Equipment, r.equipment_id)
    assert job is not None and equipment is not None
    values = session.scalars(
        select(TestValue).where(TestValue.record_id == r.id).order_by(TestValue.position)
    )
    return RecordView(
        id=r.id,
        job_id=r.job_id,
        job_reference=job.reference,
        specimen_id=r.specimen_id,
        specimen_code=specimen.code if specimen is not None else None,
        test_type=r.test_type,
        type_label=_(RESULT_TYPE_LABELS[r.test_type]),
        method=r.method,
        equipment_id=r.equipment_id,
        equipment_tag=equipment.asset_tag,
        equipment_name=equipment.name,
        calibration_override_id=r.calibration_override_id,
        performed_by_id=r.performed_by_id,
        performed_by=_name(session, r.performed_by_id) or "",
        performed_at=r.performed_at,
        temperature_c=r.temperature_c,
        humidity_pct=r.humidity_pct,
        deviations=r.deviations,
        remarks=r.remarks,
        inputs=inputs_from_json(r.test_type, r.inputs),
        limits=limits_from_json(r.limits),
        values=tuple(_value_view(v) for v in values),
        overall=r.overall,
        warnings=tuple(w for w in r.warnings.split("\n") if w),
        raw_file_name=r.raw_file_name,
        raw_file_sha256=r.raw_file_sha256,
        status=r.status,
        status_label=_(RESULT_STATUS_LABELS[r.status]),
        reviewed_by=_name(session, r.reviewed_by_id),
        reviewed_at=r.reviewed_at,
        approved_by=_name(session, r.approved_by_id),
        approved_at=r.approved_at,
        revision=r.revision,
        supersedes_id=r.supersedes_id,
        revision_reason=r.revision_reason,
        superseded_by_id=session.scalar(
            select(TestRecord.id).where(TestRecord.supersedes_id == r.id)
        ),
        version=r.version,
    )


def record_columns(
    session: Session, actor: Actor | None, record_id: int
) -> dict[str, FloatArray] | None:
    """The stored raw columns of a tensile record (None for other tests)."""
    require(actor, Permission.VIEW_RESULTS)
    curve = session.scalar(select(TestRecord.raw_curve).where(TestRecord.id == record_id))
    if curve is None:
        _record(session, record_id)  # NotFound when there is no such record
        return None
    return unpack_curve(curve)


def evaluate_record(session: Session, actor: Actor | None, record_id: int) -> Evaluation:
    """The record recomputed from its stored inputs and curve (for plots: the tensile
    result with its curve, the hardness and Charpy series)."""
    view = get_record(session, actor, record_id)
    return evaluate(view.inputs, view.limits, record_columns(session, actor, record_id))


def revision_chain(session: Session, actor: Actor | None, record_id: int) -> list[int]:
    """The ids of every revision of the record's test, oldest first."""
    require(actor, Permission.VIEW_RESULTS)
    record = _record(session, record_id)
    while record.supersedes_id is not None:
        record = _record(session, record.supersedes_id)
    chain = [record.id]
    while True:
        newer = session.scalar(select(TestRecord.id).where(TestRecord.supersedes_id == chain[-1]))
        if newer is None:
            return chain
        chain.append(newer)


_Performer = aliased(User)
_Newer = aliased(TestRecord)
# A later revision replaces the record (the unique supersedes_id index answers it).
_SUPERSEDED = select(_Newer.id).where(_Newer.supersedes_id == TestRecord.id).exists()
_OUT_OF_SPEC = or_(
    TestRecord.overall == Decision.FAIL.value,
    TestRecord.overall == Decision.INCONCLUSIVE.value,
)
# ResultFilter field -> its condition on a bound parameter of the same name
_FILTER_CONDITIONS: dict[str, Callable[[], ColumnElement[bool]]] = {
    "job_id": lambda: TestRecord.job_id == bindparam("job_id"),
    "test_type": lambda: TestRecord.test_type == bindparam("test_type"),
    "status": lambda: TestRecord.status == bindparam("status"),
    "equipment_id": lambda: TestRecord.equipment_id == bindparam("equipment_id"),
    # (the bound times take the column's type: aware datetimes in any zone, stored as UTC)
    "performed_from": lambda: TestRecord.performed_at >= bindparam("performed_from"),
    "performed_to": lambda: TestRecord.performed_at < bindparam("performed_to"),
}
_LIST_COLUMNS = (  # in RecordRow's order
    TestRecord.id,
    TestRecord.job_id,
    Job.reference,
    Specimen.code,
    TestRecord.test_type,
    TestRecord.method,
    Equipment.asset_tag,
    _Performer.full_name,
    TestRecord.performed_at,
    TestRecord.status,
    TestRecord.overall,
    TestRecord.revision,
    _SUPERSEDED.label("superseded"),
)

# The shape of a filter: the fields that filter (bound parameters) and the two flags.
_Shape = tuple[tuple[str, ...], bool, bool]


def _shape(flt: ResultFilter) -> tuple[_Shape, dict[str, Any]]:
    """The filter's shape and its parameter values; empty fields (None, "") do not filter."""
    parameters = {
        name: value
        for name in _FILTER_CONDITIONS
        if (value := getattr(flt, name)) is not None and value != ""
    }
    return (tuple(parameters), flt.out_of_spec_only, flt.include_superseded), parameters


def _conditions(shape: _Shape) -> list[ColumnElement[bool]]:
    filtered_by, out_of_spec_only, include_superseded = shape
    conditions = [_FILTER_CONDITIONS[name]() for name in filtered_by]
    if out_of_spec_only:
        conditions.append(_OUT_OF_SPEC)
    if not include_superseded:
        conditions.append(~_SUPERSEDED)
    return conditions


@cache
def _list_statement(shape: _Shape, after: bool, limited: bool) -> Select[Any]:
    """The results list statement of one shape (filter fields set, a cursor, a limit), built
    once: the values are bound at each call, so neither it nor its compiled form is rebuilt
    per page."""
    stmt = (
        select(*_LIST_COLUMNS)
        .join(Job, Job.id == TestRecord.job_id)
        .outerjoin(Specimen, Specimen.id == TestRecord.specimen_id)
        .join(Equipment, Equipment.id == TestRecord.equipment_id)
        .join(_Performer, _Performer.id == TestRecord.performed_by_id)
        .where(*_conditions(shape))
        .order_by(TestRecord.performed_at.desc(), TestRecord.id.desc())
    )
    if after:
        after_at = bindparam("after_performed_at", type_=TestRecord.performed_at.type)
        stmt = stmt.where(
            TestRecord.performed_at <= after_at,  # the index range starts here
            or_(
                TestRecord.performed_at < after_at,
                and_(TestRecord.performed_at == after_at, TestRecord.id < bindparam("after_id")),
            ),
        )
    if limited:
        stmt = stmt.limit(bindparam("limit"))
    return stmt


@cache
def _count_statement(shape: _Shape) -> Select[Any]:
    return select(func.count(TestRecord.id)).where(*_conditions(shape))


def list_records(
    session: Session,
    actor: Actor | None,
    flt: ResultFilter | None = None,
    *,
    limit: int | None = 200,
    after: RecordRow | None = None,
) -> Sequence[RecordRow]:
    """A page of the results table, newest test first (the id breaks ties); the next page
    starts after `after`, the last row shown (keyset paging: no OFFSET to read and skip).
    The rows are built as they are read (a view reads the visible ones)."""
    require(actor, Permission.VIEW_RESULTS)
    shape, parameters = _shape(flt or ResultFilter())
    stmt = _list_statement(shape, after is not None, limit is not None)
    if limit is not None:
        parameters["limit"] = limit
    if after is not None:
        parameters["after_performed_at"] = after.performed_at
        parameters["after_id"] = after.id
    # Through the session's connection, as a Core statement: the ORM's result layer and
    # identity map would cost several times the rows themselves.
    session.flush()  # what autoflush did (a no-op when nothing changed)
    return LazyRows(session.connection(), stmt, parameters, RecordRow)


def count_records(session: Session, actor: Actor | None, flt: ResultFilter | None = None) -> int:
    require(actor, Permission.VIEW_RESULTS)
    shape, parameters = _shape(flt or ResultFilter())
    return session.scalar(_count_statement(shape), parameters) or 0
