"""The job's test report read back from the PDF: what ISO/IEC 17025 §7.8.2 asks for, the
numbers as the report rounds them, every letter intact, pages, fonts, only approved results."""

from __future__ import annotations

import re

import pytest

from itc_desktop.analysis.tensile import round_elongation
from itc_desktop.db import Actor, Database
from itc_desktop.services import report_archive
from itc_desktop.services import results as result_service
from tests.reports.job_report_support import (
    ADDRESS,
    COMPANY,
    CONTACT,
    DRAFT_HV,
    SECOND_CONDITION,
    SECOND_ITEM,
    ReportLab,
    make_report_lab,
)
from tests.reports.pdf_checks import (
    assert_only_embedded_dejavu,
    page_texts,
    raster_images,
    reader,
)


@pytest.fixture
def rl(db: Database, actors: dict[str, Actor]) -> ReportLab:
    return make_report_lab(db, actors)


def issued_pdf(db: Database, manager: Actor, job_id: int, lang: str = "en") -> tuple[str, bytes]:
    with db.transaction(manager) as session:
        view = report_archive.issue_job_report(session, manager, job_id, lang)
        return view.report_number, report_archive.get_report_pdf(session, manager, view.id)


def flat(text: str) -> str:
    """Text with line breaks as spaces (table cells wrap)."""
    return " ".join(text.split())


def test_issued_report_has_what_the_standard_asks(
    db: Database, rl: ReportLab, manager: Actor
) -> None:
    number, pdf = issued_pdf(db, manager, rl.lab.job_id)
    texts = page_texts(pdf)
    whole = flat("\n".join(texts))
    for expected in (
        "Test report",
        f"Report number {number}",
        COMPANY,
        flat(ADDRESS),
        CONTACT,
        rl.lab.job_reference,
        "Flange S355, tensile and hardness",
        # items tested, with their condition on receipt
        f"{rl.lab.job_reference}-S01",
        "Round bar Ø10, from the flange",
        rl.second_specimen_code,
        SECOND_ITEM,
        SECOND_CONDITION,
        # methods with their editions, instruments and their calibration on the test date
        "ISO 6892-1:2019 method B",
        "ISO 6507-1:2023",
        "ITC-0210",
        "ITC-0211",
        "calibrated, valid until",
        # environmental conditions, deviations
        "22.5 °C 45 % RH",
        "Deviations from the methods None.",
        # results with units, limits and decisions
        f"Tensile strength Rm {rl.rm} MPa 470 … 630",
        "Limits: EN 10025-2",
        "Mean",
        "200 … 260",
        "± 6 HV 10 (k = 2)",
        # the statements
        "Guarded acceptance (ISO 14253-1",
        "Simple acceptance (ILAC-G8",
        "coverage factor k = 2",
        "The results relate only to the items tested.",
        # who did what, and the end
        "Szőke Bence",
        "Petrović Đorđe",
        "Report issued by Petrović Đorđe",
        "End of report",
    ):
        assert expected in whole, expected
    assert len(texts) == len(reader(pdf).pages) >= 2
    for page, text in enumerate(texts, start=1):
        assert f"Page {page} of {len(texts)}" in text
        assert f"Report ID: {number}" in text
    assert_only_embedded_dejavu(pdf)
    assert "DRAFT" not in whole


def test_tensile_values_are_rounded_as_iso_6892_asks(
    db: Database, rl: ReportLab, manager: Actor
) -> None:
    _number, pdf = issued_pdf(db, manager, rl.lab.job_id)
    whole = flat("\n".join(page_texts(pdf)))
    with db.reader() as session:
        view = result_service.get_record(session, manager, rl.tensile_id)
    values = {v.quantity: v.value for v in view.values}
    a = round_elongation(values["A"])
    assert a is not None and a * 2 == int(a * 2)  # to 0.5 %
    assert f"Elongation after fracture A {a:.1f} %" in whole
    assert f"{values['Rm']:.3f}" not in whole  # never the unrounded value
    e_gpa = f"{round(values['E'], -2) / 1000:.1f} GPa"
    assert f"Modulus of elasticity E {e_gpa}" in whole


def test_only_approved_results_are_issued_and_the_draft_shows_them_all(
    db: Database, rl: ReportLab, manager: Actor, technician: Actor
) -> None:
    _number, pdf = issued_pdf(db, manager, rl.lab.job_id)
    issued = flat("\n".join(page_texts(pdf)))
    with db.reader() as session:
        draft_pdf = report_archive.draft_job_report_pdf(session, technician, rl.lab.job_id)
    draft_texts = page_texts(draft_pdf)
    draft = flat("\n".join(draft_texts))
    assert DRAFT_HV not in issued
    assert DRAFT_HV in draft
    assert "DRAFT — not valid" in draft and "DRAFT — not valid" not in issued
    assert "Not issued: draft for checking." in draft
    # The watermark is on every page of the draft.
    assert all("DRAFT — not valid" in text for text in draft_texts)
    assert_only_embedded_dejavu(draft_pdf)


