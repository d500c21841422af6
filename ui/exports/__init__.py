"""File › Export…: the lists as CSV or XLSX.

The dialog (`ui.exports.dialog.ExportDialog`) is imported when first opened,
not with the main window, which only needs `ui.exports.opening`."""
