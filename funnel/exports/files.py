"""Writing a table as CSV or XLSX so that spreadsheets read it right and run
nothing in it.

CSV is UTF-8 with a byte-order mark by default (Excel reads the BOM and shows
Cyrillic and accents right; without it, it guesses the ANSI code page), or
Windows-1251 on request, for programs that want it. XLSX goes through
openpyxl.

Formula injection: a spreadsheet runs a cell that begins with `=`, `+`, `-`
or `@` (and some with a leading tab or carriage return) as a formula, so a
client named `=HYPERLINK(...)` could act when the file is opened. In CSV such
a cell is written with a leading apostrophe (`'=HYPERLINK(...)`), the
OWASP-recommended defusing that makes Excel and LibreOffice show it as text;
`funnel.imports.csvfile` takes that apostrophe off again when reading, so an
export re-imports as it was. In XLSX the cell is stored with the string type,
which no spreadsheet evaluates, and its text is unchanged. Numbers and dates
are written as numbers and dates, never as text, so they stay summable.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP

FORMATS = ("csv", "xlsx")
ENCODINGS = ("utf-8-sig", "cp1251")
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int | Decimal | date | datetime | None


def defuse(text: str) -> str:
    """The text a CSV cell is written with: a leading apostrophe before a
    formula's first character."""
    return "'" + text if text.startswith(DANGEROUS) else text


def undefuse(text: str) -> str:
    """The inverse, for reading a file Funnel (or a careful program) wrote."""
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return defuse(value)
    if isinstance(value, datetime):
        return value.isoformat(" ", "seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def format_of(path: str | os.PathLike[str], chosen: str | None) -> str:
    if chosen:
        if chosen not in FORMATS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Export formats are csv and xlsx (got '{format}')."),
                format=chosen,
            )
        return chosen
    return "xlsx" if Path(path).suffix.lower() == ".xlsx" else "csv"


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.part")


def write_csv(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    encoding: str = "utf-8-sig",
) -> int:
    """Write to a temporary file and rename it: a failure leaves no half file."""
    if encoding not in ENCODINGS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Export encodings are {choices} (got '{encoding}')."),
            choices=", ".join(ENCODINGS),
            encoding=encoding,
        )
    target = Path(path)
    part = _temporary(target)
    count = 0
    try:
        with open(part, "w", encoding=encoding, newline="") as f:
            writer = csv.writer(f)
            writer.writerow([defuse(h) for h in headers])
            for count, row in enumerate(rows, start=1):
                try:
                    writer.writerow([_csv_cell(v) for v in row])
                except UnicodeEncodeError as exc:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Row {row} has '{text}', which {encoding} cannot hold; "
                            "export as UTF-8 instead.",
                        ),
                        row=count,
                        text=exc.object[exc.start : exc.end],
                        encoding=encoding,
                    ) from exc
        os.replace(part, target)
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}."),
            path=target,
            reason=exc.strerror,
        ) from exc
    finally:
        part.unlink(missing_ok=True)
    return count


def write_xlsx(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    title: str = "Funnel",
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    target = Path(path)
    part = _temporary(target)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])

    def cells(values: Sequence[Cell]) -> list:
        out = []
        for raw in values:
            value = float(raw) if isinstance(raw, Decimal) else raw
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text, even when it starts with "="
            elif isinstance(value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            out.append(cell)
        return out

    sheet.append(cells(list(headers)))
    count = 0
    for count, row in enumerate(rows, start=1):  # noqa: B007
        sheet.append(cells(row))
    try:
        book.save(part)
        os.replace(part, target)
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}."),
            path=target,
            reason=exc.strerror,
        ) from exc
    finally:
        part.unlink(missing_ok=True)
    return count
