"""How a client is recognised when they arrive again: the same phone written
another way, the same mailbox, a name spelled alike.

Phones are reduced to E.164 (`+79123456789`) by Google's libphonenumber
metadata, read as a person in `region` would dial them: "8 (912) 345-67-89"
in Russia, "(11) 98765-4321" in Brazil. A number that cannot be read that way
(too short, no region to read it in) keeps its digits behind a `#`, so two
spellings of the same odd number still meet and never meet a real E.164 one.

E-mails compare case-insensitively; Gmail ignores dots and `+tags` in the
mailbox name, so "Ivan.Petrov+shop@gmail.com" is "ivanpetrov@gmail.com".

Names are the weakest signal: `name_key` folds case, drops punctuation and
spells Cyrillic in Latin letters, so "Иван Петров" and "Ivan Petrov" compare
equal; word order is left to the matcher (rapidfuzz's token ratios).
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from funnel.store.models import ClientContact, ContactKind
from funnel.store.settings import get_setting

PHONE_REGION_KEY = "profile.phone_region"
MIN_PHONE_DIGITS = 5
GMAIL_DOMAINS = frozenset({"gmail.com", "googlemail.com"})

_NON_DIGIT = re.compile(r"\D")
_NOT_WORD = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")
# A plain scientific-free transliteration, the one people use typing their
# name in Latin letters (GOST-like, without diacritics).
_LATIN = (
    "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
    "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi",
    "ye", "g",
)  # fmt: skip
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ", _LATIN, strict=True))


def phone_region(session: Session, default: str | None = None) -> str | None:
    """The region national numbers are read in: the profile's, else `default`
    (the UI passes the system locale's country)."""
    value = get_setting(session, PHONE_REGION_KEY, None)
    return str(value).upper() if value else (default.upper() if default else None)


def normalize_phone(raw: str | None, region: str | None) -> str | None:
    """E.164 for a readable number, `#digits` for one that is not, None for
    something that is not a phone at all (fewer than five digits)."""
    text = (raw or "").strip()
    digits = _NON_DIGIT.sub("", text)
    if len(digits) < MIN_PHONE_DIGITS:
        return None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and phonenumbers.is_possible_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return "#" + digits


def national_digits(raw: str | None, region: str | None) -> str:
    """The digits a person would type for the number at home ("9123456789"
    for +7 912 345-67-89): what phone search matches from the start."""
    e164 = normalize_phone(raw, region)
    if e164 is None:
        return ""
    if e164.startswith("#"):
        return e164[1:]
    number = phonenumbers.parse(e164, None)
    return str(number.national_number)


def normalize_email(raw: str | None) -> str | None:
    text = (raw or "").strip().casefold()
    local, at, domain = text.rpartition("@")
    if not at or not local or "." not in domain:
        return None
    if domain in GMAIL_DOMAINS:
        local = local.split("+", 1)[0].replace(".", "")
        domain = "gmail.com"
    return f"{local}@{domain}"


def normalize_contact(kind: str, value: str, region: str | None) -> str | None:
    if kind == ContactKind.PHONE:
        return normalize_phone(value, region)
    return normalize_email(value)


def name_key(name: str | None) -> str:
    """Case-folded, accent-free, Latin-lettered words of a name."""
    text = unicodedata.normalize("NFKD", (name or "").casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = "".join(_CYRILLIC.get(c, c) for c in text)
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", text)).strip()


def clients_with_contact(session: Session, kind: str, value: str, region: str | None) -> list[int]:
    """Ids of the clients one of whose contacts is the same phone or e-mail."""
    key = normalize_contact(kind, value, region)
    if key is None:
        return []
    rows = session.scalars(
        select(ClientContact.client_id)
        .where(ClientContact.kind == kind, ClientContact.normalized == key)
        .distinct()
        .order_by(ClientContact.client_id)
    )
    return list(rows)


def renormalize_contacts(session: Session, region: str | None) -> int:
    """Read every stored contact again (after the phone region changed);
    returns how many keys changed."""
    changed = 0
    rows = session.execute(
        select(ClientContact.id, ClientContact.kind, ClientContact.value, ClientContact.normalized)
    ).all()
    updates = []
    for cid, kind, value, old in rows:
        new = normalize_contact(kind, value, region)
        if new != old:
            updates.append({"id": cid, "normalized": new})
    if updates:
        session.execute(update(ClientContact), updates)
        changed = len(updates)
    return changed
