"""Hardness (Vickers, Brinell, Rockwell) and Charpy against hand-computed values and limits."""

from __future__ import annotations

import math

import pytest

from itc_desktop.analysis.errors import AnalysisError
from itc_desktop.analysis.hardness import (
    brinell_hbw,
    brinell_series,
    hardness_notation,
    rockwell_series,
    vickers_hv,
    vickers_indentation,
    vickers_series,
)
from itc_desktop.analysis.impact import charpy_acceptance, charpy_series, combine


def test_vickers_formula_by_hand() -> None:
    # HV 10: F = 98.0665 N, d = 0.280 mm → 0.1891·98.0665/0.0784 = 236.54
    assert vickers_hv(98.0665, 0.280, 0.280) == pytest.approx(0.1891 * 98.0665 / 0.0784)
    assert vickers_hv(98.0665, 0.280, 0.280) == pytest.approx(236.54, abs=0.01)
    # the mean diagonal is used: (0.275 + 0.285)/2 = 0.280
    assert vickers_hv(98.0665, 0.275, 0.285) == pytest.approx(236.54, abs=0.01)


def test_vickers_series_mean_range_and_notation() -> None:
    series = vickers_series(10, [(0.280, 0.281), (0.282, 0.283), (0.279, 0.280)])
    expected = [0.1891 * 98.0665 / (((a + b) / 2) ** 2) for a, b in
                [(0.280, 0.281), (0.282, 0.283), (0.279, 0.280)]]  # fmt: skip
    assert series.values == pytest.approx(expected)
    assert series.mean == pytest.approx(sum(expected) / 3)
    assert series.range == pytest.approx(max(expected) - min(expected))
    assert series.notation == f"{sum(expected) / 3:.0f} HV 10"
    assert series.flags == ()
    assert vickers_series(0.1, [(0.05, 0.05)]).notation.endswith("HV 0.1")


def test_vickers_flags_unequal_diagonals_and_thin_specimens() -> None:
    exactly_5 = vickers_indentation(98.0665, 0.2925, 0.3075)  # differ by 5.0 % of the mean
    assert exactly_5.flags == ()
    uneven = vickers_indentation(98.0665, 0.29, 0.31)  # 6.67 %
    assert len(uneven.flags) == 1 and "differ by 6.7 %" in uneven.flags[0]
    thin = vickers_indentation(98.0665, 0.3, 0.3, thickness_mm=0.44)  # < 1.5·0.3 = 0.45
    assert any("thinner than 1.5·d" in f for f in thin.flags)
    assert vickers_indentation(98.0665, 0.3, 0.3, thickness_mm=0.45).flags == ()
    series = vickers_series(10, [(0.28, 0.28), (0.29, 0.31)])
    assert series.flags[0].startswith("2: the diagonals differ")


def test_vickers_refusals() -> None:
    with pytest.raises(AnalysisError, match="not a test force"):
        vickers_series(7, [(0.3, 0.3)])
    with pytest.raises(AnalysisError, match="d1 must be a positive number"):
        vickers_hv(98.0665, 0.0, 0.3)
    with pytest.raises(AnalysisError, match="At least one indentation"):
        vickers_series(10, [])


def test_brinell_formula_by_hand() -> None:
    # HBW 2.5/62.5: F = 612.9 N, D = 2.5, d = 0.80 mm
    force = 62.5 * 9.80665
    by_hand = 0.102 * 2 * force / (math.pi * 2.5 * (2.5 - math.sqrt(2.5**2 - 0.8**2)))
    assert brinell_hbw(force, 2.5, 0.8) == pytest.approx(by_hand)
    assert by_hand == pytest.approx(121.1, abs=0.05)
    series = brinell_series(2.5, 62.5, [(0.803, 0.803), (0.793, 0.813)])
    assert series.mean == pytest.approx(120.18, abs=0.01)
    assert series.notation == "120 HBW 2.5/62.5"
    assert series.flags == ()


def test_brinell_flags_d_outside_the_valid_range() -> None:
    # 0.24·D = 0.6 mm and 0.6·D = 1.5 mm for D = 2.5 mm; the limits themselves are valid
    at_limits = brinell_series(2.5, 62.5, [(0.6, 0.6), (1.5, 1.5)])
    assert at_limits.flags == ()
    outside = brinell_series(2.5, 62.5, [(0.59, 0.59), (1.51, 1.51)])
    assert len(outside.flags) == 2 and "outside 0.24·D … 0.6·D" in outside.flags[0]
    with pytest.raises(AnalysisError, match="cannot be as large as the ball"):
        brinell_hbw(612.9, 2.5, 2.5)


