"""The error the analysis functions raise when their input cannot give a valid result."""

from __future__ import annotations

from itc_desktop.services.errors import ValidationError


class AnalysisError(ValidationError):
    """Input that cannot be evaluated; `str(error)` tells the user what is wrong.

    `field` names the offending input (e.g. "diameter") when there is one."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message, field=field)
        self.field = field
