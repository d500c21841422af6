import pytest

from funnel.customers.identity import PHONE_REGION_KEY
from funnel.store.settings import set_setting


@pytest.fixture
def in_russia(db):
    """National numbers ("8 (912) …") are read as a person in Russia dials them."""
    with db.begin() as s:
        set_setting(s, PHONE_REGION_KEY, "RU")
