"""`python -m funnel`: the same as the `funnel` command (autostart uses it when
the `funnel` script is not installed)."""

import sys

from funnel.commands.cli import main

sys.exit(main())
