"""Every text handed to Qt's translation reaches the translators.

lupdate collects only literal strings: `self.tr("…")`, `X.tr("…")`,
`QCoreApplication.translate("Context", "…")` and `QT_TRANSLATE_NOOP("Context",
"…")`. A wrapper such as `def _tr(text): return QCoreApplication.translate(CTX,
text)` hides every string passed through it, so the text stays English in
every language. Each call whose context or source is not a literal is named
here (file:line), except a few pass-through spots that translate strings
marked where they are defined; for those, the strings that flow through are
checked to be in the translation files."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RU_TS = ROOT / "resources" / "translations" / "funnel_ru.ts"
APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}

Pairs = Iterable[tuple[str, str]]


def _python_files() -> Iterator[Path]:
    for top in ("ui", "funnel"):
        yield from sorted((ROOT / top).rglob("*.py"))


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _checked_arguments(call: ast.Call) -> list[ast.expr] | None:
    """The arguments lupdate must read as literals, or None: not a translation call."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "tr":
        return call.args[:1] or [call]  # `tr()` with nothing literal to read
    translate = (isinstance(func, ast.Name) and func.id == "translate") or (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in APPLICATIONS
    )  # (QPainter.translate, str.translate and a QTranslator's own are something else)
    noop = isinstance(func, ast.Name) and func.id in ("QT_TRANSLATE_NOOP", "QT_TR_NOOP")
    if translate or noop:
        wanted = 1 if isinstance(func, ast.Name) and func.id == "QT_TR_NOOP" else 2
        return call.args[:wanted] if len(call.args) >= wanted else [call]
    return None


def _calls(path: Path) -> Iterator[tuple[int, str, ast.Call, str]]:
    """(line, enclosing function, call, its text) of every translation call
    with an argument lupdate cannot read."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        checked = _checked_arguments(node)
        if checked is None or all(_literal(a) for a in checked):
            continue
        owner: ast.AST | None = node
        while owner is not None and not isinstance(owner, ast.FunctionDef | ast.AsyncFunctionDef):
            owner = parents.get(owner)
        name = owner.name if isinstance(owner, ast.FunctionDef | ast.AsyncFunctionDef) else ""
        yield node.lineno, name, node, ast.unparse(node)


def _noop_literals(context: str) -> Pairs:
    """Every QT_TRANSLATE_NOOP(context, "…") in the code."""
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
                and len(node.args) >= 2
                and all(_literal(a) for a in node.args[:2])
                and node.args[0].value == context  # type: ignore[attr-defined]
            ):
                yield context, node.args[1].value  # type: ignore[attr-defined]


def _segment_names() -> Pairs:
    from funnel.customers.segments import DEFAULT_CELL_NAMES

    return (("Segments", name) for name in DEFAULT_CELL_NAMES.values())


def _screen_keys() -> Pairs:
    from ui.help.keys import CONTEXT, SCREEN_KEYS

    return ((CONTEXT, what) for keys in SCREEN_KEYS.values() for _, what in keys)


def _customer_import_texts() -> Pairs:
    from ui.imports.customer_pages import FIELD_TEXTS, FORMAT_TEXTS

    texts = [*FIELD_TEXTS.values(), *FORMAT_TEXTS.values()]
    return (("CustomerImport", str(text)) for text in texts)


def _import_fields() -> Pairs:
    from ui.imports.pages import FIELD_TEXTS

    return (("ImportWizard", text) for text in FIELD_TEXTS.values())


def _report_texts() -> Pairs:
    from ui.reports.text import _TITLES, REPORT_TITLES

    yield from (("Reports", title) for title in REPORT_TITLES.values())
    yield from (("ReportColumns", title) for title in _TITLES)


def _startup_shell() -> Pairs:
    from ui.startup import MENUS, NAV_TITLES

    yield from NAV_TITLES
    yield from (("MainWindow", menu) for menu in MENUS)
    for node in ast.walk(ast.parse((ROOT / "ui" / "startup.py").read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "_t"
            and all(_literal(a) for a in node.args)
        ):
            yield node.args[0].value, node.args[1].value  # type: ignore[attr-defined]


# (file, function) → the (context, text) pairs that pass through it, each
# marked for lupdate where it is defined.
PASS_THROUGH: dict[tuple[str, str], Callable[[], Pairs]] = {
    ("ui/customers/matrix.py", "cell_name"): _segment_names,
    ("ui/customers/settings_dialog.py", "__init__"): _segment_names,
    ("ui/help/shortcuts_dialog.py", "__init__"): _screen_keys,
    ("ui/imports/customer_pages.py", "field_text"): _customer_import_texts,
    ("ui/imports/customer_pages.py", "initializePage"): _customer_import_texts,
    ("ui/imports/pages.py", "field_text"): _import_fields,
    ("ui/messages.py", "error_text"): lambda: _noop_literals("Errors"),
    ("ui/reports/text.py", "report_title"): _report_texts,
    ("ui/reports/text.py", "column_text"): _report_texts,
    ("ui/startup.py", "_t"): _startup_shell,
}


def _hidden_calls() -> list[tuple[str, int, str, str]]:
    return [
        (path.relative_to(ROOT).as_posix(), line, function, text)
        for path in _python_files()
        for line, function, _, text in _calls(path)
    ]


def test_every_translated_text_is_a_literal_lupdate_can_read():
    hidden = [
        f"{path}:{line}: {text}"
        for path, line, function, text in _hidden_calls()
        if (path, function) not in PASS_THROUGH
    ]
    assert hidden == [], (
        "lupdate cannot read these (pass literal strings, or mark the texts with "
        "QT_TRANSLATE_NOOP where they are defined and list the spot in PASS_THROUGH):\n"
        + "\n".join(hidden)
    )


def test_every_pass_through_spot_still_exists():
    spots = {(path, function) for path, _, function, _ in _hidden_calls()}
    assert sorted(set(PASS_THROUGH) - spots) == []  # a stale entry would excuse a new one


def test_the_texts_passed_through_are_in_the_translation_files():
    extracted = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(RU_TS).getroot().iter("context")
        for message in context.iter("message")
    }
    missing = [
        f"{path} {function}: {context} / {text!r}"
        for (path, function), pairs in PASS_THROUGH.items()
        for context, text in pairs()
        if (context, text) not in extracted
    ]
    assert missing == []


def test_a_hidden_text_is_named_with_its_file_and_line(tmp_path):
    source = tmp_path / "page.py"
    source.write_text(
        "CTX = 'Page'\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate(CTX, text)\n"
        "class Page:\n"
        "    def title(self, n):\n"
        "        return self.tr(f'{n} deals')\n"
        "    def fine(self):\n"
        "        return self.tr('Deals'), QCoreApplication.translate('Page', 'Deals')\n"
        "    def other(self, painter):\n"
        "        painter.translate(1, 2)\n"
    )
    found = [(line, function) for line, function, _, _ in _calls(source)]
    assert found == [(3, "_tr"), (6, "title")]
