"""Reading a CSV spreadsheet as people's programs write it.

Excel in a Russian locale saves Windows-1251 with semicolons; newer Excel and
web CRMs save UTF-8, often with a byte-order mark; Excel's "Unicode text" is
UTF-16 with tabs. The encoding is read from the bytes (BOM, then whether they
are valid UTF-8, else Windows-1251) and the delimiter from the first lines, so
the person only has to correct us when we guessed wrong.

Rows come back as strings exactly as written; what they mean is decided by
`funnel.imports.deals`. A row whose number of cells differs from the header's
is kept aside with its line number rather than stopping the whole file.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from funnel.errors import ValidationError
from funnel.exports.files import undefuse

DELIMITERS = (",", ";", "\t")
ENCODINGS = ("utf-8", "utf-8-sig", "cp1251", "utf-16")
# Lines looked at to guess the delimiter: enough to see past a header that
# happens to contain a comma, few enough to stay instant on a huge file.
SNIFF_LINES = 50
SNIFF_CHARS = 65536
DELIMITER_NAMES = {
    ",": ",",
    "comma": ",",
    ";": ";",
    "semicolon": ";",
    "\t": "\t",
    "\\t": "\t",
    "tab": "\t",
}

_SIGNATURES = (
    (b"PK\x03\x04", "an Excel workbook (.xlsx) or another zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Excel workbook (.xls)"),
    (b"%PDF", "a PDF document"),
)


class RowError(NamedTuple):
    """A row that cannot be imported: its line in the file (1 = the header) and why."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class CsvFormat:
    encoding: str
    delimiter: str


@dataclass(frozen=True)
class CsvTable:
    """A file's header and rows. `columns` are the header's names, stripped and
    made unique ("Name", "Name (2)") so that repeated columns can each be mapped;
    `lines[i]` is the line where `rows[i]` starts, for error messages."""

    name: str
    encoding: str
    delimiter: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]
    bad_rows: tuple[RowError, ...] = ()
    truncated: bool = False  # read with `max_rows`: more rows follow

    @property
    def row_count(self) -> int:
        """Data rows in the file, readable or not."""
        return len(self.rows) + len(self.bad_rows)

    def column_index(self, column: str) -> int:
        """The position of a column, by its name; ignores case and surrounding spaces."""
        try:
            return self.columns.index(column)
        except ValueError:
            pass
        key = " ".join(column.split()).casefold()
        for i, name in enumerate(self.columns):
            if name.casefold() == key:
                return i
        names = ", ".join(f"'{c}'" for c in self.columns)
        raise ValidationError(f"{self.name} has no column '{column}'. Its columns are: {names}.")

    def has_column(self, column: str) -> bool:
        try:
            self.column_index(column)
        except ValidationError:
            return False
        return True

    def preview(self, count: int = 20) -> tuple[tuple[str, ...], ...]:
        return self.rows[:count]


def detect_encoding(data: bytes) -> str:
    """BOM first; then UTF-8 if every byte sequence is valid; else Windows-1251,
    which is what Excel writes on a Russian Windows."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1251"
    return "utf-8"


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the header into the most columns while keeping
    the next lines the same width. A file of one column gets a comma."""
    sample = text.splitlines()[:SNIFF_LINES]
    if len(text) >= SNIFF_CHARS and len(sample) > 1:
        sample = sample[:-1]  # the last line of a cut sample may be cut itself
    best = (0.0, 1, ",")
    for delimiter in DELIMITERS:
        try:
            rows = [r for r in csv.reader(sample, delimiter=delimiter) if r]
        except csv.Error:
            continue
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        consistency = sum(len(r) == width for r in rows) / len(rows)
        if (consistency, width) > best[:2]:
            best = (consistency, width, delimiter)
    return best[2]


def clean_delimiter(delimiter: str | None) -> str | None:
    if delimiter is None or delimiter == "":
        return None
    found = DELIMITER_NAMES.get(delimiter) or DELIMITER_NAMES.get(delimiter.strip().lower())
    if found is None:
        raise ValidationError(
            f"'{delimiter}' is not a delimiter Funnel reads; use a comma, a semicolon or tab."
        )
    return found


