"""icalendar and vobject load only when a file is really read or written."""

from __future__ import annotations

import subprocess
import sys


def test_start_up_does_not_import_icalendar_or_vobject() -> None:
    code = (
        "import sys\n"
        "import kith.services.app, kith.cli.parser\n"
        "kith.cli.parser.build_parser()\n"
        "heavy = {'icalendar', 'vobject'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
