"""Tax numbers of the companies the center works for: the Hungarian adószám and the Serbian
PIB, normalised and checked by their published rules (see /work/shared/DOMAIN.md)."""

from __future__ import annotations

import re

from itc_desktop.i18n import _
from itc_desktop.services.errors import ValidationError

# Hungarian county (territorial tax office) codes of the adószám's last two digits:
# 02–20 the counties (Baranya … Zala) and 22–40 their second series in the same order,
# 41–44 Budapest and the large taxpayers' directorate, 51 the priority taxpayers'.
HU_COUNTY_CODES: frozenset[int] = frozenset([*range(2, 21), *range(22, 45), 51])
HU_VAT_CODES: frozenset[int] = frozenset(range(1, 6))
_HU_WEIGHTS = (9, 7, 3, 1, 9, 7, 3)
_HU_PATTERN = re.compile(r"^(\d{8})-(\d)-(\d{2})$")
_SEPARATORS = re.compile(r"[\s.]+")


class TaxNumberError(ValidationError):
    """A tax number that breaks its country's rule; the message names the problem."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message, field=field if field is not None else _("Tax number"))


def hu_check_digit(first_seven: str) -> int:
    """The eighth digit of a Hungarian tax number's base (weights 9-7-3-1-9-7-3, mod 10)."""
    total = sum(int(d) * w for d, w in zip(first_seven, _HU_WEIGHTS, strict=True))
    return (10 - total % 10) % 10


def normalize_hu_tax_number(text: str) -> str:
    """`12345678-1-12` from what people type: spaces and dots dropped, dashes added to 11
    digits. Raises TaxNumberError naming the problem."""
    cleaned = _SEPARATORS.sub("", text or "")
    if cleaned.isdigit() and len(cleaned) == 11:
        cleaned = f"{cleaned[:8]}-{cleaned[8]}-{cleaned[9:]}"
    match = _HU_PATTERN.match(cleaned)
    if match is None:
        raise TaxNumberError(
            _(
                "a Hungarian tax number has the form 12345678-1-12 (11 digits), not {text}",
                text=text.strip() or "''",
            )
        )
    base, vat, county = match.groups()
    if hu_check_digit(base[:7]) != int(base[7]):
        raise TaxNumberError(
            _(
                "check digit does not match: {base} should end in {digit}",
                base=base,
                digit=hu_check_digit(base[:7]),
            )
        )
    if int(vat) not in HU_VAT_CODES:
        raise TaxNumberError(_("VAT code must be 1–5, not {vat}", vat=vat))
    if int(county) not in HU_COUNTY_CODES:
        raise TaxNumberError(
            _(
                "county code {county} does not exist (02–20, 22–44 or 51)",
                county=county,
            )
        )
    return cleaned


def pib_check_digit(first_eight: str) -> int:
    """ISO 7064 MOD 11,10 check digit over the first eight digits of a Serbian PIB."""
    p = 10
    for digit in first_eight:
        s = (int(digit) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    return (11 - p) % 10


def normalize_rs_pib(text: str) -> str:
    """The 9 digits of a Serbian PIB (spaces, dots and dashes dropped), check digit verified."""
    cleaned = re.sub(r"[\s.\-]+", "", text or "")
    if not (cleaned.isdigit() and len(cleaned) == 9):
        raise TaxNumberError(
            _("a Serbian PIB must be 9 digits, not {text}", text=text.strip() or "''")
        )
    if pib_check_digit(cleaned[:8]) != int(cleaned[8]):
        raise TaxNumberError(
            _(
                "check digit does not match: {pib} should end in {digit}",
                pib=cleaned,
                digit=pib_check_digit(cleaned[:8]),
            )
        )
    return cleaned


def normalize_tax_number(country: str, text: str) -> str:
    """The stored form of a tax number for a company in `country` (HU, RS or other).
    Other countries' numbers are kept as typed (trimmed); nothing is checked."""
    if country == "HU":
        return normalize_hu_tax_number(text)
    if country == "RS":
        return normalize_rs_pib(text)
    return " ".join((text or "").split())