def test_hungarian_report_uses_decimal_commas_and_local_dates(
    db: Database, rl: ReportLab, manager: Actor
) -> None:
    _number, pdf = issued_pdf(db, manager, rl.lab.job_id, lang="hu")
    whole = flat("\n".join(page_texts(pdf)))
    assert "22,5 °C" in whole and "22.5 °C" not in whole
    assert re.search(r"\d{4}\. \d{2}\. \d{2}\.", whole)
    # The quantities are named in the report's language, not the program's (English here).
    assert re.search(r"Szakadási nyúlás A \d+,[05] %", whole)
    assert "Szakítószilárdság Rm" in whole and "Tensile strength" not in whole
    assert COMPANY in whole and CONTACT in whole


def test_a_serbian_cyrillic_report_names_the_quantities_in_cyrillic(
    db: Database, rl: ReportLab, manager: Actor
) -> None:
    _number, pdf = issued_pdf(db, manager, rl.lab.job_id, lang="sr-Cyrl")
    whole = flat("\n".join(page_texts(pdf)))
    assert "Затезна чврстоћа Rm" in whole and "Модул еластичности E" in whole
    assert "Затезна чврстоћа Рм" not in whole  # the symbol stays Latin
    assert "— Задовољава" in whole and "Pass" not in whole and "Tensile strength" not in whole


def test_the_chart_page_is_vector_with_marked_points(
    db: Database, rl: ReportLab, manager: Actor
) -> None:
    _number, pdf = issued_pdf(db, manager, rl.lab.job_id)
    texts = page_texts(pdf)
    chart_pages = [n for n, text in enumerate(texts) if "Stress R (MPa)" in text]
    assert len(chart_pages) == 1
    page = reader(pdf).pages[chart_pages[0]]
    text = texts[chart_pages[0]]
    assert "Strain ε (%)" in text and "Rp0.2" in text and "Rm" in text and "S01" in text
    assert "Dashed: the line of slope E offset by 0.2 % plastic strain" in " ".join(text.split())
    # The only raster image on the page is the logo: the chart is drawn with vector paths.
    assert raster_images(page) == 1


def test_charpy_and_dimensional_sections(db: Database, actors: dict[str, Actor]) -> None:
    from itc_desktop.services.result_inputs import (
        Characteristic,
        DimensionalInputs,
        ImpactInputs,
        LimitSpec,
    )
    from tests.services.results_support import approve, create, hardness_input, impact_input

    manager, technician = actors["manager"], actors["technician"]
    rl = make_report_lab(db, actors, draft=False)
    impact_id = create(
        db,
        technician,
        impact_input(
            rl.lab,
            technician,
            ImpactInputs(
                notch="V",
                striker_radius_mm=2,
                initial_energy_J=300,
                test_temperature_C=-20,
                energies_J=(46.0, 39.0, 52.0),
            ),
            limits={"energy_mean": LimitSpec(lower=27)},
        ),
    )
    measurements = tuple(20.000 - 0.004 + 0.001 * ((n * 7) % 9) for n in range(16))
    dimensional_id = create(
        db,
        technician,
        hardness_input(
            rl.lab,
            technician,
            specimen_id=None,
            method="ISO 14253-1:2017",
            inputs=DimensionalInputs(
                (
                    Characteristic(
                        "Ø20 h7", 20.0, 0.021, 0.0, measurements=measurements, subgroup_size=4
                    ),
                )
            ),
            limits={},
        ),
    )
    for record_id in (impact_id, dimensional_id):
        approve(db, record_id, manager, manager)
    _number, pdf = issued_pdf(db, manager, rl.lab.job_id)
    whole = flat("\n".join(page_texts(pdf)))
    assert "Results — Charpy impact" in whole
    assert "KV2, test temperature −20 °C, 10 × 10 × 55 mm, pendulum 300 J" in whole
    assert "Specimen 2: KV2 39 J" in whole
    assert "Mean KV2 46 J ≥ 27" in whole  # 45.67 J to 1 J
    assert "Lowest single value 39 J" in whole
    assert "Results — Dimensional" in whole
    assert "Process capability" in whole
    with db.reader() as session:
        view = result_service.get_record(session, manager, dimensional_id)
    cp = next(v.value for v in view.values if v.quantity == "cp:Ø20 h7")
    cpk = next(v.value for v in view.values if v.quantity == "cpk:Ø20 h7")
    assert f"{cp:.2f} {cpk:.2f}" in whole
    assert "Ø20 h7 16 4" in whole  # n and the subgroup size
    assert "19.996 mm 19.979 … 20.000" in whole  # the first part, to the drawing's 0.001
