"""Reusable widgets of the user interface (charts and the like)."""
