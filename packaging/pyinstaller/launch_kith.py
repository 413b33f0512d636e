"""Entry point of the frozen app: the same `kith` command, GUI or CLI by its arguments."""

import sys

from kith.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
