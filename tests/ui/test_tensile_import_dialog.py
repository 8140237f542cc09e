"""The tensile import dialog: every sample layout opens with what the importer detected, the
mapping can be corrected (and is refused with its reason when it cannot work), unreadable
files name their line and give nothing, and the accepted record is the importer's own."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from itc_desktop.importers.tensile_files import TensileRecord, read_tensile_file
from itc_desktop.ui.pages.tensile_import_dialog import TensileImportDialog

DATA = Path(__file__).resolve().parents[1] / "data" / "tensile"

# file → delimiter shown, decimal sign shown, metadata rows, dimensions text
SAMPLES = {
    "S355_round.TXT": ("tab", "point (.)", 7, "d0 = 10 mm · L0 = 50 mm"),
    "S235_yield_point.TXT": ("tab", "point (.)", 7, "d0 = 10 mm · L0 = 50 mm"),
    "Al6082_flat.csv": ("comma (,)", "point (.)", 2, "L0 = 80 mm"),
    "C45_hu.csv": ("semicolon (;)", "comma (,)", 2, "L0 = 40 mm"),
    "DC04_sr.csv": ("semicolon (;)", "comma (,)", 2, "L0 = 50 mm"),
    "X5CrNi_ss.csv": ("comma (,)", "point (.)", 0, "none in the file"),
}


def _open(qtbot, path: Path) -> TensileImportDialog:
    dialog = TensileImportDialog(path)
    qtbot.addWidget(dialog)
    return dialog


def _choose(dialog: TensileImportDialog, quantity: str, column: int | None) -> None:
    combo = dialog.column_combos[quantity]
    combo.setCurrentIndex(combo.findData(-1 if column is None else column))


def _preview_headers(dialog: TensileImportDialog) -> list[str]:
    model = dialog.preview_model
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]


def _metadata_rows(dialog: TensileImportDialog) -> list[tuple[str, str, str]]:
    model = dialog.metadata_model
    return [
        tuple(model.data(model.index(r, c)) for c in range(3))  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


def _same_record(got: TensileRecord | None, expected: TensileRecord) -> None:
    assert got is not None
    assert got.mapping == expected.mapping
    assert got.metadata == expected.metadata and got.dimensions == expected.dimensions
    assert (got.encoding, got.delimiter, got.decimal) == (
        expected.encoding,
        expected.delimiter,
        expected.decimal,
    )
    assert set(got.data) == set(expected.data)
    for quantity, values in expected.data.items():
        np.testing.assert_array_equal(got.data[quantity], values)


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


ROWS = "\n".join(f"{i * 0.1:.1f};{i * 0.5:.2f};{i * 0.01:.3f}" for i in range(12))


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_sample_opens_with_the_detected_format(qtbot, name: str) -> None:
    delimiter, decimal, metadata_rows, dimensions = SAMPLES[name]
    dialog = _open(qtbot, DATA / name)
    assert dialog.delimiter_label.text() == delimiter
    assert dialog.decimal_label.text() == decimal
    assert dialog.thousands_label.text() == "none"
    assert dialog.rows_label.text().startswith("4\u202f001 (from line")
    mapping = dialog.mapping()
    assert "force" in mapping or "stress" in mapping
    assert mapping == read_tensile_file(DATA / name).mapping
    assert dialog.ok_button.isEnabled() and dialog.problem_text() == ""
    assert dialog.check_note.isHidden()  # every sample is recognised with certainty
    assert dialog.preview_model.rowCount() == 20
    assert dialog.metadata_model.rowCount() == metadata_rows
    assert dialog.metadata_view.isHidden() == (metadata_rows == 0)
    assert dialog.no_metadata_label.isHidden() == (metadata_rows > 0)
    assert dimensions in dialog.dimensions_label.text()
    _same_record(dialog.record(), read_tensile_file(DATA / name, mapping=mapping))


def test_zwick_file_shows_encoding_metadata_and_units(qtbot) -> None:
    dialog = _open(qtbot, DATA / "S355_round.TXT")
    assert dialog.encoding_label.text() == "cp1252"
    assert ("Prüfer", "ITC", "") in _metadata_rows(dialog)
    assert ("Messlänge Standardweg", "50.0", "mm") in _metadata_rows(dialog)
    assert _preview_headers(dialog) == [
        "Prüfzeit [s]\n→ Time",
        "Standardkraft [N]\n→ Force",
        "Standardweg [mm]\n→ Extension",
    ]
    model = dialog.preview_model
    # as read, in the file's units, never in exponent form
    assert [model.data(model.index(0, c)) for c in range(3)] == ["0", "21.59", "0.000062"]
    force_unit = dialog.unit_combos["force"]
    assert force_unit.currentText() == "N" and not force_unit.isEnabled()
    assert dialog.units() == {}


@pytest.mark.parametrize(
    ("name", "metadata", "headers"),
    [
        (
            "C45_hu.csv",
            [("Anyag", "C45", ""), ("L0", "40,0", "mm")],
            ["Idő (s)", "Erő (kN)", "Megnyúlás (mm)"],
        ),
        (
            "DC04_sr.csv",
            [("Materijal", "DC04", ""), ("L0", "50,0", "mm")],
            ["Vreme (s)", "Sila (kN)", "Izduženje (mm)"],
        ),
    ],
)
def test_hungarian_and_serbian_files(qtbot, name: str, metadata, headers) -> None:
    dialog = _open(qtbot, DATA / name)
    assert _metadata_rows(dialog) == metadata
    assert [h.split("\n")[0] for h in _preview_headers(dialog)] == headers
    force = dialog.column_combos["force"]
    assert force.currentText() == f"2: {headers[1]}"
    assert [force.itemText(i) for i in range(force.count())][1:] == [
        f"{n}: {h}" for n, h in enumerate(headers, start=1)
    ]
    assert dialog.unit_combos["force"].currentText() == "kN"
    # decimal comma read as such: 0,01510 kN is 0.0151 in the preview, 15.1 N in the record
    assert dialog.preview_model.data(dialog.preview_model.index(0, 1)) == (
        "0.0151" if name == "C45_hu.csv" else "-0.00182"
    )


def test_non_ascii_file_name_metadata_and_headers(qtbot, tmp_path: Path) -> None:
    text = (
        "Mérési adatok;Próba ő/ű č/ć/đ/š/ž\n"
        "Напомена;Испитивање затезањем\n"
        "Пречник (mm);8,0\n"
        "Време (s);Сила (kN);Издужење (mm)\n" + ROWS.replace(".", ",")
    )
    path = _write(tmp_path, "próba_Đorđe_Тест.csv", text, encoding="utf-8-sig")
    dialog = _open(qtbot, path)
    assert "próba_Đorđe_Тест.csv" in dialog.windowTitle()
    assert dialog.file_label.text() == "próba_Đorđe_Тест.csv"
    assert dialog.file_name() == "próba_Đorđe_Тест.csv"
    assert dialog.encoding_label.text() == "utf-8-sig"
    assert _metadata_rows(dialog) == [
        ("Mérési adatok", "Próba ő/ű č/ć/đ/š/ž", ""),
        ("Напомена", "Испитивање затезањем", ""),
        ("Пречник", "8,0", "mm"),
    ]
    assert "d0 = 8 mm" in dialog.dimensions_label.text()
    assert dialog.mapping() == {"time": 0, "force": 1, "extension": 2}
    assert dialog.column_combos["extension"].currentText() == "3: Издужење (mm)"
    assert dialog.ok_button.isEnabled()


def test_choosing_another_column_parses_again(qtbot, tmp_path: Path) -> None:
    rows = "\n".join(f"{i * 0.1:.1f};{i * 0.5:.2f};{i * 400:.1f};{i * 0.01:.3f}" for i in range(12))
    path = _write(tmp_path, "two_forces.csv", "Zeit (s);Kraft (kN);Kraft (N);Weg (mm)\n" + rows)
    dialog = _open(qtbot, path)
    assert not dialog.check_note.isHidden()
    assert "Several columns look like Force: 'Kraft (kN)', 'Kraft (N)'" in (
        dialog.check_note.text()
    )
    first = dialog.mapping()["force"]
    other = 2 if first == 1 else 1
    before = dialog.record()
    assert before is not None
    _choose(dialog, "force", other)
    assert dialog.mapping()["force"] == other
    headers = _preview_headers(dialog)
    assert headers[other].endswith("→ Force") and headers[first].endswith("not used")
    after = dialog.record()
    assert after is not None and after is not before
    expected = read_tensile_file(path, mapping=dialog.mapping())
    np.testing.assert_array_equal(after.data["force"], expected.data["force"])
    assert not np.array_equal(after.data["force"], before.data["force"])
    assert dialog.unit_combos["force"].currentText() == ("N" if other == 2 else "kN")
    # time no longer used: the preview says so and the record has no time
    _choose(dialog, "time", None)
    assert _preview_headers(dialog)[0] == "Zeit (s)\nnot used"
    assert "time" not in dialog.mapping() and "time" not in dialog.record().data  # type: ignore[union-attr]
    assert dialog.ok_button.isEnabled()


def test_without_force_or_stress_ok_is_off_with_the_reason(qtbot) -> None:
    dialog = _open(qtbot, DATA / "S355_round.TXT")
    _choose(dialog, "force", None)
    assert not dialog.ok_button.isEnabled()
    assert dialog.record() is None
    assert not dialog.problem.isHidden()
    assert dialog.problem.text() == (
        "This mapping cannot be imported: Choose a force or a stress column."
    )
    assert dialog.problem_text() == dialog.problem.text()
    dialog.accept()  # Enter on a refused mapping must not close the dialog
    assert dialog.result() != QDialog.DialogCode.Accepted
    _choose(dialog, "force", 1)
    assert dialog.ok_button.isEnabled() and dialog.problem.isHidden()
    assert dialog.problem_text() == ""


def test_a_column_chosen_twice_or_of_the_wrong_unit_is_refused(qtbot) -> None:
    dialog = _open(qtbot, DATA / "S355_round.TXT")
    _choose(dialog, "stress", 1)
    assert not dialog.ok_button.isEnabled()
    assert "'Standardkraft' is chosen twice (force and stress)" in dialog.problem_text()
    _choose(dialog, "stress", None)
    assert dialog.ok_button.isEnabled()
    _choose(dialog, "extension", None)
    assert "Choose an extension or a strain column." in dialog.problem_text()
    _choose(dialog, "time", None)
    _choose(dialog, "extension", 0)  # Prüfzeit, in seconds
    assert "The unit 's' of column 'Prüfzeit' does not fit extension." in dialog.problem_text()
    assert dialog.record() is None and not dialog.ok_button.isEnabled()


def test_record_after_accept_is_the_importers(qtbot) -> None:
    path = DATA / "C45_hu.csv"
    dialog = _open(qtbot, path)
    _choose(dialog, "time", None)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.mapping() == {"force": 1, "extension": 2}
    _same_record(dialog.record(), read_tensile_file(path, mapping=dialog.mapping()))
    assert dialog.record().data["force"][0] == pytest.approx(15.10)  # type: ignore[union-attr]
    assert dialog.file_bytes() == path.read_bytes()
    assert dialog.file_sha256() == hashlib.sha256(path.read_bytes()).hexdigest()


def test_columns_without_units_ask_for_them(qtbot, tmp_path: Path) -> None:
    rows = "\n".join(f"{i * 0.1:.1f}\t{i * 1.5:.2f}\t{i * 0.001:.4f}" for i in range(12))
    path = _write(tmp_path, "no_units.TXT", '"Prüfzeit"\t"Standardkraft"\t"Standardweg"\n' + rows)
    assert read_tensile_file(path).ambiguous
    dialog = _open(qtbot, path)
    note = dialog.check_note.text()
    assert not dialog.check_note.isHidden()
    assert "not recognised with certainty" in note
    assert "Force: the file gives no unit; check the one chosen." in note
    force_unit = dialog.unit_combos["force"]
    assert force_unit.isEnabled() and force_unit.currentData() == "N"
    assert dialog.units() == {"time": "s", "force": "N", "extension": "mm"}
    _same_record(dialog.record(), read_tensile_file(path, mapping=dialog.mapping()))
    force_unit.setCurrentIndex(force_unit.findData("kN"))
    assert dialog.units()["force"] == "kN"
    record = dialog.record()
    assert record is not None
    assert record.data["force"][2] == pytest.approx(3000.0)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    _same_record(
        dialog.record(),
        read_tensile_file(path, mapping=dialog.mapping(), units=dialog.units()),
    )


def test_large_unitless_strain_is_taken_as_percent(qtbot, tmp_path: Path) -> None:
    rows = "\n".join(f"{i * 0.5:.2f},{i * 20.0:.1f}" for i in range(12))
    path = _write(tmp_path, "strain.csv", "Strain,Stress (MPa)\n" + rows)
    dialog = _open(qtbot, path)
    assert dialog.mapping() == {"strain": 0, "stress": 1}
    assert dialog.unit_combos["strain"].currentData() == "%"
    assert dialog.unit_combos["strain"].itemText(0) == "1 (fraction)"
    assert dialog.record().data["strain"][4] == pytest.approx(0.02)  # type: ignore[union-attr]


def test_table_without_header_is_mapped_by_hand(qtbot, tmp_path: Path) -> None:
    path = _write(tmp_path, "bare.csv", "Anyag;C45\n" + ROWS.replace(".", ","))
    dialog = _open(qtbot, path)
    assert dialog.mapping() == {}
    assert "The table has no header row: choose the columns." in dialog.check_note.text()
    assert "Choose a force or a stress column." in dialog.problem_text()
    assert not dialog.ok_button.isEnabled() and dialog.record() is None
    _choose(dialog, "force", 1)
    assert "Choose an extension or a strain column." in dialog.problem_text()
    _choose(dialog, "extension", 2)
    assert dialog.ok_button.isEnabled()
    assert _preview_headers(dialog) == [
        "Column 1\nnot used",
        "Column 2\n→ Force",
        "Column 3\n→ Extension",
    ]
    _same_record(
        dialog.record(), read_tensile_file(path, mapping=dialog.mapping(), units=dialog.units())
    )


CORRUPTED = [
    (
        "garbage_line.csv",
        "Time (s);Force (kN);Extension (mm)\n"
        + "\n".join(f"{i},0;{i},5;0,0{i}" for i in range(5))
        + "\nBROKEN RECORD -- machine restarted\n"
        + "\n".join(f"{i},0;{i},5;0,0{i}" for i in range(5, 9)),
        ("line 7:", "expected 3 values, found 1"),
    ),
    (
        "bad_cell.TXT",
        "Zeit\tKraft\tWeg\ns\tN\tmm\n"
        + "\n".join(f"{i}.0\t{'x#?' if i == 6 else i * 2}\t0.{i}" for i in range(1, 10)),
        ("line 8:", "'x#?' is not a number."),
    ),
    ("empty.csv", "", ("The file is empty.",)),
]


@pytest.mark.parametrize(("name", "text", "words"), CORRUPTED, ids=[c[0] for c in CORRUPTED])
def test_unreadable_files_name_the_problem_and_give_nothing(
    qtbot, tmp_path: Path, name: str, text: str, words: tuple[str, ...]
) -> None:
    dialog = _open(qtbot, _write(tmp_path, name, text))
    _assert_refused(dialog, words)


def test_binary_and_missing_files_give_nothing(qtbot, tmp_path: Path) -> None:
    binary = tmp_path / "photo.TXT"
    binary.write_bytes(bytes(range(256)) * 20)
    _assert_refused(_open(qtbot, binary), ("not a text file",))
    _assert_refused(_open(qtbot, tmp_path / "hiányzó_č.csv"), ("Cannot read",))


def _assert_refused(dialog: TensileImportDialog, words: tuple[str, ...]) -> None:
    text = dialog.file_error.text()
    assert not dialog.file_error.isHidden()
    assert text.startswith("This file cannot be imported; nothing is taken from it.")
    for word in words:
        assert word in text
    assert dialog.problem_text() == text
    assert dialog.content.isHidden()
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.record() is None and dialog.file_bytes() is None
    assert dialog.file_sha256() is None
    assert dialog.mapping() == {} and dialog.units() == {}


@pytest.mark.parametrize(
    ("metadata", "shown"),
    [
        ("Dicke: 3,0 mm\nBreite: 20,0 mm\nMesslänge: 80 mm\n", "a0 × b0 = 3 × 20 mm · L0 = 80 mm"),
        ("Keresztmetszet;0,6;cm²\n", "S0 = 60 mm² · L0"),
        ("Anyag;S355\n", "none in the file"),
    ],
)
def test_dimensions_from_the_metadata(qtbot, tmp_path: Path, metadata: str, shown: str) -> None:
    text = metadata + "Idő (s);Erő (kN);Megnyúlás (mm)\n" + ROWS.replace(".", ",")
    dialog = _open(qtbot, _write(tmp_path, "méretek.csv", text))
    assert shown in dialog.dimensions_label.text()
    if shown.endswith("L0"):
        assert dialog.dimensions_label.text().endswith("L0 not in the file")
