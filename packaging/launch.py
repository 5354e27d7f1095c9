"""The frozen program's entry point: the same `lz-desktop` command as an installed one."""

import sys

from lz_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
