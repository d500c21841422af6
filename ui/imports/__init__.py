"""The "Import deals" wizard: a CSV file, its columns mapped to deal fields,
its stages matched, a check of every row, then the import off the UI thread."""

from ui.imports.wizard import ImportWizard

__all__ = ["ImportWizard"]
