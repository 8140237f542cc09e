"""What can be done with a test record from the Results page: which actions this user may take
on the shown record now (permission and the record's state, with the reason when not), and
doing them through the results service, which stays the real guard: its refusals are shown.

New and Edit open the record editor (`result_editor.open_result_editor`), imported when
used so the page does not load the editors before they are needed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.db import Actor
from itc_desktop.models.results import ResultStatus, ResultType
from itc_desktop.services import results as result_service
from itc_desktop.services.errors import DomainError
from itc_desktop.services.permissions import Permission, can
from itc_desktop.services.results import RecordView
from itc_desktop.ui.errors import show_domain_error
from itc_desktop.ui.models.results import type_label
from itc_desktop.ui.pages.registry import PageContext

MIN_REASON = 5  # the service asks for a reason of at least this many characters
ACTIONS = ("new", "edit", "review", "return", "approve", "correct", "discard")


@dataclass(frozen=True)
class ActionState:
    enabled: bool
    why_not: str = ""  # shown as the tooltip of a disabled action


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultActions", text)


def action_states(actor: Actor, view: RecordView | None) -> dict[str, ActionState]:
    """For each action: may `actor` take it on `view` now, and if not, why."""
    enter = can(actor, Permission.ENTER_RESULTS)
    review = can(actor, Permission.REVIEW_RESULTS)
    approve = can(actor, Permission.APPROVE_RESULTS)
    no_entry = _tr("Your role does not enter test results.")
    states = {"new": ActionState(enter, "" if enter else no_entry)}
    if view is None:
        nothing = ActionState(False, _tr("Choose a record in the list."))
        return states | {key: nothing for key in ACTIONS if key != "new"}
    draft = view.status == ResultStatus.DRAFT
    reviewed = view.status == ResultStatus.REVIEWED
    own = view.performed_by_id == actor.id

    def state(allowed_role: bool, role_text: str, checks: list[tuple[bool, str]]) -> ActionState:
        if not allowed_role:
            return ActionState(False, role_text)
        for ok, text in checks:
            if not ok:
                return ActionState(False, text)
        return ActionState(True)

    only_draft = _tr("Only a draft can be changed; an approved record is corrected by a revision.")
    states["edit"] = state(enter, no_entry, [(draft, only_draft)])
    states["review"] = state(
        review,
        _tr("Your role does not review test results."),
        [
            (draft, _tr("Only a draft is reviewed.")),
            (not own, _tr("You performed this test; another person must review it.")),
        ],
    )
    states["return"] = state(
        review,
        _tr("Your role does not review test results."),
        [(reviewed, _tr("Only a reviewed record goes back to draft."))],
    )
    states["approve"] = state(
        approve,
        _tr("Only a manager approves test results."),
        [
            (reviewed, _tr("The record must be reviewed before it is approved."))
            if draft
            else (reviewed, _tr("The record is already approved.")),
            (not own, _tr("You performed this test; another person must approve it.")),
        ],
    )
    states["correct"] = state(
        enter,
        no_entry,
        [
            (view.locked, _tr("Only an approved record is corrected; edit the draft instead.")),
            (
                view.current,
                _tr("Record {id} already corrects this one.").format(id=view.superseded_by_id),
            ),
        ],
    )
    states["discard"] = state(enter, no_entry, [(draft, only_draft)])
    return states


class ReasonDialog(QDialog):
    """Asks why (a return to draft, a correction): OK only with a reason of a few words."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("reasonEdit")
        self.edit.setTabChangesFocus(True)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self.on_text_changed)
        self.resize(420, 220)
        self.on_text_changed()

    def reason(self) -> str:
        return self.edit.toPlainText().strip()

    @Slot()
    def on_text_changed(self) -> None:
        enough = len(self.reason()) >= MIN_REASON
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(enough)
        self.hint.setText("" if enough else self.tr("Say what and why in a few words."))


