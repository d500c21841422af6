"""Which language to write to a client in: the one set on the client, else
the one their phone's country speaks, else the salesperson's own.

A Brazilian number (+55) gets Portuguese, a Russian or Kazakh one (+7)
Russian; only the languages Funnel writes in are guessed, so a Portuguese
(+351) client falls back to the salesperson's choice rather than to a
variant nobody picked.
"""

from __future__ import annotations

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from funnel.languages import SUPPORTED_LANGUAGES, normalize_language
from funnel.store.models import Client, ClientContact, ContactKind

LANGUAGE_OF_REGION = {"BR": "pt_BR", "RU": "ru", "KZ": "ru", "BY": "ru", "US": "en", "GB": "en"}


def language_of_phone(e164: str | None) -> str | None:
    if not e164 or not e164.startswith("+"):
        return None
    try:
        region = phonenumbers.region_code_for_number(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return None
    return LANGUAGE_OF_REGION.get(region or "")


def client_language(session: Session, client_id: int | None, *, default: str) -> str:
    """The client's language code among SUPPORTED_LANGUAGES."""
    if client_id is not None:
        stored = session.scalar(select(Client.language).where(Client.id == client_id))
        if stored and normalize_language(stored) in SUPPORTED_LANGUAGES:
            return normalize_language(stored)
        phones = session.scalars(
            select(ClientContact.normalized)
            .where(ClientContact.client_id == client_id, ClientContact.kind == ContactKind.PHONE)
            .order_by(ClientContact.id)
        )
        for phone in phones:
            guessed = language_of_phone(phone)
            if guessed:
                return guessed
    return normalize_language(default)
