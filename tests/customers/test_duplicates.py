"""Likely duplicates are found by phone, e-mail and similar names with a second clue."""

from __future__ import annotations

import pytest

from funnel.customers.clients import create_client
from funnel.customers.duplicates import (
    DuplicatePair,
    DuplicateSearchCancelled,
    Reason,
    find_duplicates,
    find_pairs,
    group_pairs,
    name_similarity,
)
from funnel.customers.identity import name_key
from funnel.customers.lookup import clients_with
from funnel.customers.merge import merge_clients
from funnel.customers.name_fold import fast_name_key
from funnel.store.settings import set_setting


@pytest.fixture
def russia(session):
    set_setting(session, "profile.phone_region", "RU")


def ids_of(groups):
    return [set(g.client_ids) for g in groups]


def test_three_spellings_of_one_phone_make_one_group(session, now, russia):
    a = create_client(session, name="Иван Петров", phones=["8 (912) 345-67-89"], now=now)
    b = create_client(session, name="Ivan Petrov", phones=["+7 912 3456789"], now=now)
    c = create_client(session, name="Петров Иван", phones=["9123456789"], now=now)
    create_client(session, name="Мария Смирнова", phones=["+7 912 000-00-00"], now=now)

    groups = find_duplicates(session)

    assert ids_of(groups) == [{a, b, c}]
    assert groups[0].reasons[0] == Reason.SAME_PHONE
    assert groups[0].score == 100  # same phone, and the names agree across scripts


def test_gmail_dots_and_case_are_the_same_mailbox(session, now):
    a = create_client(session, name="Anna Ivanova", emails=["Anna.Ivanova@gmail.com"], now=now)
    b = create_client(session, name="A. Ivanova", emails=["annaivanova+shop@GMAIL.com"], now=now)

    groups = find_duplicates(session)

    assert ids_of(groups) == [{a, b}]
    assert groups[0].reasons == (Reason.SAME_EMAIL,)


def test_cyrillic_and_latin_names_at_one_company_are_likely_the_same(session, now):
    a = create_client(session, name="Сергей Кузнецов", company="ООО Ромашка", now=now)
    b = create_client(session, name="Kuznetsov Sergey", company="ооо ромашка", now=now)
    create_client(session, name="Ольга Кузнецова", company="ООО Ромашка", now=now)

    groups = find_duplicates(session)

    assert ids_of(groups) == [{a, b}]
    assert groups[0].reasons == (Reason.NAME_COMPANY,)


def test_the_same_name_alone_is_not_a_duplicate(session, now, russia):
    create_client(session, name="Ivan Petrov", phones=["+7 912 111-11-11"], company="Acme", now=now)
    create_client(
        session, name="Иван Петров", phones=["+7 495 222-22-22"], company="Globex", now=now
    )

    assert find_duplicates(session) == []


def test_a_shared_phone_with_other_names_scores_lower(session, now, russia):
    a = create_client(session, name="Ivan Petrov", phones=["+7 912 345-67-89"], now=now)
    b = create_client(session, name="Olga Petrova", phones=["89123456789"], now=now)
    c = create_client(session, name="Ivan Petrov", phones=["+7 (912) 345 67 89"], now=now)

    pairs = {(p.first_id, p.second_id): p.score for p in find_pairs(session)}

    assert pairs[(a, c)] == 100
    assert 70 <= pairs[(a, b)] < 90  # a family phone, perhaps: the person decides
    assert ids_of(find_duplicates(session)) == [{a, b, c}]


def test_a_switchboard_number_shared_by_many_is_no_evidence(session, now, russia):
    for n in range(20):
        create_client(session, name=f"Employee {n} Worker{n}", phones=["+7 495 100-00-00"], now=now)

    assert find_duplicates(session) == []


