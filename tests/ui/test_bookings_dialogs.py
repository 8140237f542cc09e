"""The Bookings page's dialogs and list: a weekly series skipping its conflict after the user
confirms, the free-slot search filling the form, list filters, cancel with a reason, no-show
marked by a manager, and who may book for whom."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from itc_desktop.db import Actor, Database
from itc_desktop.models.base import utcnow
from itc_desktop.services import bookings as booking_service
from itc_desktop.services.bookings import BookingRequest
from itc_desktop.ui.models.bookings import BookingsTableModel
from itc_desktop.ui.pages.booking_dialogs import (
    BookingForm,
    BookingValues,
    CancelDialog,
    FreeSlotDialog,
    RecurrenceDialog,
    to_qdatetime,
)
from itc_desktop.ui.pages.bookings import BookingsPage
from tests.services.bookings_support import at, book, next_monday
from tests.ui.bookings_ui_support import add_equipment, all_bookings, open_page


def list_texts(page: BookingsPage, column: int) -> list[str]:
    model = page.list_panel.list_model
    while model.canFetchMore():
        model.fetchMore()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def select_list_row(page: BookingsPage, booking_id: int) -> None:
    page.tabs.setCurrentIndex(1)
    model = page.list_panel.list_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).id == booking_id)
    page.list_panel.table.selectRow(row)


def test_weekly_series_skips_the_conflicting_occurrence_after_confirmation(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, monkeypatch
) -> None:
    machine = add_equipment(db, manager, "CNC-1")
    monday = next_monday()
    book(
        db,
        manager,
        machine,
        at(monday + timedelta(days=7), 9, 30),
        at(monday + timedelta(days=7), 11),
    )
    page = open_page(qtbot, context_for, technician)
    seen: dict[str, object] = {}

    def drive_series(dialog: RecurrenceDialog) -> int:
        dialog.count.setValue(3)
        dialog.preview_button.click()
        items = [dialog.occurrences.item(i) for i in range(dialog.occurrences.count())]
        seen["texts"] = [item.text() for item in items]
        conflict = items[1]
        assert conflict.checkState() == Qt.CheckState.Checked  # offered for skipping
        conflict.setCheckState(Qt.CheckState.Unchecked)  # the user keeps it: not allowed
        seen["blocked"] = (dialog.save_button.isEnabled(), dialog.summary.text())
        conflict.setCheckState(Qt.CheckState.Checked)  # confirms skipping it
        seen["summary"] = dialog.summary.text()
        dialog.save_button.click()
        return dialog.result()

    def drive_form(form: BookingForm) -> int:
        assert form.repeat_button is not None
        form.repeat_button.click()
        return form.result()

    monkeypatch.setattr(RecurrenceDialog, "exec", drive_series)
    monkeypatch.setattr(BookingForm, "exec", drive_form)
    form = page.open_form(BookingValues(machine, technician.id, at(monday, 9), at(monday, 10)))

    assert form.result() == QDialog.DialogCode.Accepted
    texts = seen["texts"]
    assert len(texts) == 3  # type: ignore[arg-type]
    assert "skip" in texts[1] and "already booked by" in texts[1]  # type: ignore[index]
    assert "skip" not in texts[0] and "skip" not in texts[2]  # type: ignore[index]
    assert seen["blocked"][0] is False  # type: ignore[index]
    assert "not skipped" in seen["blocked"][1]  # type: ignore[index]
    assert seen["summary"] == "2 occurrence(s) will be booked, 1 skipped."
    mine = all_bookings(db, technician, user_id=technician.id)
    assert sorted(r.start for r in mine) == [at(monday, 9), at(monday + timedelta(days=14), 9)]
    assert len({r.series_id for r in mine}) == 1 and mine[0].series_id is not None


def test_free_slot_search_fills_the_booking_form(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, monkeypatch
) -> None:
    machine = add_equipment(db, manager, "MILL-1")
    monday = next_monday()
    book(db, manager, machine, at(monday, 7), at(monday, 12))
    page = open_page(qtbot, context_for, technician)
    seen: dict[str, object] = {}

    def drive_search(dialog: FreeSlotDialog) -> int:
        dialog.search_button.click()  # neither equipment nor category: refused, says why
        seen["refusal"] = dialog.message.text()
        dialog.equipment.setCurrentIndex(dialog.equipment.findData(machine))
        dialog.hours.setValue(2)
        dialog.earliest.setDateTime(to_qdatetime(at(monday, 7), page.zone))
        dialog.search_button.click()
        seen["first"] = dialog.results.item(0).text()
        dialog.pick_button.click()
        return dialog.result()

    def capture_form(form: BookingForm) -> int:
        seen["values"] = form.values()
        seen["check"] = form.check_label.text()
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(FreeSlotDialog, "exec", drive_search)
    monkeypatch.setattr(BookingForm, "exec", capture_form)
    page.free_button.click()

    assert "choose equipment or a category" in seen["refusal"]  # type: ignore[operator]
    assert "12:00–14:00" in seen["first"]  # type: ignore[operator]
    values = seen["values"]
    assert isinstance(values, BookingValues)
    assert (values.equipment_id, values.start, values.end) == (
        machine,
        at(monday, 12),
        at(monday, 14),
    )
    assert seen["check"] == "The slot is free."


def test_list_filters_cancel_with_reason(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, monkeypatch
) -> None:
    first = add_equipment(db, manager, "CNC-1")
    second = add_equipment(db, manager, "CNC-2")
    monday = next_monday()
    a = book(db, technician, first, at(monday, 9), at(monday, 10))
    book(db, manager, second, at(monday, 9), at(monday, 10))
    c = book(
        db,
        technician,
        second,
        at(monday + timedelta(days=20), 9),
        at(monday + timedelta(days=20), 10),
    )
    page = open_page(qtbot, context_for, manager)
    tags = BookingsTableModel.EQUIPMENT
    assert len(list_texts(page, tags)) == 3
    page.list_panel.filter_equipment.setCurrentIndex(
        page.list_panel.filter_equipment.findData(second)
    )
    assert list_texts(page, tags) == ["CNC-2 Machine CNC-2"] * 2
    page.list_panel.filter_user.setCurrentIndex(page.list_panel.filter_user.findData(technician.id))
    assert list_texts(page, BookingsTableModel.START) == [
        (monday + timedelta(days=20)).isoformat() + " 09:00"
    ]
    page.list_panel.filter_equipment.setCurrentIndex(0)
    page.list_panel.filter_from.setDate(
        page.list_panel.filter_from.date().fromString(monday.isoformat(), "yyyy-MM-dd")
    )
    page.list_panel.filter_to.setDate(page.list_panel.filter_from.date().addDays(6))
    page.list_panel.filter_period.setChecked(True)
    assert list_texts(page, tags) == ["CNC-1 Machine CNC-1"]
    assert [
        page.list_panel.list_model.row_at(r).id
        for r in range(page.list_panel.list_model.rowCount())
    ] == [a]

    page.list_panel.filter_period.setChecked(False)
    list_texts(page, tags)
    reasons: list[bool] = []

    def drive_cancel(dialog: CancelDialog) -> int:
        reasons.append(dialog.ok_button.isEnabled())  # no reason yet: cannot confirm
        dialog.reason.setText("Customer postponed — Ђорђе")
        reasons.append(dialog.ok_button.isEnabled())
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CancelDialog, "exec", drive_cancel)
    select_list_row(page, c)
    page.list_panel.cancel_button.click()
    assert reasons == [False, True]
    page.list_panel.filter_status.setCurrentIndex(
        page.list_panel.filter_status.findData("cancelled")
    )
    assert list_texts(page, BookingsTableModel.PURPOSE) == ["Customer postponed — Ђорђе"]
    assert list_texts(page, BookingsTableModel.STATUS) == ["Cancelled"]


def test_manager_marks_a_no_show_and_books_for_others(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, monkeypatch
) -> None:
    machine = add_equipment(db, manager, "TENS-1")
    start = utcnow().replace(microsecond=0) - timedelta(hours=3)
    with db.transaction(technician) as session:
        past = booking_service.create_booking(
            session,
            technician,
            BookingRequest(machine, start, start + timedelta(hours=1)),
            now=start - timedelta(days=1),
        )
    page = open_page(qtbot, context_for, manager)
    assert not page.list_panel.no_show_button.isHidden()
    list_texts(page, 0)
    select_list_row(page, past)
    page.list_panel.no_show_button.click()
    assert all_bookings(db, manager)[0].status == "no_show"

    forms: list[BookingForm] = []

    def capture(form: BookingForm) -> int:
        forms.append(form)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(BookingForm, "exec", capture)
    page.new_button.click()
    assert forms[0].booked_for.isEnabled()
    assert forms[0].override.isVisibleTo(forms[0])
    assert forms[0].booked_for.findData(technician.id) >= 0


def test_technician_cannot_mark_no_shows_or_override(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, monkeypatch
) -> None:
    machine = add_equipment(db, manager, "TENS-2", min_notice_hours=48)
    page = open_page(qtbot, context_for, technician)
    assert page.list_panel.no_show_button.isHidden()
    forms: list[BookingForm] = []

    def capture(form: BookingForm) -> int:
        forms.append(form)
        form.on_save()  # too little notice: refused, the form stays open with the reason
        return form.result()

    monkeypatch.setattr(BookingForm, "exec", capture)
    page.new_button.click()
    form = forms[0]
    assert not form.booked_for.isEnabled()
    assert not form.override.isVisibleTo(form)
    assert form.values().equipment_id == machine
    assert "at least 48 hours ahead" in form.check_label.text()
    assert form.result() != QDialog.DialogCode.Accepted
    assert all_bookings(db, technician) == []


@pytest.mark.parametrize("rows", [0, 450])
def test_list_model_pages_by_keyset(qtmodeltester, rows: int) -> None:
    from datetime import UTC, datetime

    from itc_desktop.services.bookings import BookingRow

    base = datetime(2026, 3, 1, 8, tzinfo=UTC)
    data = [
        BookingRow(
            id=i,
            equipment_id=1,
            asset_tag="T",
            equipment_name="M",
            booked_for_id=1,
            booked_for_name="Ő",
            created_by_id=1,
            job_id=None,
            job_reference=None,
            job_step_id=None,
            start=base - timedelta(hours=i),
            end=base - timedelta(hours=i - 1),
            purpose="p",
            status="confirmed",
            cancel_reason="",
            series_id=None,
            occurrence=None,
            override_reason="",
            usage_session_id=None,
            version=1,
        )
        for i in range(1, rows + 1)
    ]
    calls: list[object] = []

    def fetch(after, limit):  # type: ignore[no-untyped-def]
        calls.append(after)
        rest = [r for r in data if after is None or (r.start, r.id) < (after.start, after.id)]
        return rest[:limit]

    model = BookingsTableModel(fetch, UTC, page_size=200)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == rows
    assert len(calls) == rows // 200 + 1
    qtmodeltester.check(model)


def test_delete_cancels_the_clicked_block_and_a_series_asks_which_occurrences(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, monkeypatch
) -> None:
    from PySide6.QtTest import QTest

    from itc_desktop.services import booking_series as series_service
    from itc_desktop.services.booking_series import SeriesScope, SeriesSpec
    from itc_desktop.ui.pages.booking_dialogs import ScopeDialog

    machine = add_equipment(db, manager, "SAW-1")
    monday = next_monday()
    single = book(db, technician, machine, at(monday, 9), at(monday, 11))
    with db.transaction(technician) as session:
        series = series_service.create_series(
            session,
            technician,
            SeriesSpec(
                machine,
                "daily",
                monday + timedelta(days=1),
                time(13),
                timedelta(hours=1),
                count=4,
            ),
        )
    page = open_page(qtbot, context_for, technician)
    view = page.calendar

    QTest.keyClick(view, Qt.Key.Key_Delete)  # nothing chosen: says what to do
    assert "Click a booking" in page.banner.text()

    monkeypatch.setattr(
        CancelDialog, "exec", lambda d: (d.reason.setText("Machine needed elsewhere"), 1)[1]
    )
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.point_for(machine, at(monday, 10)))
    assert view.selected_id == single
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert [r.status for r in all_bookings(db, technician) if r.id == single] == ["cancelled"]
    assert single not in [b.id for b in view.bookings]

    def this_and_following(dialog: ScopeDialog) -> int:
        dialog.choices[SeriesScope.THIS_AND_FOLLOWING].setChecked(True)
        return 1

    monkeypatch.setattr(ScopeDialog, "exec", this_and_following)
    third_day = monday + timedelta(days=3)
    QTest.mouseClick(
        view, Qt.MouseButton.LeftButton, pos=view.point_for(machine, at(third_day, 13, 30))
    )
    QTest.keyClick(view, Qt.Key.Key_Delete)
    states = {
        r.start: r.status for r in all_bookings(db, technician) if r.series_id == series.series_id
    }
    assert states == {
        at(monday + timedelta(days=1), 13): "confirmed",
        at(monday + timedelta(days=2), 13): "confirmed",
        at(monday + timedelta(days=3), 13): "cancelled",
        at(monday + timedelta(days=4), 13): "cancelled",
    }
