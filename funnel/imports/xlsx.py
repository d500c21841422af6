"""Reading an Excel workbook (.xlsx, .xlsm, .xls, .ods) into the same table a
CSV file gives, with python-calamine.

Cells become the text a person would have typed: a date cell is `2024-03-01`
(`2024-03-01 10:30:00` with a time), a whole number stored as a float
(`17850.0`, how Excel keeps every number) is `17850`, other numbers keep their
digits. Excel serial dates in cells not formatted as dates stay numbers here;
the date readers of each import recognise them.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta
from pathlib import Path

from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.imports.csvfile import CsvTable, RowError, unique_columns

EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")


def cell_text(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(" ", "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat("seconds")
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def sheet_names(path: str | os.PathLike[str]) -> list[str]:
    return list(_workbook(Path(path)).sheet_names)


def _workbook(path: Path):
    from python_calamine import CalamineWorkbook

    if not path.is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no file {path}."), path=path)
    head = path.read_bytes()[:8]
    if not head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is not an Excel workbook: it holds plain text (perhaps a CSV file "
                "renamed). Save it as .xlsx, or rename it to .csv.",
            ),
            name=path.name,
        )
    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine's errors carry no line; say what it is
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be read as a workbook: {reason}."),
            name=path.name,
            reason=str(exc),
        ) from exc


def read_xlsx(
    path: str | os.PathLike[str], *, sheet: str | None = None, max_rows: int | None = None
) -> CsvTable:
    """The first sheet (or `sheet`): its first non-empty row is the header."""
    path = Path(path)
    book = _workbook(path)
    names = list(book.sheet_names)
    if not names:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name} has no sheets."), name=path.name)
    if sheet is None:
        chosen = names[0]
    else:
        matches = [n for n in names if n.casefold() == sheet.strip().casefold()]
        if not matches:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} has no sheet '{sheet}'. Its sheets are: {sheets}."
                ),
                name=path.name,
                sheet=sheet,
                sheets=", ".join(names),
            )
        chosen = matches[0]
    where = f"{path.name} › {chosen}"
    header: list[str] | None = None
    rows: list[tuple[str, ...]] = []
    lines: list[int] = []
    bad: list[RowError] = []
    truncated = False
    width = 0
    for number, raw in enumerate(book.get_sheet_by_name(chosen).iter_rows(), start=1):
        cells = [cell_text(v) for v in raw]
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            while cells and not cells[-1].strip():
                cells.pop()
            header, width = cells, len(cells)
            continue
        if max_rows is not None and len(rows) >= max_rows:
            truncated = True
            break
        if len(cells) > width:
            if any(c.strip() for c in cells[width:]):
                bad.append(RowError(number, f"the row has cells beyond the header's {width}"))
                continue
            cells = cells[:width]
        cells += [""] * (width - len(cells))
        rows.append(tuple(cells))
        lines.append(number)
    if header is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where} is empty: there is no header row."), where=where
        )
    return CsvTable(
        name=where,
        encoding="xlsx",
        delimiter="",
        columns=unique_columns(header),
        rows=tuple(rows),
        lines=tuple(lines),
        bad_rows=tuple(bad),
        truncated=truncated,
    )
