"""The CI structure check (.ci/check_structure.py) on small made-up trees: it
must catch each broken house rule, say where, and pass a sound tree."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("check_structure", ROOT / ".ci/check_structure.py")
assert _spec is not None and _spec.loader is not None
check_structure = importlib.util.module_from_spec(_spec)
sys.modules["check_structure"] = check_structure  # its dataclasses look themselves up
_spec.loader.exec_module(check_structure)


def make_tree(root: Path, files: dict[str, str]) -> Path:
    for package in ("funnel", "ui"):
        (root / package).mkdir(parents=True, exist_ok=True)
        (root / package / "__init__.py").write_text("")
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


SOUND = {
    "funnel/deals.py": "from sqlalchemy.orm import Session\n\ndef get(session: Session): ...\n",
    "ui/page.py": "from PySide6.QtWidgets import QWidget\nfrom funnel.deals import get\n",
}


def test_a_sound_tree_passes(tmp_path, capsys):
    root = make_tree(tmp_path, SOUND)
    assert check_structure.check(root) == []
    assert check_structure.main([str(root)]) == 0
    assert "structure holds" in capsys.readouterr().out


@pytest.mark.parametrize(
    "files, expected",
    [
        ({"funnel/view.py": "import os\nfrom PySide6.QtCore import QObject\n"},
         "funnel/view.py:2: Qt in funnel/"),
        ({"ui/list.py": "def rows():\n    from sqlalchemy import select\n"},
         "ui/list.py:2: SQL in ui/"),
        ({"ui/card.py": "class Card:\n    def load(self, session, deal_id): ...\n"},
         "ui/card.py:2: load() takes a session in ui/"),
        ({"ui/card.py": "def save(*, session): ...\n"}, "save() takes a session in ui/"),
        ({"funnel/a.py": "from funnel import b\n",
          "funnel/b.py": "def f():\n    from funnel.a import x  # a late import is a cycle too\n"},
         "import cycle funnel.a ↔ funnel.b"),
        ({"ui/pages.py": "from . import wizard\n", "ui/wizard.py": "from .pages import Page\n"},
         "import cycle ui.pages ↔ ui.wizard"),
        ({"funnel/big.py": "x = 1\n" * 501}, "funnel/big.py: 501 lines"),
    ],
)  # fmt: skip
def test_each_broken_rule_is_reported_with_its_place(tmp_path, files, expected):
    root = make_tree(tmp_path, {**SOUND, **files})
    breaches = check_structure.check(root)
    assert any(b.startswith(expected) or expected in b for b in breaches), breaches
    assert check_structure.main([str(root)]) == 1


def test_migrations_and_a_500_line_file_are_allowed(tmp_path):
    root = make_tree(
        tmp_path,
        {
            **SOUND,
            "funnel/store/migrations/versions/0001.py": "x = 1\n" * 900,
            "funnel/edge.py": "x = 1\n" * 500,
        },
    )
    assert check_structure.check(root) == []
