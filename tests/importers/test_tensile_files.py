"""Raw tensile records: every sample layout, encodings, number formats, metadata styles,
column recognition in four languages, explicit mapping, and errors that name the line."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from itc_desktop.analysis.errors import AnalysisError
from itc_desktop.importers.tensile_files import (
    TensileFileError,
    decode_bytes,
    parse_tensile_text,
    read_tensile_file,
)
from itc_desktop.services.errors import ValidationError

DATA = Path(__file__).resolve().parents[1] / "data" / "tensile"

# file → encoding, delimiter, decimal, header, units, mapping, dimensions
LAYOUTS = {
    "S355_round.TXT": (
        "cp1252", "\t", ".", ("Prüfzeit", "Standardkraft", "Standardweg"), ("s", "N", "mm"),
        {"time": 0, "force": 1, "extension": 2}, {"diameter_mm": 10.0, "gauge_length_mm": 50.0},
    ),
    "S235_yield_point.TXT": (
        "cp1252", "\t", ".", ("Prüfzeit", "Standardkraft", "Standardweg"), ("s", "N", "mm"),
        {"time": 0, "force": 1, "extension": 2}, {"diameter_mm": 10.0, "gauge_length_mm": 50.0},
    ),
    "Al6082_flat.csv": (
        "utf-8", ",", ".", ("Time", "Extension", "Load"), ("(s)", "(mm)", "(kN)"),
        {"time": 0, "extension": 1, "force": 2}, {"gauge_length_mm": 80.0},
    ),
    "C45_hu.csv": (
        "utf-8", ";", ",", ("Idő (s)", "Erő (kN)", "Megnyúlás (mm)"), ("s", "kN", "mm"),
        {"time": 0, "force": 1, "extension": 2}, {"gauge_length_mm": 40.0},
    ),
    "DC04_sr.csv": (
        "utf-8", ";", ",", ("Vreme (s)", "Sila (kN)", "Izduženje (mm)"), ("s", "kN", "mm"),
        {"time": 0, "force": 1, "extension": 2}, {"gauge_length_mm": 50.0},
    ),
    "X5CrNi_ss.csv": (
        "utf-8", ",", ".", ("Strain (%)", "Stress (MPa)"), ("%", "MPa"),
        {"strain": 0, "stress": 1}, {},
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_every_sample_layout(name: str) -> None:
    encoding, delimiter, decimal, header, units, mapping, dimensions = LAYOUTS[name]
    record = read_tensile_file(DATA / name)
    assert (record.encoding, record.delimiter, record.decimal) == (encoding, delimiter, decimal)
    assert record.header == header and record.units == units
    assert record.mapping == mapping
    assert not record.ambiguous and record.confidence == 1.0
    assert record.row_count == 4001
    for key in ("diameter_mm", "width_mm", "thickness_mm", "area_mm2", "gauge_length_mm"):
        assert getattr(record.dimensions, key) == dimensions.get(key), key
    assert set(record.data) == set(mapping)
    assert all(values.shape == (4001,) for values in record.data.values())


def test_units_are_normalised() -> None:
    hu = read_tensile_file(DATA / "C45_hu.csv")
    # first data line: 0,000;0,01510;0,000171 (kN → N)
    assert hu.data["force"][0] == pytest.approx(15.10)
    assert hu.data["extension"][0] == pytest.approx(0.000171)
    assert hu.raw[0, 1] == pytest.approx(0.01510)
    ss = read_tensile_file(DATA / "X5CrNi_ss.csv")
    assert ss.data["strain"][-1] == pytest.approx(0.48002)  # 48.002 % → fraction
    assert ss.data["stress"].max() == pytest.approx(620.0)


def test_metadata_of_zwick_file() -> None:
    record = read_tensile_file(DATA / "S355_round.TXT")
    assert record.header_line == 9 and record.unit_line == 10 and record.first_data_line == 11
    item = record.metadata_value("Messlänge Standardweg")
    assert item is not None and (item.number, item.unit, item.line) == (50.0, "mm", 6)
    assert record.metadata_value("Werkstoff").value == "S355"
    assert record.metadata_value("Probendicke").number is None  # empty value


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


TABLE = "\n".join(f"{i * 0.1:.1f};{i * 1.5:.3f};{i * 0.01:.4f}" for i in range(12))


def test_cp1250_file_with_hungarian_and_serbian_letters(tmp_path: Path) -> None:
    text = (
        "Anyag: Acél ő ű\n"
        "Operater: Čedomir Đurić\n"
        "Átmérő: 8,0 mm\n"
        "Mérőhossz: 40 mm\n"
        "Idő (s);Erő (kN);Megnyúlás (mm)\n" + TABLE.replace(".", ",")
    )
    path = _write(tmp_path, "hu.csv", text, "cp1250")
    record = read_tensile_file(path)
    assert record.encoding == "cp1250"
    assert record.metadata_value("Anyag").value == "Acél ő ű"
    assert record.metadata_value("Operater").value == "Čedomir Đurić"
    assert record.dimensions.diameter_mm == 8.0
    assert record.dimensions.gauge_length_mm == 40.0
    assert record.header == ("Idő (s)", "Erő (kN)", "Megnyúlás (mm)")
    assert record.data["force"][2] == pytest.approx(3000.0)


def test_cp1252_german_file(tmp_path: Path) -> None:
    text = "Prüfer: Groß\nProbendicke: 2 mm\nProbenbreite: 20 mm\nZeit;Kraft;Weg\ns;kN;mm\n"
    record = read_tensile_file(_write(tmp_path, "de.csv", text + TABLE, "cp1252"))
    assert record.encoding == "cp1252"
    assert record.metadata_value("Prüfer").value == "Groß"
    assert (record.dimensions.width_mm, record.dimensions.thickness_mm) == (20.0, 2.0)
    assert record.dimensions.specimen().S0_mm2 == 40.0


def test_utf8_with_bom_and_cyrillic_headers(tmp_path: Path) -> None:
    text = "Пречник (mm);10\nВреме (s);Сила (kN);Издужење (mm)\n" + TABLE
    record = read_tensile_file(_write(tmp_path, "sr.csv", text, "utf-8-sig"))
    assert record.encoding == "utf-8-sig"
    assert record.metadata[0].key == "Пречник"  # no BOM glued to the first key
    assert record.dimensions.diameter_mm == 10.0
    assert record.mapping == {"time": 0, "force": 1, "extension": 2}


def test_decode_prefers_the_typical_letters() -> None:
    assert decode_bytes("Erő: Szőke".encode("cp1250")) == ("Erő: Szőke", "cp1250")
    assert decode_bytes("č ć š ž".encode("cp1250"))[1] == "cp1250"
    assert decode_bytes("Prüfer Größe".encode("cp1252"))[1] == "cp1252"
    assert decode_bytes("Prüfer Größe".encode())[1] == "utf-8"


def test_thousands_separators_and_units_in_brackets() -> None:
    european = "Force [kN];Extension [mm]\n" + "\n".join(
        f"{i}.{i:03d},5;{i},25" for i in range(1, 10)
    )
    record = parse_tensile_text(european)
    assert (record.decimal, record.thousands) == (",", ".")
    assert record.raw[1, 0] == pytest.approx(2002.5)  # "2.002,5"
    assert record.data["force"][1] == pytest.approx(2_002_500.0)
    english = '"Load (N)","Position (mm)"\n' + "\n".join(
        f'"{i},{i:03d}.5","{i}.25"' for i in range(1, 10)
    )
    record = parse_tensile_text(english)
    assert (record.delimiter, record.decimal, record.thousands) == (",", ".", ",")
    assert record.data["force"][1] == pytest.approx(2002.5)
    spaced = "Load\tExtension\nN\tmm\n" + "\n".join(f"1 {i:03d},5\t{i},0" for i in range(9))
    assert parse_tensile_text(spaced).data["force"][2] == pytest.approx(1002.5)


def test_quoted_decimal_comma_inside_comma_delimited_file() -> None:
    text = '"Time","Extension","Load"\n"(s)","(mm)","(kN)"\n' + "\n".join(
        f'"{i},0","0,{i:03d}","{i},5"' for i in range(10)
    )
    record = parse_tensile_text(text)
    assert (record.delimiter, record.decimal) == (",", ",")
    assert record.data["force"][3] == pytest.approx(3500.0)


def test_metadata_styles() -> None:
    text = (
        "Gauge length: 50 mm\n"
        "Diameter = 10.0 mm\n"
        "Material;S355\n"
        '"Operator","Kovács"\n'
        "Time,Load,Extension\ns,kN,mm\n" + TABLE.replace(";", ",")
    )
    record = parse_tensile_text(text)
    assert record.dimensions.gauge_length_mm == 50.0
    assert record.dimensions.diameter_mm == 10.0
    keys = [item.key for item in record.metadata]
    assert keys == ["Gauge length", "Diameter", "Material", "Operator"]
    assert record.metadata_value("Material").value == "S355"
    assert record.metadata_value("Operator").value == "Kovács"


def test_area_and_centimetres_in_metadata() -> None:
    text = "S0: 0,5 cm2\nL0 (cm);5\nZeit;Kraft;Dehnung\ns;N;%\n" + TABLE.replace(".", ",")
    record = parse_tensile_text(text)
    assert record.dimensions.area_mm2 == pytest.approx(50.0)
    assert record.dimensions.gauge_length_mm == pytest.approx(50.0)
    assert record.mapping == {"time": 0, "force": 1, "strain": 2}


def test_strain_and_stress_columns_in_german() -> None:
    text = "Dehnung;Spannung\n%;N/mm²\n" + "\n".join(f"{i / 10};{i * 20}" for i in range(10))
    record = parse_tensile_text(text)
    assert record.mapping == {"strain": 0, "stress": 1}
    assert record.data["strain"][5] == pytest.approx(0.005)
    assert record.data["stress"][5] == pytest.approx(100.0)


def test_no_header_is_ambiguous_and_mapping_resolves_it() -> None:
    record = parse_tensile_text(TABLE)
    assert record.ambiguous and record.header_line is None
    assert record.header == ("Column 1", "Column 2", "Column 3")
    assert record.mapping == {}
    mapped = parse_tensile_text(
        TABLE, mapping={"force": 1, "extension": "Column 3"}, units={"force": "kN"}
    )
    assert not mapped.ambiguous and mapped.confidence == 1.0
    assert mapped.data["force"][2] == pytest.approx(3000.0)
    assert mapped.data["extension"][2] == pytest.approx(0.02)
    assert any("no unit" in note for note in mapped.notes)  # extension assumed mm


def test_duplicate_candidates_are_ambiguous() -> None:
    text = "Time (s);Load (kN);Force (kN);Extension (mm)\n" + "\n".join(
        f"{i};{i};{i};{i / 100}" for i in range(10)
    )
    record = parse_tensile_text(text)
    assert record.ambiguous
    assert record.mapping["force"] == 1
    assert any("Several columns look like force" in note for note in record.notes)
    assert [c.quantity for c in record.columns] == ["time", "force", "force", "extension"]


def test_unit_decides_between_extension_and_strain() -> None:
    text = "Nyúlás (%);Megnyúlás (mm);Erő (N)\n" + TABLE.replace(";", ";", 2)
    record = parse_tensile_text(text)
    assert record.mapping == {"force": 2, "extension": 1, "strain": 0}


def test_curve_prefers_force_over_stress_and_needs_dimensions() -> None:
    record = read_tensile_file(DATA / "C45_hu.csv")
    with pytest.raises(AnalysisError, match="cross-section is unknown"):
        record.curve(None)
    specimen = record.dimensions.specimen(diameter=8.0)
    assert specimen.L0_mm == 40.0  # gauge length from the file
    strain, stress, _s = record.curve(specimen)
    assert stress[1] == pytest.approx(23.0 / specimen.S0_mm2)
    assert strain[-1] == pytest.approx(8.000927 / 40.0)


# --------------------------------------------------------------------------- errors


def _error(text: str, **kwargs: object) -> TensileFileError:
    with pytest.raises(TensileFileError) as caught:
        parse_tensile_text(text, **kwargs)
    assert isinstance(caught.value, ValidationError)
    return caught.value


def test_corrupted_sample_reports_its_line(tmp_path: Path) -> None:
    lines = (DATA / "DC04_sr.csv").read_text(encoding="utf-8").splitlines()
    lines[1999] = "199,600;12,5x7;4,3"
    path = _write(tmp_path, "bad.csv", "\n".join(lines))
    with pytest.raises(TensileFileError) as caught:
        read_tensile_file(path)
    assert str(caught.value) == "line 2000: '12,5x7' is not a number."
    assert caught.value.line == 2000


def test_row_errors_name_the_line() -> None:
    base = "Time;Load;Extension\ns;kN;mm\n" + TABLE
    lines = base.splitlines()
    short = lines.copy()
    short[7] = "1;2"
    assert str(_error("\n".join(short))) == "line 8: expected 3 values, found 2."
    missing = lines.copy()
    missing[9] = "1;;3"
    assert str(_error("\n".join(missing))) == "line 10: a value is missing in column 2."
    nan = lines.copy()
    nan[10] = "1;nan;3"
    assert str(_error("\n".join(nan))) == "line 11: 'nan' is not a finite number."
    footer = [*lines, "End of test"]
    assert "line 15" in str(_error("\n".join(footer)))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "The file is empty"),
        ("\n \n", "The file is empty"),
        ("Just a note\nwithout numbers\n", "No table of numbers"),
        ("Force\n1\n2\n3\n4\n5\n", "single column"),
    ],
)
def test_unreadable_text(text: str, words: str) -> None:
    assert words in str(_error(text))


def test_limits_guard_against_huge_input(tmp_path: Path) -> None:
    text = "Time;Load;Extension\ns;kN;mm\n" + TABLE
    assert "at most 5 are accepted" in str(_error(text, max_rows=5))
    path = _write(tmp_path, "big.csv", text)
    with pytest.raises(TensileFileError, match="MB; at most"):
        read_tensile_file(path, max_bytes=100)


def test_binary_and_missing_files(tmp_path: Path) -> None:
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(TensileFileError, match="not a text file"):
        read_tensile_file(binary)
    with pytest.raises(TensileFileError, match="Cannot read"):
        read_tensile_file(tmp_path / "missing.csv")


def test_bad_mappings_and_units() -> None:
    assert "No column is named" in str(_error(TABLE, mapping={"force": "Kraft"}))
    assert "Column 7 does not exist" in str(_error(TABLE, mapping={"force": 6}))
    assert "Unknown quantity" in str(_error(TABLE, mapping={"torque": 0}))
    assert "does not fit force" in str(_error(TABLE, mapping={"force": 1}, units={"force": "mm"}))
    assert "Unknown unit" in str(_error(TABLE, mapping={"force": 1}, units={"force": "furlong"}))


def test_a_large_file_reads_completely(tmp_path: Path) -> None:
    rows = 50_000
    values = np.arange(rows, dtype=float)
    body = "\n".join(f"{v * 0.01:.2f}\t{v * 1.5:.2f}\t{v * 1e-4:.6f}" for v in values)
    path = _write(tmp_path, "big.TXT", '"Prüfzeit"\t"Standardkraft"\t"Standardweg"\n' + body)
    record = read_tensile_file(path)
    assert record.row_count == rows
    assert record.data["force"][-1] == pytest.approx((rows - 1) * 1.5)
    # names without units: recognised, but the units are assumed, so the dialog should ask
    assert record.notes == (
        "Column 'Prüfzeit' has no unit; s is assumed.",
        "Column 'Standardkraft' has no unit; N is assumed.",
        "Column 'Standardweg' has no unit; mm is assumed.",
    )
    assert record.ambiguous and record.confidence == pytest.approx(0.7)


# --------------------------------------------------------------------------- import dialog support


def test_bytes_read_once_parse_like_the_file(tmp_path: Path) -> None:
    from itc_desktop.importers.tensile_files import parse_tensile_bytes, read_record_bytes

    path = DATA / "S355_round.TXT"
    data = read_record_bytes(path)
    assert data == path.read_bytes()
    mapping = {"force": 1, "extension": 2}
    from_bytes = parse_tensile_bytes(data, source=str(path), mapping=mapping)
    from_file = read_tensile_file(path, mapping=mapping)
    assert from_bytes.source == from_file.source == str(path)
    assert from_bytes.encoding == "cp1252" and from_bytes.mapping == mapping
    assert from_bytes.metadata == from_file.metadata
    for quantity in ("force", "extension"):
        np.testing.assert_array_equal(from_bytes.data[quantity], from_file.data[quantity])
    assert "time" not in from_bytes.data
    with pytest.raises(TensileFileError, match="MB; at most"):
        read_record_bytes(path, max_bytes=10)
    with pytest.raises(TensileFileError, match="Cannot read"):
        read_record_bytes(tmp_path / "hiányzó.csv")
    with pytest.raises(TensileFileError, match="not a text file"):
        parse_tensile_bytes(b"\x00\x01" * 50)


def test_unit_choices_belong_to_their_quantity() -> None:
    from itc_desktop.importers.tensile_files import CANONICAL_UNITS, UNIT_CHOICES, unit_factor

    assert set(UNIT_CHOICES) == set(CANONICAL_UNITS)
    for quantity, spellings in UNIT_CHOICES.items():
        assert spellings[0] == CANONICAL_UNITS[quantity]
        for spelling in spellings:
            found = unit_factor(spelling)
            assert found is not None and found[0] == quantity, spelling
    assert unit_factor("N/mm²") == ("stress", 1.0) and unit_factor("µm/m") == ("strain", 1e-6)


def test_mapping_problem_names_what_cannot_work() -> None:
    from itc_desktop.importers.tensile_files import mapping_problem

    header = ("Idő (s)", "Erő (kN)", "Megnyúlás (mm)")
    assert mapping_problem({"time": 0, "force": 1, "extension": 2}, header) is None
    assert mapping_problem({"strain": 0, "stress": 1}) is None
    assert mapping_problem({"time": 0, "extension": 2}) == "Choose a force or a stress column."
    assert mapping_problem({"force": 1}) == "Choose an extension or a strain column."
    assert mapping_problem({"force": 1, "stress": 1, "extension": 2}, header) == (
        "Column 'Erő (kN)' is chosen twice (force and stress); a column can be only one quantity."
    )
    assert "'Column 3' is chosen twice (time and extension)" in str(
        mapping_problem({"time": 2, "force": 1, "extension": 2})
    )
