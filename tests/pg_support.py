"""A throwaway PostgreSQL server for the tests: `initdb` + `pg_ctl` on a temporary folder, a free
loopback port, stopped and removed at the end. Each test gets its own database, copied from a
template that the migrations built once (CREATE DATABASE … TEMPLATE is a file copy: fast).

The only reason to skip PostgreSQL is that its programs are not installed; `missing()` says why."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text

TEMPLATE = "itc_template"
SUPERUSER = "itc"


def _bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def missing() -> str | None:
    """Why no server can be started here, or None."""
    bin_dir = _bin_dir()
    if bin_dir is None or not (bin_dir / "initdb").exists():
        return "PostgreSQL is not installed (no initdb/pg_ctl on PATH or in /usr/lib/postgresql)"
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser: initdb refuses to run as root"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PgServer:
    root: Path
    port: int
    bin_dir: Path
    _as_postgres: bool = field(default=False)

    @property
    def admin_url(self) -> str:
        return self.url("postgres")

    def url(self, database: str, user: str = SUPERUSER, password: str | None = None) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql+psycopg://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True)

    def start(self) -> None:
        data = self.root / "data"
        self._run(
            "initdb", "-D", str(data), "-A", "trust", "-U", SUPERUSER, "-E", "UTF8",
            "--locale=C.UTF-8",
        )  # fmt: skip
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            "pg_ctl", "-D", str(data), "-o", options, "-l", str(self.root / "server.log"),
            "-w", "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.root / "data"), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        data = self.root / "data"
        # With its log file, or the restarted server keeps this call's output pipe open.
        log = str(self.root / "server.log")
        self._run("pg_ctl", "-D", str(data), "-l", log, "-m", "fast", "-w", "restart")

    def execute(self, *statements: str, database: str = "postgres") -> None:
        engine = create_engine(self.url(database), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                for statement in statements:
                    connection.execute(text(statement))
        finally:
            engine.dispose()

    def new_database(self, template: str | None = TEMPLATE) -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        source = f" TEMPLATE {template}" if template else ""
        self.execute(f'CREATE DATABASE "{name}"{source}')
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_server() -> PgServer:
    bin_dir = _bin_dir()
    assert bin_dir is not None, missing()
    root = Path(tempfile.mkdtemp(prefix="itc-pg-"))
    as_postgres = hasattr(os, "geteuid") and os.geteuid() == 0
    if as_postgres:
        shutil.chown(root, "postgres", "postgres")
    server = PgServer(root, _free_port(), bin_dir, as_postgres)
    server.start()
    return server


def remove_server(server: PgServer) -> None:
    try:
        server.stop("immediate")
    finally:
        shutil.rmtree(server.root, ignore_errors=True)
