"""Layer rules of ARCHITECTURE.md that a tool can check."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "itc_desktop"
GUI_MODULES = ("PySide6", "pyqtgraph", "shiboken6")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_nothing_outside_ui_imports_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        bad = {name for name in _imports(path) if name.split(".")[0] in GUI_MODULES}
        if bad:
            offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(bad)}")
    assert offenders == []


def test_the_check_itself_sees_qt_imports(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text("import os\nfrom PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in _imports(sample)


def test_services_and_models_do_not_import_ui() -> None:
    for layer in ("models", "services", "db.py"):
        for path in (PACKAGE / layer).rglob("*.py") if layer != "db.py" else [PACKAGE / layer]:
            assert not any(n.startswith("itc_desktop.ui") for n in _imports(path)), path


# Modules that exist only on POSIX systems, and ways of running other programs: the lab's PCs
# may run Windows, and the program needs no shell.
NOT_PORTABLE = ("fcntl", "pwd", "grp", "termios", "tty", "pty", "resource", "posix", "subprocess")
NOT_PORTABLE_CALLS = ("os.system", "os.popen", "os.fork", "os.getuid", "os.startfile")


# Issue 12: a server's backup is PostgreSQL's own pg_dump, run with an argument list (no
# shell), found on PATH or in the PostgreSQL packages' folders of Linux and Windows.
ALLOWED = {"services/backups.py": {"subprocess", '"/usr'}}


def test_nothing_linux_only_and_no_shell_calls() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        bad = {n for n in _imports(path) if n.split(".")[0] in NOT_PORTABLE}
        source = path.read_text(encoding="utf-8")
        bad |= {call for call in NOT_PORTABLE_CALLS if f"{call}(" in source}
        # Hard-coded POSIX folders: paths come from platformdirs and pathlib.
        bad |= {p for p in ('"/tmp', '"/home', '"/usr', '"/etc', '"~/') if p in source}
        bad -= ALLOWED.get(path.relative_to(PACKAGE).as_posix(), set())
        if bad:
            offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(bad)}")
    assert offenders == []


def test_no_raw_sql_writes_that_the_audit_trail_could_not_see() -> None:
    """Domain rows are written through the ORM (recorded by the session); a raw INSERT, UPDATE
    or DELETE in text() or exec_driver_sql() would bypass the audit trail."""
    import re

    raw_write = re.compile(
        r"(text|exec_driver_sql)\(\s*f?[\"'](\s*)(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE
    )
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if raw_write.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    assert raw_write.search('session.execute(text("DELETE FROM jobs"))')
