"""Start the Funnel desktop app: `python main.py [--db PATH]`."""

import sys

from funnel.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
