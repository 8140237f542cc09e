"""Hungarian adószám and Serbian PIB: real published numbers pass, broken ones name the fault."""

from __future__ import annotations

import random

import pytest

from itc_desktop.services.errors import ValidationError
from itc_desktop.services.taxnumbers import (
    HU_COUNTY_CODES,
    TaxNumberError,
    hu_check_digit,
    normalize_hu_tax_number,
    normalize_rs_pib,
    normalize_tax_number,
    pib_check_digit,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("10773381-2-44", "10773381-2-44"),  # Magyar Telekom (DOMAIN.md, verified)
        ("10537914-4-44", "10537914-4-44"),  # OTP Bank (DOMAIN.md, verified)
        ("10625790-4-44", "10625790-4-44"),  # MOL Nyrt.
        ("10484878-2-44", "10484878-2-44"),  # Richter Gedeon
        ("10773381244", "10773381-2-44"),  # 11 digits without dashes
        (" 10773381 - 2 - 44 ", "10773381-2-44"),  # spaces anywhere
        ("10773381-2-02", "10773381-2-02"),  # lowest county code
        ("10773381-5-51", "10773381-5-51"),  # priority taxpayers' directorate
    ],
)
def test_valid_hungarian_numbers_are_normalised(typed: str, stored: str) -> None:
    assert normalize_hu_tax_number(typed) == stored
    assert normalize_tax_number("HU", typed) == stored


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("10773382-2-44", "check digit does not match"),
        ("10773380-2-44", "check digit does not match"),
        ("10537915-4-44", "check digit does not match"),
        ("10773381-0-44", "VAT code must be 1–5"),
        ("10773381-6-44", "VAT code must be 1–5"),
        ("10773381-2-01", "county code 01"),
        ("10773381-2-21", "county code 21"),
        ("10773381-2-45", "county code 45"),
        ("10773381-2-99", "county code 99"),
        ("1077338-2-44", "form 12345678-1-12"),
        ("107733812", "form 12345678-1-12"),
        ("10773381-2-4a", "form 12345678-1-12"),
        ("", "form 12345678-1-12"),
    ],
)
def test_invalid_hungarian_numbers_name_the_problem(typed: str, message: str) -> None:
    with pytest.raises(TaxNumberError, match=message) as caught:
        normalize_hu_tax_number(typed)
    # A ValidationError that names the field, so forms can mark it.
    assert isinstance(caught.value, ValidationError)
    assert list(caught.value.errors) == ["Tax number"]


def test_hungarian_check_digit_rule() -> None:
    # 9·1 + 7·0 + 3·7 + 1·7 + 9·3 + 7·3 + 3·8 = 109 -> (10 − 9) mod 10 = 1
    assert hu_check_digit("1077338") == 1
    # 9·1 + 7·0 + 3·5 + 1·3 + 9·7 + 7·9 + 3·1 = 156 -> (10 − 6) mod 10 = 4
    assert hu_check_digit("1053791") == 4
    # a sum ending in 0 gives 0, not 10
    assert hu_check_digit("1062579") == 0


def test_county_codes() -> None:
    assert {2, 20, 22, 44, 51} <= HU_COUNTY_CODES
    assert not {0, 1, 21, 45, 50, 52} & HU_COUNTY_CODES


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("104052135", "104052135"),  # NIS a.d. Novi Sad (DOMAIN.md, verified)
        ("100002887", "100002887"),  # Telekom Srbija
        ("104 052 135", "104052135"),
        ("104.052.135", "104052135"),
    ],
)
def test_valid_serbian_pib(typed: str, stored: str) -> None:
    assert normalize_rs_pib(typed) == stored
    assert normalize_tax_number("RS", typed) == stored


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("104052136", "check digit does not match"),
        ("104052134", "check digit does not match"),
        ("100002888", "check digit does not match"),
        ("10405213", "must be 9 digits"),
        ("1040521350", "must be 9 digits"),
        ("10405213X", "must be 9 digits"),
        ("", "must be 9 digits"),
    ],
)
def test_invalid_serbian_pib_names_the_problem(typed: str, message: str) -> None:
    with pytest.raises(TaxNumberError, match=message):
        normalize_rs_pib(typed)


def test_pib_check_digit_follows_iso_7064_mod_11_10() -> None:
    assert pib_check_digit("10405213") == 5
    # Every other last digit is refused: the check digit is unique.
    wrong = [d for d in range(10) if d != 5]
    for digit in wrong:
        with pytest.raises(TaxNumberError):
            normalize_rs_pib(f"10405213{digit}")


def _iso7064_mod_11_10_checksum(digits: str) -> int:
    """ISO 7064 MOD 11,10 in its other common formulation (running `check`, a valid number
    ends at 1), written independently of the code under test."""
    check = 5
    for digit in digits:
        check = (((check or 10) * 2) % 11 + int(digit)) % 10
    return check


def test_check_digits_agree_with_independent_formulations() -> None:
    rng = random.Random(7064)
    for _ in range(2000):
        prefix = f"{rng.randrange(10**8):08d}"
        pib = prefix + str(pib_check_digit(prefix))
        assert _iso7064_mod_11_10_checksum(pib) == 1, pib
        assert normalize_rs_pib(pib) == pib
        # Hungarian base: all eight digits weighted 9-7-3-1-9-7-3-1 sum to a multiple of 10.
        base = prefix[:7] + str(hu_check_digit(prefix[:7]))
        assert sum(int(d) * w for d, w in zip(base, (9, 7, 3, 1) * 2, strict=True)) % 10 == 0
        assert normalize_hu_tax_number(f"{base}-2-44") == f"{base}-2-44"
        wrong = base[:7] + str((int(base[7]) + 1 + rng.randrange(9)) % 10)
        with pytest.raises(TaxNumberError, match="check digit does not match"):
            normalize_hu_tax_number(f"{wrong}-2-44")


def test_other_countries_are_kept_as_typed() -> None:
    assert normalize_tax_number("other", "  ATU 12345678 ") == "ATU 12345678"


def test_a_hungarian_number_is_not_a_valid_pib_and_vice_versa() -> None:
    with pytest.raises(TaxNumberError, match="9 digits"):
        normalize_tax_number("RS", "10773381-2-44")
    with pytest.raises(TaxNumberError, match="form 12345678-1-12"):
        normalize_tax_number("HU", "104052135")