def test_archived_and_merged_clients_are_left_out(session, now, russia):
    a = create_client(session, name="Ivan Petrov", phones=["+7 912 345-67-89"], now=now)
    b = create_client(session, name="Ivan Petrov", phones=["89123456789"], now=now)
    c = create_client(session, name="Ivan Petrov", phones=["9123456789"], now=now)
    merge_clients(session, a, [b], now=now)

    assert ids_of(find_duplicates(session)) == [{a, c}]


def test_similar_names_with_the_same_phone_tail_meet_without_a_region(session, now):
    # No phone region: "8 912…" and "+7 912…" normalise differently, but end alike.
    a = create_client(session, name="Ivan Petrov", phones=["8 (912) 345-67-89"], now=now)
    b = create_client(session, name="Ivan Petrov", phones=["+7 912 345 67 89"], now=now)

    groups = find_duplicates(session)

    assert ids_of(groups) == [{a, b}]
    assert groups[0].reasons == (Reason.NAME_PHONE,)


def test_a_long_search_can_be_cancelled(session, now):
    for n in range(3):
        create_client(session, name="Ivan Petrov", company=f"Firm {n}", now=now)
        create_client(session, name="Ivan Petrov", company=f"Firm {n}", now=now)

    with pytest.raises(DuplicateSearchCancelled):
        find_duplicates(session, cancelled=lambda: True)


def test_word_order_and_an_extra_word_do_not_hide_a_name():
    assert name_similarity(name_key("Петров Иван"), name_key("Ivan Petrov")) == 100
    assert name_similarity(name_key("Ivan Petrov"), name_key("Petrov Ivan Sergeevich")) >= 95
    assert name_similarity(name_key("Ivan Petrov"), name_key("Olga Smirnova")) < 50


@pytest.mark.parametrize("typed", ["8 (912) 345-67-89", "+7 912 3456789", "9123456789"])
def test_the_hint_finds_the_client_however_the_phone_is_typed(session, now, russia, typed):
    a = create_client(session, name="Иван Петров", phones=["+7 912 345-67-89"], now=now)

    known = clients_with(session, "phone", typed)

    assert [(k.id, k.name) for k in known] == [(a, "Иван Петров")]
    assert clients_with(session, "phone", typed, exclude_id=a) == []


def test_the_hint_ignores_merged_clients(session, now, russia):
    a = create_client(session, name="Ivan", emails=["ivan@example.com"], now=now)
    b = create_client(session, name="Ivan P", emails=["IVAN@example.com"], now=now)
    merge_clients(session, a, [b], now=now)

    assert [k.id for k in clients_with(session, "email", "Ivan@Example.com")] == [a]


@pytest.mark.parametrize(
    "name",
    ["Иван Петров", "  ЁЖИК-Йогуртов!! ", "José Álvarez", "O'Neil, Mary-Jane", "Ståle Øster_2",
     "Łukasz Żółć", "ООО «Ромашка»", "", "Anna\tSmith\u00a0Jr."],
)  # fmt: skip
def test_the_fast_name_key_agrees_with_the_identity_one(name):
    assert fast_name_key(name) == name_key(name)


def test_a_chain_of_likenesses_does_not_grow_into_one_giant_group():
    # Twelve clients, each like the next (score 80) and nothing more: a chain.
    chain = [DuplicatePair(i, i + 1, Reason.NAME_COMPANY, 80) for i in range(1, 12)]
    # … where two pairs are nearly certain.
    strong = [
        DuplicatePair(3, 4, Reason.SAME_PHONE, 100),
        DuplicatePair(8, 9, Reason.SAME_EMAIL, 97),
    ]

    links = [p for p in chain if (p.first_id, p.second_id) not in {(3, 4), (8, 9)}] + strong

    groups = group_pairs(links)

    sizes = sorted(len({i for p in g for i in (p.first_id, p.second_id)}) for g in groups)
    assert sizes == [2, 2]


def test_one_person_typed_in_many_times_stays_one_group():
    pairs = [DuplicatePair(1, i, Reason.SAME_PHONE, 100) for i in range(2, 15)]
    assert len(group_pairs(pairs)) == 1
