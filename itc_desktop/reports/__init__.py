"""PDF reports drawn with reportlab: the shared page template and fonts, one module per report."""
