"""File › Export…: the lists as CSV or XLSX."""

from ui.exports.dialog import ExportDialog

__all__ = ["ExportDialog"]
