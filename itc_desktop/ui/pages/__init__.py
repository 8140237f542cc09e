"""The pages of the main window, one module each; `registry.py` lists which exist."""
