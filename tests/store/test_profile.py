"""The user's profile: name, home currency, phone region."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from funnel.deals.details import card_choices
from funnel.deals.service import create_deal
from funnel.errors import ValidationError
from funnel.store.firststart import finish_assistant, is_demo, mark_demo, needs_assistant
from funnel.store.models import Deal, Owner
from funnel.store.profile import Profile, get_profile, locale_region, save_profile
from funnel.store.settings import get_setting
from tests.factories import make_deal


@pytest.mark.parametrize(
    ("locale", "currency", "region"),
    [
        ("pt_BR", "BRL", "BR"),
        ("ru_RU.UTF-8", "RUB", "RU"),
        ("en_GB", "GBP", "GB"),
        ("ru", "RUB", "RU"),
    ],
)
def test_an_unsaved_profile_is_filled_from_the_system_locale(session, locale, currency, region):
    profile = get_profile(session, default_locale=locale)

    assert (profile.home_currency, profile.phone_region) == (currency, region)
    assert profile.name == ""  # the built-in "Me" is not a name


def test_a_region_without_a_known_currency_takes_the_files_currency(session):
    assert get_profile(session, default_locale="xx_ZZ").home_currency == "USD"
    assert locale_region("xx_ZZ") == "ZZ"


def test_saving_the_profile_stores_the_keys_and_renames_me(session):
    save_profile(session, Profile("  Maria   Silva ", "brl", "br"))

    assert get_setting(session, "profile.name") == "Maria Silva"
    assert get_setting(session, "profile.home_currency") == "BRL"
    assert get_setting(session, "profile.phone_region") == "BR"
    default = session.scalar(select(Owner).where(Owner.is_default.is_(True)))
    assert default.name == "Maria Silva"
    assert get_profile(session, default_locale="en_US") == Profile("Maria Silva", "BRL", "BR")


def test_new_deals_and_the_deal_form_take_the_home_currency(session, now):
    save_profile(session, Profile("Ivan", "RUB", "RU"))

    deal_id = create_deal(session, title="Kitchen", now=now, value=50_000)

    assert session.get(Deal, deal_id).currency == "RUB"
    assert card_choices(session).default_currency == "RUB"


@pytest.mark.parametrize(
    ("field", "profile"),
    [
        ("currency", Profile("Ivan", "RUBLES", "RU")),
        ("region", Profile("Ivan", "RUB", "Russia")),
        ("name", Profile("x" * 201, "RUB", "RU")),
    ],
)
def test_a_bad_field_is_refused_and_nothing_is_saved(session, field, profile):
    with pytest.raises(ValidationError):
        save_profile(session, profile)

    assert get_setting(session, "profile.home_currency") is None
    assert session.scalar(select(Owner.name).where(Owner.is_default.is_(True))) == "Me"


def test_the_assistant_is_needed_once_per_empty_file(session, now):
    assert needs_assistant(session)
    finish_assistant(session)
    assert not needs_assistant(session)


def test_a_file_with_deals_never_gets_the_assistant(session, now):
    make_deal(session, now)
    assert not needs_assistant(session)


def test_a_demo_file_is_marked_and_skips_the_assistant(session):
    assert not is_demo(session)
    mark_demo(session)
    assert is_demo(session) and not needs_assistant(session)
