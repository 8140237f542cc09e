"""Numerical evaluation of test results (numpy only, no database, no Qt): tensile, hardness,
impact, decision rules and SPC."""
