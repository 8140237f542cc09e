"""Small numeric guards shared by the analysis functions: a mean that neither overflows nor
drifts outside its values, and the check that a computed result is a real number."""

from __future__ import annotations

import math
from collections.abc import Sequence

from itc_desktop.analysis.errors import AnalysisError
from itc_desktop.i18n import _


def mean(values: Sequence[float]) -> float:
    """The arithmetic mean of finite values (at least one): exactly rounded (fsum), without
    overflow near the float limit, never outside [min, max]."""
    count = len(values)
    try:
        total = math.fsum(values) / count
    except OverflowError:
        total = math.inf
    if not math.isfinite(total):  # the sum exceeds the float range; the mean does not
        scale = max(abs(v) for v in values)
        total = scale * (math.fsum(v / scale for v in values) / count)
    return min(max(total, min(values)), max(values))


def finite(value: float, field: str, *, positive: bool = False) -> float:
    """`value` when it is a real number (and above zero with `positive`); otherwise the input
    was out of any sensible range (too large or too small to compute with) and the user is
    told which input."""
    if not math.isfinite(value) or (positive and value <= 0):
        raise AnalysisError(
            _(
                "The {field} values are too large or too small to give a result; check the units.",
                field=field,
            ),
            field=field,
        )
    return value
