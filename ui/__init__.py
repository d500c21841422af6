"""Funnel's PySide6 user interface: windows, views, item models, dialogs.
No SQL and no business rules here: every action calls a `funnel` service."""
