from datetime import UTC, date, datetime, time, timedelta

import pytest

from funnel.errors import ValidationError
from funnel.imports.dates import DateFormatError, parse_date, parse_datetime


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2017-03-01", datetime(2017, 3, 1)),
        ("01.03.2017", datetime(2017, 3, 1)),
        ("1.3.2017", datetime(2017, 3, 1)),
        ("01.03.17", datetime(2017, 3, 1)),
        ("01/03/2017", datetime(2017, 3, 1)),
        ("22.03.2022 13:32:57", datetime(2022, 3, 22, 13, 32, 57)),
        ("22.03.2022 13:32", datetime(2022, 3, 22, 13, 32)),
        ("22/03/2022 9:05", datetime(2022, 3, 22, 9, 5)),
        ("2017-03-01T10:00", datetime(2017, 3, 1, 10, 0)),
        ("2017-03-01 10:00:00", datetime(2017, 3, 1, 10, 0)),
        ("2017-03-01 10:00:00.250", datetime(2017, 3, 1, 10, 0, 0, 250000)),
        ("  2017-03-01  ", datetime(2017, 3, 1)),
    ],
)
def test_export_date_forms_are_read(text, expected):
    assert parse_datetime(text) == expected


def test_slashes_are_read_day_first():
    assert parse_date("02/03/2017") == date(2017, 3, 2)


def test_a_date_alone_takes_the_given_time_of_day():
    assert parse_datetime("01.03.2017", default_time=time(12)) == datetime(2017, 3, 1, 12)


def test_a_utc_offset_is_kept():
    assert parse_datetime("2017-03-01T10:00:00Z") == datetime(2017, 3, 1, 10, tzinfo=UTC)
    moment = parse_datetime("2017-03-01T10:00:00+03:00")
    assert moment.utcoffset() == timedelta(hours=3)
    assert moment.astimezone(UTC).hour == 7


@pytest.mark.parametrize(
    "text", ["", "   ", "не закрыта", "Не закрыта", "not closed", "não fechado", "-", "—"]
)
def test_empty_cells_and_placeholders_mean_no_date(text):
    assert parse_datetime(text) is None


def test_none_means_no_date():
    assert parse_datetime(None) is None


@pytest.mark.parametrize(
    "text, words",
    [
        ("March 1st", "is not a date Funnel reads"),
        ("2017-13-01", "is not a real date"),
        ("31.02.2017", "is not a real date"),
        ("03/25/2017", "is not a real date"),  # month-first is not guessed
        ("01.03.2017 25:00", "is not a real date or time"),
        ("12345", "is not a date Funnel reads"),
    ],
)
def test_anything_else_is_an_error_naming_the_value(text, words):
    with pytest.raises(DateFormatError) as exc:
        parse_datetime(text)
    assert f"'{text}'" in str(exc.value)
    assert words in str(exc.value)
    assert isinstance(exc.value, ValidationError)
