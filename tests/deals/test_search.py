from datetime import timedelta

import pytest

from funnel.customers.clients import create_client
from funnel.deals.search import find_clients, search
from funnel.deals.service import create_deal
from funnel.pipeline.moves import win_deal
from tests.factories import make_deal


@pytest.mark.parametrize("typed", ["+7 (912) 345", "912-345-00", "79123450000", "345 00 00"])
def test_search_by_phone_digits_ignores_punctuation(session, now, typed):
    anna = create_client(session, name="Anna Ivanova", phones=["+7 912 345-00-00"], now=now)
    create_client(session, name="Boris", phones=["+7 495 111-22-33"], now=now)
    assert [c.id for c in search(session, typed).clients] == [anna]


def test_a_client_hit_shows_the_first_phone_and_email(session, now):
    create_client(
        session,
        name="Anna Ivanova",
        company="Romashka",
        phones=["+7 912 345-00-00", "+7 912 000-00-00"],
        emails=["anna@romashka.ru"],
        now=now,
    )
    (hit,) = search(session, "anna").clients
    assert (hit.name, hit.company, hit.phone, hit.email) == (
        "Anna Ivanova",
        "Romashka",
        "+7 912 345-00-00",
        "anna@romashka.ru",
    )


def test_search_is_case_insensitive_in_cyrillic(session, now):
    anna = create_client(session, name="Анна Иванова", now=now)
    create_client(session, name="Борис", now=now)
    assert [c.id for c in search(session, "анна").clients] == [anna]
    assert [c.id for c in search(session, "ИВАНОВА").clients] == [anna]


def test_two_digits_do_not_search_phones(session, now):
    create_client(session, name="Anna", phones=["+7 912 345-00-00"], now=now)
    assert search(session, "91").clients == []


def test_digits_inside_words_are_not_a_phone_number(session, now):
    create_client(session, name="Anna", phones=["+7 912 345-45-21"], now=now)
    boris = create_client(session, name="Boris", emails=["user4521@example.com"], now=now)
    assert [c.id for c in search(session, "user4521@").clients] == [boris]
    assert search(session, "order 4521").clients == []


def test_a_client_is_found_by_company_and_email(session, now):
    anna = create_client(
        session, name="Anna", company="ООО Ромашка", emails=["Anna@Example.com"], now=now
    )
    assert [c.id for c in search(session, "ромашка").clients] == [anna]
    assert [c.id for c in search(session, "anna@example").clients] == [anna]


def test_deals_are_found_by_title_and_by_their_client(session, now):
    kitchen = make_deal(session, now, "Кухня на заказ", client="Пётр")
    client = create_client(session, name="Olga", emails=["olga@mail.ru"], now=now)
    website = create_deal(session, title="Website", client_id=client, now=now)
    assert [d.id for d in search(session, "кухня").deals] == [kitchen]
    hits = search(session, "olga@mail").deals
    assert [(d.id, d.client) for d in hits] == [(website, "Olga")]


def test_open_deals_come_before_closed_ones(session, now, today):
    won = make_deal(session, now - timedelta(days=1), "Logo A", client=None)
    win_deal(session, won, now=now, today=today)
    opened = make_deal(session, now - timedelta(days=5), "Logo B", client=None)
    hits = search(session, "logo").deals
    assert [(d.id, d.status) for d in hits] == [(opened, "open"), (won, "won")]
    assert (hits[0].pipeline, hits[0].stage) == ("Current sales", "New lead")


def test_percent_and_underscore_are_matched_literally(session, now):
    make_deal(session, now, "Discount 50%", client=None)
    make_deal(session, now, "Discount 500", client=None)
    make_deal(session, now, "a_b", client=None)
    make_deal(session, now, "axb", client=None)
    assert [d.title for d in search(session, "50%").deals] == ["Discount 50%"]
    assert [d.title for d in search(session, "a_b").deals] == ["a_b"]


def test_results_stop_at_the_limit(session, now):
    for i in range(30):
        create_client(session, name=f"Client {i}", now=now)
    assert len(search(session, "client", limit=5).clients) == 5


@pytest.mark.parametrize("typed", ["", "   "])
def test_blank_text_finds_nothing(session, now, typed):
    make_deal(session, now)
    assert not search(session, typed)
    assert find_clients(session, typed) == []


def test_find_clients_puts_names_starting_with_the_text_first(session, now):
    create_client(session, name="Maria Anna", now=now)
    create_client(session, name="Anna Smith", now=now)
    assert [c.name for c in find_clients(session, "anna")] == ["Anna Smith", "Maria Anna"]


def test_archived_clients_are_not_offered(session, now):
    from funnel.store.models import Client

    gone = create_client(session, name="Anna Old", now=now)
    session.get(Client, gone).archived = True
    kept = create_client(session, name="Anna New", now=now)
    assert [c.id for c in find_clients(session, "anna")] == [kept]


@pytest.fixture
def russian_profile(session):
    from funnel.store.settings import set_setting

    set_setting(session, "profile.phone_region", "RU")


@pytest.mark.parametrize("typed", ["8 926 842", "+7 926 842", "926 842", "8(926)842-1"])
def test_a_russian_number_is_found_in_its_domestic_form(session, now, russian_profile, typed):
    ivan = create_client(session, name="Ivan", phones=["+7 926 842-12-34"], now=now)
    create_client(session, name="Maria", phones=["+7 495 926-84-20"], now=now)
    assert [c.id for c in search(session, typed).clients] == [ivan]


def test_the_domestic_form_is_understood_without_a_region(session, now):
    ivan = create_client(session, name="Ivan", phones=["+7 926 842-12-34"], now=now)
    assert [c.id for c in search(session, "8 926 842").clients] == [ivan]


def test_a_country_code_does_not_find_another_country(session, now, russian_profile):
    create_client(session, name="João", phones=["+55 11 97926-0000"], now=now)
    ivan = create_client(session, name="Ivan", phones=["+7 926 842-12-34"], now=now)
    assert [c.id for c in search(session, "+7 926").clients] == [ivan]


def test_numbers_holding_the_digits_are_listed_only_when_none_starts_with_them(
    session, now, russian_profile
):
    inside = create_client(session, name="Aaron", phones=["+7 495 912-34-56"], now=now)
    starts = create_client(session, name="Zoe", phones=["8 912 345 66 00"], now=now)
    assert [c.id for c in search(session, "912 345 6").clients] == [starts]
    assert [c.id for c in search(session, "912 34 56").clients] == [starts]
    assert [c.id for c in search(session, "34 56").clients] == []  # too short to look inside
    assert [c.id for c in search(session, "495 912 34").clients] == [inside]
    assert [c.id for c in search(session, "912-34-56").clients] == [starts]
    assert [c.id for c in search(session, "2 34 56 0").clients] == []
    assert [c.id for c in search(session, "5 912 34 5").clients] == [inside]  # a local number
