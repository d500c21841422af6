"""A client's edit from the card, taken back and done again."""

import pytest

from funnel.customers.clients import create_client, get_client, update_client
from funnel.customers.edits import edit_client, reapply_client_edit, revert_client_edit
from funnel.errors import ValidationError


def test_an_edit_is_undone_and_redone_with_every_field(session, now):
    anna = create_client(session, name="Anna", phones=["+7 912 345-00-00"], tags=["vip"], now=now)
    edit = edit_client(session, anna, name="Anna Petrova", phones=[], tags=["vip", "wholesale"])
    revert_client_edit(session, edit)
    back = get_client(session, anna)
    assert (back.name, back.phones, back.tags) == ("Anna", ("+7 912 345-00-00",), ("vip",))
    reapply_client_edit(session, edit)
    again = get_client(session, anna)
    assert (again.name, again.phones, again.tags) == ("Anna Petrova", (), ("vip", "wholesale"))


def test_an_edit_changed_since_is_not_undone(session, now):
    anna = create_client(session, name="Anna", now=now)
    edit = edit_client(session, anna, name="Anna Petrova")
    update_client(session, anna, company="Romashka")
    with pytest.raises(ValidationError, match="has changed since; it cannot be undone"):
        revert_client_edit(session, edit)
    assert get_client(session, anna).name == "Anna Petrova"
