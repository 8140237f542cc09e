"""Table models of the pages: small, with column constants, testable without a window."""
