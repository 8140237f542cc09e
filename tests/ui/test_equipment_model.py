"""The equipment table model: paging over the service, texts and badge colours, Qt's model
checks (qtmodeltester)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from itc_desktop.db import Actor, Database
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import maintenance as maintenance_service
from itc_desktop.services import usage as usage_service
from itc_desktop.services.equipment import EquipmentQuery
from itc_desktop.ui.models.equipment import (
    AMBER,
    BLUE,
    GREEN,
    GREY,
    RED,
    EquipmentTableModel,
    RecordsTableModel,
)
from itc_desktop.ui.pages.equipment import equipment_fetcher
from tests.services.equipment_support import hours_ago, make_equipment, make_instrument

M = EquipmentTableModel


def _fill(db: Database, manager: Actor) -> dict[str, int]:
    ids = {
        "ITC-0001": make_equipment(db, manager, "ITC-0001", name="CNC lathe"),
        "ITC-0002": make_equipment(db, manager, "ITC-0002", name="Press brake"),
        "ITC-0003": make_equipment(db, manager, "ITC-0003", name="Old saw"),
        "ITC-0004": make_equipment(db, manager, "ITC-0004", name="MIG welder"),
        "ITC-0100": make_instrument(db, manager, "ITC-0100", calibrated_days_ago=100),
        "ITC-0101": make_instrument(db, manager, "ITC-0101", calibrated_days_ago=350),
        "ITC-0102": make_instrument(db, manager, "ITC-0102", calibrated_days_ago=400),
    }
    with db.transaction(manager) as session:
        usage_service.start_use(session, manager, ids["ITC-0001"], started_at=hours_ago(1))
        equipment_service.retire_equipment(session, manager, ids["ITC-0003"], "worn out")
        maintenance_service.record_maintenance(
            session,
            manager,
            ids["ITC-0004"],
            kind="incident",
            started_at=hours_ago(2),
            description="torch cable burnt",
            blocking=True,
        )
    return ids


def _model(db: Database, actor: Actor, page_size: int = 3, **query: object) -> M:
    return M(equipment_fetcher(db, actor, EquipmentQuery(**query)), page_size=page_size)


def test_rows_page_in_as_the_view_asks(db: Database, manager: Actor) -> None:
    _fill(db, manager)
    model = _model(db, manager, page_size=3)
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 3
    model.fetch_all()
    assert model.rowCount() == 7 and not model.canFetchMore()
    tags = [model.index(r, M.TAG).data() for r in range(model.rowCount())]
    assert tags == sorted(tags)
    assert model.headerData(M.CALIBRATION, Qt.Orientation.Horizontal) == "Calibration"


def test_texts_and_badge_colours(db: Database, manager: Actor) -> None:
    ids = _fill(db, manager)
    model = _model(db, manager)
    model.fetch_all()

    def cell(tag: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(model.row_of(ids[tag]), column).data(role)

    assert cell("ITC-0001", M.STATUS) == "In use"
    assert cell("ITC-0001", M.STATUS, M.BADGE_ROLE) == BLUE
    assert "In use by" in str(cell("ITC-0001", M.STATUS, Qt.ItemDataRole.ToolTipRole))
    assert cell("ITC-0002", M.STATUS, M.BADGE_ROLE) == GREEN
    assert cell("ITC-0003", M.STATUS) == "Retired"
    assert cell("ITC-0003", M.STATUS, M.BADGE_ROLE) == GREY
    assert cell("ITC-0003", M.NAME, Qt.ItemDataRole.ForegroundRole) == QColor(GREY)
    assert cell("ITC-0004", M.STATUS) == "Out of service"
    assert cell("ITC-0004", M.STATUS, M.BADGE_ROLE) == RED
    assert cell("ITC-0002", M.CALIBRATION) == "—"
    assert str(cell("ITC-0100", M.CALIBRATION)).startswith("until ")
    assert cell("ITC-0100", M.CALIBRATION, M.BADGE_ROLE) == GREEN
    assert str(cell("ITC-0101", M.CALIBRATION)).startswith("due ")
    assert cell("ITC-0101", M.CALIBRATION, M.BADGE_ROLE) == AMBER
    assert str(cell("ITC-0102", M.CALIBRATION)).startswith("expired ")
    assert cell("ITC-0102", M.CALIBRATION, M.BADGE_ROLE) == RED
    assert "expired on" in str(cell("ITC-0102", M.CALIBRATION, Qt.ItemDataRole.ToolTipRole))
    # Sorting the calibration column puts the red ones first.
    ranks = sorted(
        (str(cell(tag, M.CALIBRATION, M.SORT_ROLE)), tag)
        for tag in ("ITC-0100", "ITC-0101", "ITC-0102")
    )
    assert [tag for _rank, tag in ranks] == ["ITC-0102", "ITC-0101", "ITC-0100"]


def test_filtered_fetch_and_replacing_a_changed_row(db: Database, manager: Actor) -> None:
    ids = _fill(db, manager)
    model = _model(db, manager, status="in_use")
    model.fetch_all()
    assert [model.row_at(r).asset_tag for r in range(model.rowCount())] == ["ITC-0001"]
    assert model.find_row(ids["ITC-0002"]) == -1
    with db.transaction(manager) as session:
        running = usage_service.running_session_for(session, manager, ids["ITC-0001"])
        assert running is not None
        usage_service.stop_use(session, manager, running.id)
    with db.reader() as session:
        fresh = equipment_service.list_equipment(
            session, manager, EquipmentQuery(ids=[ids["ITC-0001"]])
        )
    changed = []
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.column())))
    model.replace_rows(fresh)
    assert changed == [(0, M.CALIBRATION)]
    assert model.index(0, M.STATUS).data() == "Available"


def test_qtmodeltester_on_the_equipment_model(qtmodeltester, db: Database, manager: Actor) -> None:
    _fill(db, manager)
    model = _model(db, manager, page_size=2)
    qtmodeltester.check(model)
    model.fetch_all()
    qtmodeltester.check(model)
    model.reset(equipment_fetcher(db, manager, EquipmentQuery(text="lathe")))
    qtmodeltester.check(model)


def test_qtmodeltester_on_the_records_model(qtmodeltester) -> None:
    model = RecordsTableModel(("A", "B"), "test")
    model.set_rows([("x", "y"), ("ő", "Ђ")], lambda r: r, lambda r: RED if r[0] == "x" else None)
    qtmodeltester.check(model)
    assert model.index(1, 1).data() == "Ђ"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == QColor(RED)
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
