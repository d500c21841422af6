"""The same person arriving again is recognised by phone, e-mail or name."""

from __future__ import annotations

import pytest

from funnel.customers.clients import create_client
from funnel.customers.identity import (
    clients_with_contact,
    name_key,
    national_digits,
    normalize_email,
    normalize_phone,
)
from funnel.store.models import ContactKind
from funnel.store.settings import set_setting


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("8 (912) 345-67-89", "RU", "+79123456789"),
        ("+7 912 3456789", "RU", "+79123456789"),
        ("+7 912 3456789", None, "+79123456789"),
        ("9123456789", "RU", "+79123456789"),
        ("(11) 98765-4321", "BR", "+5511987654321"),
        ("+55 11 98765-4321", "RU", "+5511987654321"),
        ("9123456789", None, "#9123456789"),  # no region to read it in: digits kept
        ("12-34", "RU", None),  # not a phone
        ("", "RU", None),
    ],
)
def test_phones_in_every_spelling_reduce_to_one_form(raw, region, expected):
    assert normalize_phone(raw, region) == expected


def test_national_digits_are_what_a_person_types_at_home():
    assert national_digits("+7 912 345-67-89", None) == "9123456789"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ivan.Petrov+shop@GoogleMail.com", "ivanpetrov@gmail.com"),
        ("ivan.petrov@mail.ru", "ivan.petrov@mail.ru"),  # dots matter outside Gmail
        ("Anna+news@yandex.ru", "anna+news@yandex.ru"),
        ("not an e-mail", None),
    ],
)
def test_emails_compare_as_mailboxes(raw, expected):
    assert normalize_email(raw) == expected


def test_names_compare_across_scripts_and_case():
    assert name_key("Иван Петров") == name_key("  IVAN petrov!")
    assert name_key("José Álvarez") == "jose alvarez"


def test_a_phone_typed_another_way_finds_the_client(session, now):
    set_setting(session, "profile.phone_region", "RU")
    client_id = create_client(session, name="Иван Петров", phones=["+7 912 345-67-89"], now=now)
    assert clients_with_contact(session, ContactKind.PHONE, "8 (912) 345 67 89", "RU") == [
        client_id
    ]
    assert clients_with_contact(session, ContactKind.PHONE, "8 (912) 000 00 00", "RU") == []
