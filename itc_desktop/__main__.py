"""`python -m itc_desktop`: the same entry point as the `itc-desktop` command."""

import sys

from itc_desktop.cli import main

sys.exit(main())
