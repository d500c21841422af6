import codecs

import pytest

from funnel.errors import ValidationError
from funnel.imports.csvfile import read_csv, sniff_file

HEADER = "Название сделки;Бюджет;Этап сделки"
ROW = "Кухня «Модерн»;1500;Переговоры"


def write(tmp_path, data: bytes, name="deals.csv"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "data, encoding",
    [
        (f"{HEADER}\n{ROW}\n".encode(), "utf-8"),
        (codecs.BOM_UTF8 + f"{HEADER}\n{ROW}\n".encode(), "utf-8-sig"),
        (f"{HEADER}\r\n{ROW}\r\n".encode("cp1251"), "cp1251"),
        (f"{HEADER}\n{ROW}\n".encode("utf-16"), "utf-16"),
    ],
    ids=["utf-8", "utf-8 with BOM", "windows-1251", "utf-16"],
)
def test_encoding_is_detected_and_text_read_back(tmp_path, data, encoding):
    table = read_csv(write(tmp_path, data))
    assert table.encoding == encoding
    assert table.columns == ("Название сделки", "Бюджет", "Этап сделки")
    assert table.rows == (("Кухня «Модерн»", "1500", "Переговоры"),)


def test_bom_does_not_stick_to_the_first_column_name(tmp_path):
    path = write(tmp_path, codecs.BOM_UTF8 + b"Title,Value\nA,1\n")
    assert read_csv(path).columns[0] == "Title"
    assert read_csv(path, encoding="utf-8").columns[0] == "Title"


@pytest.mark.parametrize(
    "text, delimiter",
    [
        ('Title,Value,Stage\nA,"1,5",New\n', ","),
        ("Title;Value;Stage\nA;1,5;New\nB;2,5;Won\n", ";"),
        ("Title\tValue\tStage\nA\t1,5\tNew\n", "\t"),
    ],
    ids=["comma", "semicolon", "tab"],
)
def test_delimiter_is_sniffed(tmp_path, text, delimiter):
    table = read_csv(write(tmp_path, text.encode()))
    assert table.delimiter == delimiter
    assert table.rows[0] == ("A", "1,5", "New")


def test_a_chosen_delimiter_and_encoding_override_detection(tmp_path):
    path = write(tmp_path, "Title;Value\nA;1\n".encode("cp1251"))
    table = read_csv(path, delimiter=",", encoding="utf-8")
    assert table.columns == ("Title;Value",)


def test_sniff_file_reports_the_format_without_reading_rows(tmp_path):
    path = write(tmp_path, f"{HEADER}\n{ROW}\n".encode("cp1251"))
    fmt = sniff_file(path)
    assert (fmt.encoding, fmt.delimiter) == ("cp1251", ";")


def test_repeated_column_names_are_made_unique(tmp_path):
    path = write(tmp_path, "Источник;Товар;Источник;cid;Источник\na;b;c;d;e\n".encode())
    assert read_csv(path).columns == ("Источник", "Товар", "Источник (2)", "cid", "Источник (3)")


def test_blank_header_cells_are_named_by_position(tmp_path):
    path = write(tmp_path, b"Title,,Value\nA,x,1\n")
    assert read_csv(path).columns == ("Title", "Column 2", "Value")


def test_header_names_are_trimmed(tmp_path):
    path = write(tmp_path, "Название сделки;Бюджет \nA;1\n".encode())
    table = read_csv(path)
    assert table.columns == ("Название сделки", "Бюджет")
    assert table.column_index("Бюджет ") == 1
    assert table.column_index("бюджет") == 1


def test_a_row_with_the_wrong_number_of_cells_is_reported_with_its_line(tmp_path):
    path = write(tmp_path, b"Title,Value,Stage\nA,1,New\nB,2\nC,3,New\n")
    table = read_csv(path)
    assert [r[0] for r in table.rows] == ["A", "C"]
    assert table.lines == (2, 4)
    [bad] = table.bad_rows
    assert bad.line == 3
    assert "2 cells" in bad.message and "3 columns" in bad.message


def test_line_numbers_count_lines_inside_quoted_cells(tmp_path):
    path = write(tmp_path, b'Title,Notes\nA,"two\nlines"\nB,x\n')
    assert read_csv(path).lines == (2, 4)


def test_extra_empty_cells_at_the_end_of_a_row_are_ignored(tmp_path):
    path = write(tmp_path, b"Title,Value\nA,1,,\n")
    table = read_csv(path)
    assert table.rows == (("A", "1"),) and not table.bad_rows


def test_blank_lines_and_rows_of_empty_cells_are_skipped(tmp_path):
    path = write(tmp_path, b"Title;Value\n\nA;1\n;\n\n")
    table = read_csv(path)
    assert table.rows == (("A", "1"),) and not table.bad_rows


def test_max_rows_reads_a_preview(tmp_path):
    path = write(tmp_path, b"Title\n" + b"".join(b"D%d\n" % i for i in range(50)))
    table = read_csv(path, max_rows=20)
    assert len(table.rows) == 20 and table.truncated


def test_a_missing_column_is_named_with_the_columns_there_are(tmp_path):
    table = read_csv(write(tmp_path, b"Title,Value\nA,1\n"))
    with pytest.raises(ValidationError, match=r"deals.csv has no column 'Stage'.*'Title', 'Value'"):
        table.column_index("Stage")


@pytest.mark.parametrize(
    "data, message",
    [
        (b'Title,Notes\nA,"never closed\n', r"deals.csv line 2: this is not valid CSV"),
        (b'Title,Notes\nA,"x"y\n', r"deals.csv line 2: this is not valid CSV"),
        (b"", r"deals.csv is empty"),
        (b"\n\n", r"deals.csv is empty"),
        (b"PK\x03\x04rest-of-a-zip", r"looks like an Excel workbook"),
        (b"Title\n\x00\x01\x02\n", r"deals.csv line 2: the file holds binary data"),
    ],
    ids=["unclosed quote", "text after quote", "empty", "blank", "xlsx", "binary"],
)
def test_malformed_files_are_refused_with_what_and_where(tmp_path, data, message):
    with pytest.raises(ValidationError, match=message):
        read_csv(write(tmp_path, data))


def test_bytes_invalid_in_the_chosen_encoding_are_located(tmp_path):
    path = write(tmp_path, "Title\nA\nКухня\n".encode("cp1251"))
    with pytest.raises(ValidationError, match=r"line 3: byte 0x.. cannot be read as utf-8"):
        read_csv(path, encoding="utf-8")


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"encoding": "klingon"}, "'klingon' is not a known text encoding"),
        ({"delimiter": "|"}, "'|' is not a delimiter"),
    ],
)
def test_unknown_encoding_or_delimiter_is_refused(tmp_path, kwargs, message):
    with pytest.raises(ValidationError, match=message):
        read_csv(write(tmp_path, b"Title\nA\n"), **kwargs)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(ValidationError, match=r"There is no file .*nope\.csv"):
        read_csv(tmp_path / "nope.csv")
