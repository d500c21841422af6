"""Start the Funnel desktop app: `python main.py [--db PATH]`."""

import sys

from funnel.commands.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
