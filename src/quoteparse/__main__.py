"""``python -m quoteparse``: the same as the ``quoteparse`` command."""

import sys

from quoteparse.cli import main

if __name__ == "__main__":
    sys.exit(main())
