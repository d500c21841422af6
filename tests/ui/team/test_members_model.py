"""Users › Team members: owners copied from a file who have no login yet show
no role — they were all "Manager" before, which a manager reads as a fact."""

from funnel.team.users import MANAGER, SALESPERSON, TeamMember
from ui import i18n
from ui.team.dialog import MembersModel


def test_an_owner_without_a_login_has_no_role_shown(qapp):
    i18n.install_language("en")
    model = MembersModel()
    model.set_members(
        [
            TeamMember(1, "anna", "Anna", MANAGER, True, 3),
            TeamMember(2, None, "Dmitry (from the file)", MANAGER, True, 47),
            TeamMember(3, "boris", "Boris", SALESPERSON, True, 5),
        ]
    )
    roles = [model.index(row, 2).data() for row in range(3)]
    assert roles == ["Manager", "—", "Salesperson"]
    assert model.index(1, 0).data() == "(no login)"