def test_rockwell_ranges_and_notation() -> None:
    series = rockwell_series("HRC", [52.1, 52.5, 52.3])
    assert series.mean == pytest.approx(52.3)
    assert series.range == pytest.approx(0.4)
    assert series.notation == "52.3 HRC"
    assert series.flags == ()
    edge = rockwell_series("c", [20.0, 70.0])
    assert edge.method == "HRC" and edge.flags == ()
    outside = rockwell_series("HRC", [19.9, 70.1])
    assert len(outside.flags) == 2 and "outside the range of HRC (20 … 70)" in outside.flags[0]
    assert rockwell_series("HRBW", [85]).flags == ()
    assert rockwell_series("HRBW", [101]).flags
    with pytest.raises(AnalysisError, match="Unknown Rockwell scale"):
        rockwell_series("HRZ", [50])
    assert hardness_notation(233.4, "HV", "10") == "233 HV 10"
    assert hardness_notation(45.64, "HV", "0.1") == "45.6 HV 0.1"
    assert hardness_notation(52.34, "HRC") == "52.3 HRC"


def test_charpy_mean_lowest_and_symbol() -> None:
    series = charpy_series([48.0, 52.0, 41.0], notch="v", striker_radius_mm=2, temperature_C=-20)
    assert series.symbol == "KV2"
    assert series.mean_J == pytest.approx(47.0)
    assert series.minimum_J == 41.0
    assert series.flags == ()
    assert charpy_series([30.0], notch="U", striker_radius_mm=8).symbol == "KU8"


def test_charpy_flags_values_above_80_percent_of_the_pendulum() -> None:
    series = charpy_series([240.0, 240.1, 100.0], initial_energy_J=300.0)
    assert series.flagged_indices == (1,)  # exactly 80 % (240 J) is not above it
    assert "Specimen 2" in series.flags[0] and "approximate" in series.flags[0]
    with pytest.raises(AnalysisError, match="exceeds the pendulum's initial energy"):
        charpy_series([301.0], initial_energy_J=300.0)


def test_charpy_never_mixes_striker_radii() -> None:
    kv2 = charpy_series([40.0, 42.0], striker_radius_mm=2)
    kv8 = charpy_series([45.0], striker_radius_mm=8)
    with pytest.raises(AnalysisError, match="KV2, KV8"):
        combine([kv2, kv8])
    ku2 = charpy_series([45.0], notch="U", striker_radius_mm=2)
    with pytest.raises(AnalysisError, match="must never be mixed"):
        combine([kv2, ku2])
    both = combine([kv2, charpy_series([38.0], striker_radius_mm=2)])
    assert both.energies_J == (40.0, 42.0, 38.0) and both.minimum_J == 38.0


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"energies_J": []}, "At least one"),
        ({"energies_J": [-1.0]}, "zero or positive"),
        ({"energies_J": [float("nan")]}, "zero or positive"),
        ({"energies_J": [10.0], "notch": "W"}, "V or U"),
        ({"energies_J": [10.0], "striker_radius_mm": 5}, "2 mm or 8 mm"),
        ({"energies_J": [10.0], "initial_energy_J": 0}, "initial energy must be positive"),
    ],
)
def test_charpy_refusals(kwargs: dict, words: str) -> None:
    with pytest.raises(AnalysisError, match=words):
        charpy_series(**kwargs)


def test_charpy_acceptance_at_the_boundaries() -> None:
    # minimum mean 27 J, single values ≥ 70 % of it = 18.9 J
    ok = charpy_acceptance(charpy_series([27.0, 35.1, 18.9]), 27.0)
    assert ok.passed and ok.single_minimum_J == pytest.approx(18.9)
    low_single = charpy_acceptance(charpy_series([30.0, 40.0, 18.8]), 27.0)
    assert not low_single.passed and low_single.mean_ok and not low_single.singles_ok
    low_mean = charpy_acceptance(charpy_series([26.0, 27.0, 27.9]), 27.0)
    assert not low_mean.passed and not low_mean.mean_ok
