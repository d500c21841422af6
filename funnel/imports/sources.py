"""Any file a client or purchase import reads, as one kind of table: CSV
(`funnel.imports.csvfile`), Excel workbooks (`funnel.imports.xlsx`) and vCard
address books (`funnel.imports.vcard`), chosen by the file's name and bytes."""

from __future__ import annotations

import os
from pathlib import Path

from funnel.imports.csvfile import CsvTable, read_csv
from funnel.imports.vcard import read_vcard
from funnel.imports.xlsx import EXCEL_SUFFIXES, read_xlsx

VCARD_SUFFIXES = (".vcf", ".vcard")


def file_kind(path: str | os.PathLike[str]) -> str:
    """'xlsx', 'vcard' or 'csv'. A file named .csv that is really a workbook is
    refused by the CSV reader with a message saying so."""
    suffix = Path(path).suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        return "xlsx"
    if suffix in VCARD_SUFFIXES:
        return "vcard"
    try:
        with open(path, "rb") as f:
            head = f.read(64)
    except OSError:
        return "csv"
    if head.lstrip(b"\xef\xbb\xbf \r\n\t").upper().startswith(b"BEGIN:VCARD"):
        return "vcard"
    return "csv"


def read_table(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    max_rows: int | None = None,
) -> CsvTable:
    kind = file_kind(path)
    if kind == "xlsx":
        return read_xlsx(path, sheet=sheet, max_rows=max_rows)
    if kind == "vcard":
        return read_vcard(path, max_rows=max_rows)
    return read_csv(path, encoding=encoding or None, delimiter=delimiter or None, max_rows=max_rows)
