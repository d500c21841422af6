"""Who uses this file: their name, home currency and phone region.

Kept in the settings table under `profile.name`, `profile.home_currency` and
`profile.phone_region`, which other parts read (new deals and imports take the
home currency; phone numbers are read in the phone region). Defaults come from
the system locale, which only the UI knows: it passes the locale's name
("pt_BR", "ru_RU") and nothing here reads the machine's settings.

The name replaces "Me": saving it renames the default owner, so deals, the
owner filter and messages speak of the person by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import Owner
from funnel.store.settings import get_setting, set_setting

NAME_KEY = "profile.name"
CURRENCY_KEY = "profile.home_currency"
REGION_KEY = "profile.phone_region"
# Older readers (the deal form, the board totals, demo data) know this key;
# saving a profile keeps it equal to the home currency.
LEGACY_CURRENCY_KEY = "default_currency"
FALLBACK_CURRENCY = "USD"
FALLBACK_REGION = "US"
MAX_NAME = 200  # the owner's name column

# The currency of a region, for the regions a first start most often sees; any
# other region falls back to the file's currency, then to US dollars.
REGION_CURRENCY = {
    "US": "USD", "CA": "CAD", "MX": "MXN", "BR": "BRL", "AR": "ARS", "CL": "CLP",
    "CO": "COP", "PE": "PEN", "UY": "UYU", "PT": "EUR", "ES": "EUR", "FR": "EUR",
    "DE": "EUR", "IT": "EUR", "NL": "EUR", "BE": "EUR", "AT": "EUR", "IE": "EUR",
    "FI": "EUR", "GR": "EUR", "EE": "EUR", "LV": "EUR", "LT": "EUR", "SK": "EUR",
    "SI": "EUR", "GB": "GBP", "CH": "CHF", "PL": "PLN", "CZ": "CZK", "SE": "SEK",
    "NO": "NOK", "DK": "DKK", "RU": "RUB", "BY": "BYN", "UA": "UAH", "KZ": "KZT",
    "UZ": "UZS", "KG": "KGS", "AM": "AMD", "GE": "GEL", "AZ": "AZN", "MD": "MDL",
    "TR": "TRY", "IL": "ILS", "AE": "AED", "IN": "INR", "CN": "CNY", "JP": "JPY",
    "KR": "KRW", "AU": "AUD", "NZ": "NZD", "ZA": "ZAR", "AO": "AOA", "MZ": "MZN",
}  # fmt: skip
# A language alone ("ru", "pt") says which region its speakers most likely mean.
LANGUAGE_REGION = {"ru": "RU", "pt": "BR", "en": "US"}
_DEFAULT_NAMES = {"Me", "Я", "Eu"}  # the owner a new file starts with, in each language
_CODE = re.compile(r"^[A-Z]{3}$")
_REGION = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Profile:
    name: str  # empty: not given (the default owner keeps "Me")
    home_currency: str  # ISO 4217, e.g. "RUB"
    phone_region: str  # ISO 3166-1 alpha-2, e.g. "BR"


def locale_region(locale_name: str) -> str:
    """'pt_BR' → 'BR', 'ru_RU.UTF-8' → 'RU', 'ru' → 'RU'; US when nothing fits."""
    base = locale_name.replace("-", "_").split(".")[0].split("@")[0]
    parts = base.split("_")
    if len(parts) > 1 and _REGION.match(parts[-1].upper()):
        return parts[-1].upper()
    return LANGUAGE_REGION.get(parts[0].lower(), FALLBACK_REGION)


def default_owner_name(session: Session) -> str:
    """The default owner's name unless it is still the built-in "Me"."""
    name = session.scalar(select(Owner.name).where(Owner.is_default.is_(True)).limit(1))
    return "" if name is None or name in _DEFAULT_NAMES else name


def home_currency(session: Session) -> str:
    """The currency new deals and imports take when none is given."""
    value = get_setting(session, CURRENCY_KEY) or get_setting(session, LEGACY_CURRENCY_KEY)
    return str(value or FALLBACK_CURRENCY).upper()


def get_profile(session: Session, *, default_locale: str) -> Profile:
    """The saved profile; what is not saved yet is filled from the locale."""
    region = str(get_setting(session, REGION_KEY) or locale_region(default_locale))
    currency = get_setting(session, CURRENCY_KEY) or REGION_CURRENCY.get(
        locale_region(default_locale)
    )
    currency = currency or get_setting(session, LEGACY_CURRENCY_KEY) or FALLBACK_CURRENCY
    name = get_setting(session, NAME_KEY)
    if name is None:
        name = default_owner_name(session)
    return Profile(str(name), str(currency).upper(), region.upper())


def profile_saved(session: Session) -> bool:
    return get_setting(session, CURRENCY_KEY) is not None


def check_profile(profile: Profile) -> Profile:
    """The profile cleaned up, or a ValidationError naming the field."""
    name = " ".join(profile.name.split())
    if len(name) > MAX_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A name can be at most {limit} characters long."),
            limit=MAX_NAME,
        )
    currency = profile.home_currency.strip().upper()
    if not _CODE.match(currency):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "'{value}' is not a currency code: use three letters such as RUB or USD."
            ),
            value=profile.home_currency,
        )
    region = profile.phone_region.strip().upper()
    if not _REGION.match(region):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "'{value}' is not a region code: use two letters such as RU or BR."
            ),
            value=profile.phone_region,
        )
    return Profile(name, currency, region)


def save_profile(session: Session, profile: Profile) -> Profile:
    """Save the profile (checked first: a bad field writes nothing) and give
    the default owner the person's name."""
    profile = check_profile(profile)
    if profile.name:
        owner = session.scalar(select(Owner).where(Owner.is_default.is_(True)).limit(1))
        clash = session.scalar(
            select(Owner.id).where(Owner.name == profile.name, Owner.is_default.is_(False))
        )
        if clash is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Another salesperson is already named '{name}'."),
                name=profile.name,
            )
        if owner is not None and owner.name != profile.name:
            owner.name = profile.name
    set_setting(session, NAME_KEY, profile.name)
    set_setting(session, CURRENCY_KEY, profile.home_currency)
    set_setting(session, LEGACY_CURRENCY_KEY, profile.home_currency)
    set_setting(session, REGION_KEY, profile.phone_region)
    return profile
