"""The results table model over the real page fetcher: pages of the service's rows held as
they came (RowPages), read in order across equal test times, found by id, forgotten on reset."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from itc_desktop.db import Actor, Database
from itc_desktop.services import results as result_service
from itc_desktop.services.results import ResultFilter
from itc_desktop.ui.background import BackgroundRunner
from itc_desktop.ui.models.results import ResultsTableModel, records_fetcher
from tests.services.results_support import create, hardness_input, make_lab, performed_hours_ago


def test_the_model_pages_every_record_once_newest_first(
    qapp, db: Database, manager: Actor, technician: Actor, runner: BackgroundRunner
) -> None:
    lab = make_lab(db, manager)
    moments = [performed_hours_ago(9)] + [performed_hours_ago(5)] * 3 + [performed_hours_ago(1)]
    for at in moments:
        create(db, technician, hardness_input(lab, technician, performed_at=at))
    where = ResultFilter(job_id=lab.job_id)
    with db.reader() as session:
        expected = list(result_service.list_records(session, technician, where, limit=None))
    budapest = ZoneInfo("Europe/Budapest")
    model = ResultsTableModel(
        records_fetcher(db, technician, where), runner, time_zone=budapest, page_size=2
    )
    pages = 0
    while model.canFetchMore():
        model.fetchMore()
        pages += 1
    assert pages == 3 and model.rowCount() == 5
    assert [model.row_at(i) for i in range(5)] == expected == model.rows()
    assert model.row_of(expected[3].id) == 3 and model.row_of(-1) == -1
    shown = model.data(model.index(4, ResultsTableModel.PERFORMED))
    assert shown == moments[0].astimezone(budapest).strftime("%Y-%m-%d %H:%M")
    assert model.data(model.index(0, ResultsTableModel.JOB)) == lab.job_reference
    model.reset()
    assert model.rowCount() == 0 and model.rows() == []
