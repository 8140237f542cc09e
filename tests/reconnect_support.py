"""Taking the test PostgreSQL server away and back while a Database is open.

`pg_ctl restart` leaves the new server running with the output streams pg_ctl was given;
run with captured output (as PgServer._run does) it never returns. Here pg_ctl writes to
/dev/null instead, with a time limit."""

from __future__ import annotations

import subprocess

from tests.pg_support import PgServer


def pg_ctl(server: PgServer, *args: str) -> None:
    command = [str(server.bin_dir / "pg_ctl"), "-D", str(server.root / "data"), *args]
    if server._as_postgres:
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(
        command,
        check=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=120,
    )


def restart(server: PgServer) -> None:
    """Stops the server (cutting every connection) and starts it with the same options."""
    pg_ctl(server, "-m", "fast", "-w", "restart")


def stop(server: PgServer) -> None:
    pg_ctl(server, "-m", "fast", "-w", "stop")


def start(server: PgServer) -> None:
    """Starts a stopped server again (restart reuses the options it last ran with)."""
    pg_ctl(server, "-w", "restart")
