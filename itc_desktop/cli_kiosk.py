"""`itc-desktop kiosk`: the lobby PC's full-screen job status window, read-only, with the same
--db / ITC_DATABASE_URL / --demo options as the rest; `--print-grants` prints the SQL that
creates the kiosk's read-only PostgreSQL role."""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Mapping

from itc_desktop.i18n import _

log = logging.getLogger(__name__)

ENV_IDLE_SECONDS = "ITC_KIOSK_IDLE_SECONDS"
KIOSK_LANGUAGES = ("en", "hu", "sr", "sr-Cyrl")
DEFAULT_IDLE_SECONDS = 60.0
DEFAULT_POLL_SECONDS = 3.0


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a number of seconds: {text}", text=text)) from None
    if not 1 <= value <= 86_400:
        raise argparse.ArgumentTypeError(_("between 1 and 86400 seconds, not {text}", text=text))
    return value


def add_kiosk_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    kiosk = commands.add_parser(
        "kiosk",
        help=_("full-screen job status for visitors (reads only; staff leave: Ctrl+Shift+Q)"),
    )
    kiosk.add_argument(
        "--idle-timeout",
        type=_seconds,
        metavar="SECONDS",
        help=_(
            "back to the start screen after this long without input (default 60, "
            "or ITC_KIOSK_IDLE_SECONDS)"
        ),
    )
    kiosk.add_argument(
        "--poll",
        type=_seconds,
        default=DEFAULT_POLL_SECONDS,
        metavar="SECONDS",
        help=_("how often the shown job is read again (default 3)"),
    )
    kiosk.add_argument(
        "--lang",
        choices=KIOSK_LANGUAGES,
        default="en",
        help=_("the language the kiosk returns to after each visitor"),
    )
    kiosk.add_argument(
        "--windowed",
        action="store_true",
        help=_("a normal-sized window instead of full screen (for trying it out)"),
    )
    kiosk.add_argument(
        "--print-grants",
        nargs="?",
        const="itc_kiosk",
        metavar="ROLE",
        help=_("print the SQL for a read-only PostgreSQL role (default itc_kiosk) and exit"),
    )


def idle_seconds(args: argparse.Namespace, env: Mapping[str, str] = os.environ) -> float:
    """--idle-timeout, else ITC_KIOSK_IDLE_SECONDS, else 60."""
    if args.idle_timeout is not None:
        return float(args.idle_timeout)
    if env.get(ENV_IDLE_SECONDS):
        try:
            return _seconds(env[ENV_IDLE_SECONDS])
        except argparse.ArgumentTypeError as error:
            log.warning("%s ignored: %s", ENV_IDLE_SECONDS, error)
    return DEFAULT_IDLE_SECONDS


def run_kiosk_command(args: argparse.Namespace, url: str, demo: bool = False) -> int:
    if args.print_grants:
        from itc_desktop.services.kiosk import postgres_grants

        print("\n".join(postgres_grants(args.print_grants)))
        return 0
    if demo:
        # The demo database is filled by a normal (writing) connection first; the kiosk itself
        # then opens it read-only like any other.
        from itc_desktop import demo as demo_data
        from itc_desktop.db import Database

        database = Database(url)
        try:
            if demo_data.is_empty(database):
                demo_data.fill_demo(database)
        finally:
            database.dispose()
    from itc_desktop.ui.kiosk.run import run_kiosk  # Qt is loaded only for the window

    return run_kiosk(
        url,
        idle_timeout_s=idle_seconds(args),
        poll_interval_s=args.poll,
        language=args.lang,
        windowed=args.windowed,
    )