def clean_encoding(encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return codecs.lookup(encoding.strip()).name
    except LookupError as exc:
        raise ValidationError(
            f"'{encoding}' is not a known text encoding; try utf-8 or cp1251."
        ) from exc


def _refuse_binary(data: bytes, name: str) -> None:
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise ValidationError(
                f"{name} looks like {what}, not a CSV file; save it as CSV first."
            )


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """The file's text and the encoding it was read with."""
    _refuse_binary(data, name)
    encoding = clean_encoding(encoding) or detect_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start : exc.start + 1].hex()
        raise ValidationError(
            f"{name} line {line}: byte 0x{byte} cannot be read as {encoding}; "
            "choose another encoding (utf-8, cp1251, utf-16)."
        ) from exc
    if text.startswith("\ufeff"):  # a BOM left by an explicitly chosen plain utf-8
        text = text[1:]
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise ValidationError(
            f"{name} line {line}: the file holds binary data; it is not a CSV file "
            f"read as {encoding}."
        )
    return text, encoding


def unique_columns(header: Sequence[str]) -> tuple[str, ...]:
    """Stripped names, with repeats numbered "Name (2)", "Name (3)" and blanks
    named by their position, so every column can be told apart."""
    seen: dict[str, int] = {}
    taken = {" ".join(h.split()).casefold() for h in header}
    columns = []
    for i, raw in enumerate(header, start=1):
        name = " ".join(raw.split()) or f"Column {i}"
        key = name.casefold()
        if key in seen:
            n = seen[key]
            while True:
                n += 1
                candidate = f"{name} ({n})"
                if candidate.casefold() not in taken:
                    break
            seen[key] = n
            name = candidate
            taken.add(candidate.casefold())
        else:
            seen[key] = 1
        columns.append(name)
    return tuple(columns)


def _cell_count_error(cells: int, width: int) -> str:
    return f"the row has {cells} cell{'s' if cells != 1 else ''} but the header has {width} columns"


def parse_text(
    text: str,
    *,
    name: str = "the file",
    encoding: str = "utf-8",
    delimiter: str | None = None,
    max_rows: int | None = None,
) -> CsvTable:
    delimiter = clean_delimiter(delimiter) or detect_delimiter(text[:SNIFF_CHARS])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    rows: list[tuple[str, ...]] = []
    lines: list[int] = []
    bad: list[RowError] = []
    width = 0
    start = 1
    truncated = False
    try:
        for cells in reader:
            line = start
            start = reader.line_num + 1
            if not cells or not any(c.strip() for c in cells):
                continue  # blank lines are common at the end of exports
            if header is None:
                header = cells
                width = len(cells)
                continue
            if max_rows is not None and len(rows) >= max_rows:
                truncated = True
                break
            if len(cells) != width:
                # Some programs end rows with extra empty cells; only real data is a problem.
                if len(cells) > width and not any(c.strip() for c in cells[width:]):
                    cells = cells[:width]
                else:
                    bad.append(RowError(line, _cell_count_error(len(cells), width)))
                    continue
            if any(c[:1] == "'" for c in cells):
                cells = [undefuse(c) for c in cells]  # a formula defused by an export
            rows.append(tuple(cells))
            lines.append(line)
    except csv.Error as exc:
        raise ValidationError(f"{name} line {start}: this is not valid CSV ({exc}).") from exc
    if header is None:
        raise ValidationError(f"{name} is empty: there is no header row.")
    return CsvTable(
        name=name,
        encoding=encoding,
        delimiter=delimiter,
        columns=unique_columns(header),
        rows=tuple(rows),
        lines=tuple(lines),
        bad_rows=tuple(bad),
        truncated=truncated,
    )


def parse_bytes(
    data: bytes,
    *,
    name: str = "the file",
    encoding: str | None = None,
    delimiter: str | None = None,
    max_rows: int | None = None,
) -> CsvTable:
    text, used = decode(data, name, encoding)
    return parse_text(text, name=name, encoding=used, delimiter=delimiter, max_rows=max_rows)


def _read(path: str | os.PathLike[str]) -> tuple[bytes, str]:
    path = Path(path)
    try:
        return path.read_bytes(), path.name
    except FileNotFoundError as exc:
        raise ValidationError(f"There is no file {path}.") from exc
    except IsADirectoryError as exc:
        raise ValidationError(f"{path} is a folder, not a CSV file.") from exc
    except OSError as exc:
        raise ValidationError(f"Cannot read {path}: {exc.strerror}.") from exc


def read_csv(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    max_rows: int | None = None,
) -> CsvTable:
    """Read a CSV file; `encoding` and `delimiter` override what is detected.
    `max_rows` stops early (a preview)."""
    data, name = _read(path)
    return parse_bytes(data, name=name, encoding=encoding, delimiter=delimiter, max_rows=max_rows)


def sniff_file(path: str | os.PathLike[str]) -> CsvFormat:
    """The encoding and delimiter Funnel would read a file with."""
    data, name = _read(path)
    text, encoding = decode(data, name)
    return CsvFormat(encoding, detect_delimiter(text[:SNIFF_CHARS]))
