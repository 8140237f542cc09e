"""Hatch build hook: compiles the translations (resources/translations/*.ts, and Serbian
Cyrillic derived from the Latin) into .qm files with PySide6's lrelease and ships them in the
wheel as itc_desktop/_data/resources/translations/*.qm. An editable install skips this: a
checkout compiles them on first use into the user cache (itc_desktop/ui/translation.py)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _load_catalogue_module(root: Path) -> Any:
    """itc_desktop/i18n_catalog.py from the source tree (Qt-free, standard library only)."""
    spec = importlib.util.spec_from_file_location(
        "_itc_i18n_catalog", root / "itc_desktop" / "i18n_catalog.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _lrelease() -> Path:
    import PySide6

    exe = ".exe" if sys.platform == "win32" else ""
    for candidate in (
        Path(PySide6.__file__).resolve().parent / f"lrelease{exe}",
        Path(sys.executable).parent / f"pyside6-lrelease{exe}",
        Path(sys.executable).parent / "Scripts" / f"pyside6-lrelease{exe}",
    ):
        if candidate.is_file():
            return candidate
    raise RuntimeError("PySide6's lrelease is missing: cannot compile the translations")


class CustomBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        catalogue = _load_catalogue_module(root)
        source = root / "resources" / "translations"
        out = Path(tempfile.mkdtemp(prefix="itc-qm-"))
        derived = out / "itc_sr_Cyrl.derived.ts"
        read = catalogue.read_ts
        messages = {k: catalogue.to_cyrillic(t) for k, t in read(source / "itc_sr.ts").items()}
        messages |= read(source / "itc_sr_Cyrl.ts")
        catalogue.write_ts(derived, "sr-Cyrl", list(messages), messages)
        program = _lrelease()
        for code, ts in (
            ("hu", source / "itc_hu.ts"),
            ("sr", source / "itc_sr.ts"),
            ("sr_Cyrl", derived),
        ):
            qm = out / f"itc_{code}.qm"
            subprocess.run([str(program), "-silent", str(ts), "-qm", str(qm)], check=True)
            build_data["force_include"][str(qm)] = (
                f"itc_desktop/_data/resources/translations/{qm.name}"
            )