class ResultActions(QObject):
    """The actions on the shown record as QActions (for buttons and the context menu).
    `record_changed(id)`: show that record again (it changed, or it is a new revision);
    `record_removed(id)`: a draft was discarded; `records_added()`: the editor saved a new
    record."""

    record_changed = Signal(int)
    record_removed = Signal(int)
    records_added = Signal()

    def __init__(self, context: PageContext, parent: QWidget):
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.view: RecordView | None = None
        self.new_job_id: int | None = None
        self.new_specimen_id: int | None = None

        self.new_menu = QMenu(parent)
        self.new_menu.setObjectName("newResultMenu")
        self.new_type_actions: dict[str, QAction] = {}
        for result_type in ResultType:
            action = self.new_menu.addAction(type_label(result_type.value) + "…")
            action.triggered.connect(lambda _checked=False, t=result_type.value: self.on_new(t))
            self.new_type_actions[result_type.value] = action
        self.new_action = QAction(self.tr("&New record"), self)
        self.new_action.setMenu(self.new_menu)
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.review_action = QAction(self.tr("&Review"), self)
        self.return_action = QAction(self.tr("Return to &draft…"), self)
        self.approve_action = QAction(self.tr("&Approve"), self)
        self.correct_action = QAction(self.tr("&Correct (new revision)…"), self)
        self.discard_action = QAction(self.tr("D&iscard draft…"), self)
        self.actions = {
            "new": self.new_action,
            "edit": self.edit_action,
            "review": self.review_action,
            "return": self.return_action,
            "approve": self.approve_action,
            "correct": self.correct_action,
            "discard": self.discard_action,
        }
        self.edit_action.triggered.connect(self.on_edit)
        self.review_action.triggered.connect(self.on_review)
        self.return_action.triggered.connect(self.on_return)
        self.approve_action.triggered.connect(self.on_approve)
        self.correct_action.triggered.connect(self.on_correct)
        self.discard_action.triggered.connect(self.on_discard)
        self.set_record(None)

    # -- state -----------------------------------------------------------------------------

    def set_record(self, view: RecordView | None) -> None:
        self.view = view
        for key, state in action_states(self.context.actor, view).items():
            action = self.actions[key]
            action.setEnabled(state.enabled)
            action.setToolTip(state.why_not)

    def set_new_defaults(self, job_id: int | None, specimen_id: int | None = None) -> None:
        """What a new record starts with (the chosen job and specimen)."""
        self.new_job_id, self.new_specimen_id = job_id, specimen_id

    def context_menu(self) -> QMenu:
        menu = QMenu(self.widget)
        new_entry = menu.addMenu(self.new_menu)
        new_entry.setText(self.new_action.text())
        new_entry.setEnabled(self.new_action.isEnabled())
        menu.addSeparator()
        for key in ACTIONS[1:]:
            menu.addAction(self.actions[key])
        return menu

    # -- dialogs (tests replace these) -----------------------------------------------------

    def ask_reason(self, title: str, prompt: str) -> str | None:
        dialog = ReasonDialog(title, prompt, self.widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason()

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.widget, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def open_editor(
        self,
        *,
        record_id: int | None = None,
        job_id: int | None = None,
        specimen_id: int | None = None,
        test_type: str | None = None,
    ) -> bool:
        from itc_desktop.ui.pages.result_editor import open_result_editor

        return open_result_editor(
            self.widget,
            self.context,
            record_id=record_id,
            job_id=job_id,
            specimen_id=specimen_id,
            test_type=test_type,
        )

    # -- actions ---------------------------------------------------------------------------

    def _describe(self, view: RecordView) -> str:
        what = type_label(view.test_type)
        where = view.specimen_code or view.job_reference
        return self.tr("{what} of {where}").format(what=what, where=where)

    def _run(self, work: str, view: RecordView, **extra: object) -> bool:
        """Calls the service's `work` on the record; a refusal is shown and the record read
        again (someone may have changed it meanwhile)."""
        actor = self.context.actor
        try:
            with self.context.db.transaction(actor) as session:
                getattr(result_service, work)(session, actor, view.id, **extra)
        except DomainError as error:
            show_domain_error(self.widget, error)
            self.record_changed.emit(view.id)
            return False
        self.record_changed.emit(view.id)
        return True

    @Slot(str)
    def on_new(self, test_type: str) -> bool:
        job_id = self.new_job_id
        if self.open_editor(job_id=job_id, specimen_id=self.new_specimen_id, test_type=test_type):
            self.records_added.emit()
            return True
        return False

    @Slot()
    def on_edit(self) -> bool:
        view = self.view
        if view is None:
            return False
        saved = self.open_editor(record_id=view.id)
        self.record_changed.emit(view.id)
        return saved

    @Slot()
    def on_review(self) -> bool:
        view = self.view
        return view is not None and self._run("review_record", view, expected_version=view.version)

    @Slot()
    def on_return(self) -> bool:
        view = self.view
        if view is None:
            return False
        reason = self.ask_reason(
            self.tr("Return to draft"),
            self.tr("{record} goes back to draft. What must be corrected?").format(
                record=self._describe(view)
            ),
        )
        if reason is None:
            return False
        return self._run("return_to_draft", view, reason=reason, expected_version=view.version)

    @Slot()
    def on_approve(self) -> bool:
        view = self.view
        if view is None:
            return False
        if not self.confirm(
            self.tr("Approve"),
            self.tr(
                "Approve {record}? An approved record is locked: a later correction is a new "
                "revision."
            ).format(record=self._describe(view)),
        ):
            return False
        return self._run("approve_record", view, expected_version=view.version)

    @Slot()
    def on_correct(self) -> int | None:
        """Makes the correcting revision (a draft) and opens it in the editor."""
        view = self.view
        if view is None:
            return None
        reason = self.ask_reason(
            self.tr("Correct an approved record"),
            self.tr(
                "{record} stays as approved; a new revision {n} replaces it. Why is it corrected?"
            ).format(record=self._describe(view), n=view.revision + 1),
        )
        if reason is None:
            return None
        actor = self.context.actor
        try:
            with self.context.db.transaction(actor) as session:
                new_id = result_service.revise_record(session, actor, view.id, reason)
        except DomainError as error:
            show_domain_error(self.widget, error)
            self.record_changed.emit(view.id)
            return None
        self.record_changed.emit(new_id)
        self.open_editor(record_id=new_id)
        self.record_changed.emit(new_id)
        return new_id

    @Slot()
    def on_discard(self) -> bool:
        view = self.view
        if view is None:
            return False
        if not self.confirm(
            self.tr("Discard draft"),
            self.tr("Discard the draft {record}? It is deleted (the audit trail keeps it).").format(
                record=self._describe(view)
            ),
        ):
            return False
        actor = self.context.actor
        try:
            with self.context.db.transaction(actor) as session:
                result_service.discard_draft(session, actor, view.id)
        except DomainError as error:
            show_domain_error(self.widget, error)
            self.record_changed.emit(view.id)
            return False
        self.record_removed.emit(view.id)
        return True
