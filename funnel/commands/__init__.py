"""Subcommands of the `funnel` command, one module per group."""
