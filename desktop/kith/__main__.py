"""`python -m kith` behaves like the `kith` command."""

import sys

from kith.cli.main import main

sys.exit(main())
