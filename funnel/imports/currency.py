"""The currency of imported money: from the file's column, else the home
currency the person chose ("profile.home_currency"), else the one given for
this import. Never a guess: without any of them the import asks."""

from __future__ import annotations

from sqlalchemy.orm import Session

from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.settings import get_setting

HOME_CURRENCY_KEY = "profile.home_currency"


def home_currency(session: Session) -> str | None:
    value = get_setting(session, HOME_CURRENCY_KEY, None)
    return str(value).strip().upper() if value else None


def check_code(code: str) -> str:
    code = code.strip().upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A currency is a three-letter code such as USD, RUB, BRL (got '{currency}').",
            ),
            currency=code,
        )
    return code


def import_currency(session: Session, chosen: str | None, *, has_column: bool) -> str | None:
    """The currency of rows that do not name theirs. None only when the file
    has a currency column (rows without one are then reported)."""
    if chosen:
        return check_code(chosen)
    home = home_currency(session)
    if home:
        return home
    if has_column:
        return None
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file has no currency column and no home currency is set: say which currency "
            "its amounts are in (for example --currency RUB).",
        )
    )
